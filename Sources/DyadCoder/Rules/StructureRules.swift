import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// A trigger inside another trigger's complement is what that event is about: its object
    /// ("rejected an *invitation*"), its infinitive or clause ("agreed to *provide* aid", through
    /// verbs that are no triggers: "agreed to try to *provide*"), or the object of its preposition
    /// ("agreed to a *ceasefire*", "accused Iran of *attacking*").
    static let complement = EventRule(
        "complement",
        "a trigger in another trigger's object, infinitive, clause or preposition is its content; a partitive trigger of its own type (\"a barrage of strikes\", grammar.tsv partitive) gives way to it"
    ) { drafts, i, s, rule in
        var x = drafts[i].predicate.head
        // "calling on … events and *protests*": a conjunct stands where its first conjunct does.
        while s.tree.label(x) == .conj, s.tree.head(x) != x, s.tree.tag(s.tree.head(x)).isNoun == s.tree.tag(x).isNoun {
            x = s.tree.head(x)
        }
        // "a whole-life *sentence for the murder* of two women", "*arrested over the killing*": the
        // crime a legal act is for is its content (a crime noun after "for" or "over").
        if drafts[i].predicate.category == .noun, drafts[i].type == .assault, s.tree.label(x) == .pobj {
            let p = s.tree.head(x)
            if s.key(p) == Keys.for || s.key(p) == Keys.over,
                let j = drafts.indices.first(where: {
                    $0 != i && drafts[$0].isPeer && drafts[$0].isLegalAct
                        && (drafts[$0].predicate.head == s.tree.head(p) || drafts[$0].lightVerb == s.tree.head(p))
                })
            {
                let governor = s.string(tokens: drafts[j].trigger)
                drafts[i].complementOf = j
                drafts[i].note(rule, s, "content of \"\(governor)\" (the crime it is for)")
                return
            }
        }
        // "murder *convictions overturned*": a noun that a verb row's participle or relative clause
        // describes is that verb's object (`describedObject`), so its content.
        if drafts[i].predicate.category == .noun,
            let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].isPeer && drafts[$0].verb != nil && drafts[$0].predicate.category == .verb
                    && s.tree.head(drafts[$0].predicate.head) == x
                    && s.describedObject(of: drafts[$0].predicate.head) == x
            })
        {
            let governor = s.string(tokens: drafts[j].trigger)
            drafts[i].complementOf = j
            drafts[i].note(rule, s, "content of \"\(governor)\" (described object)")
            return
        }
        // A noun through the verb whose object it is ("agreed to provide 70 million dollars *of aid*").
        var first = true
        if drafts[i].predicate.category == .noun, let v = s.governingVerb(ofNoun: x) {
            if let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].isPeer && drafts[$0].predicate.head == v.head
            }) {
                // "killed *in an Israeli airstrike*": an attack in a circumstance phrase of a
                // killing is the same act, not its content; it keeps its actor and the two merge.
                // Only when the noun names who attacked ("*Israeli*", "*Russian* drone attack"), not
                // where ("a *Kabul* blast" names no attacker).
                let prep = s.tree.head(x)
                let namesAttacker = s.tree.children(x).contains { c in
                    c < x && (s.nationality(c) != nil || s.slotIndex(at: c).map { !s.slots[$0].fromPlace } ?? false)
                }
                if drafts[i].type == .assault, drafts[j].type == .assault, s.tree.label(x) == .pobj,
                    s.word(prep, .circumstance), s.tree.head(prep) == v.head, namesAttacker
                {
                    drafts[i].note(rule, s, "same act as \"\(s.string(v.head))\" (circumstance)")
                    return
                }
                drafts[i].complementOf = j
                let governor = s.string(tokens: drafts[j].trigger)
                drafts[i].note(rule, s, "content of \"\(governor)\" (object)")
                return
            }
            x = v.head
            first = false
        }
        var viaPurpose = false
        for step in 0..<5 {
            var h = s.tree.head(x)
            guard h != x else { return }
            var label = s.tree.label(x)
            // A purpose infinitive under an offer or a plan ("willing to send equipment *to help*
            // defend …") leads on as an infinitive complement does (not under a done act: "invoked
            // emergency powers *to end* protests" — the protests happened).
            if label == .advcl, s.tree.tag(x) == .VB,
                s.tree.children(x).contains(where: { s.tree.label($0) == .aux && s.tree.tag($0) == .TO })
            {
                label = .xcomp
                viaPurpose = true
            }
            if !first, label != .xcomp, label != .ccomp { return }
            switch label {
            case .pobj, .pcomp:
                // Through the preposition to what it hangs from.
                let g = s.tree.head(h)
                guard g != h, s.tree.label(h) == .prep || s.tree.label(h) == .dative else { return }
                // "killed *during* a raid", "arrested *at* a protest": a circumstance, not content.
                // "will face the charges *after* being arrested": an earlier or later act.
                if s.word(h, .circumstance) || s.word(h, .sequence) { return }
                // "sparked an outcry *by annexing* four regions": the means of an act told as done is
                // done too, not content (not of an infinitive: "agreed to help *by sending* troops").
                if label == .pcomp, s.key(h) == Keys.by, s.tree.label(g) != .xcomp,
                    drafts.contains(where: { $0.predicate.head == g })
                {
                    return
                }
                // "a *barrage* of Russian missile strikes", "a *wave* of attacks": a partitive trigger
                // of the same type only counts its content, which is the event and keeps its sides.
                if label == .pobj, s.key(h) == Keys.of, s.word(g, .partitive),
                    let j = drafts.indices.first(where: {
                        $0 != i && drafts[$0].isPeer && drafts[$0].type == drafts[i].type
                            && drafts[$0].predicate.head == g
                    })
                {
                    drafts[j].drop("a partitive of \"\(s.string(tokens: drafts[i].trigger))\"", rule, s)
                    return
                }
                label = .prep
                h = g
            case .xcomp, .ccomp:
                // "Iran protests: *'Nine Europeans' arrested*": a headline's label before a colon
                // governs no clause after it.
                if h < x, (h..<x).contains(where: { s.key($0) == Words.colon }) { return }
            case .dobj, .attr, .oprd, .acomp:
                // Only the trigger's own object, not the object of a verb further down.
                guard step == 0 else { return }
            default:
                return
            }
            // A reported clause is an event of its own ("officials said rebels attacked"); the
            // infinitive of a request verb that reports ("*told* the army *to end* …") is its content.
            if s.word(h, .reporting) && label != .xcomp || s.word(h, .reportingWeak) && label == .ccomp { return }
            if let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].isPeer
                    && (drafts[$0].predicate.head == h || drafts[$0].trigger.contains(h))
            }) {
                // Verbs without an object ("took to the streets") govern no clause of content.
                if label == .ccomp || label == .xcomp, drafts[j].pattern.kind == .intransitive { return }
                // Under a request, what is asked for ("calls on Truss *to resign*", parsed as a
                // purpose clause) is its content too.
                if viaPurpose, !s.word(drafts[j].predicate.head, .hypothetical), drafts[j].type != .request { return }
                drafts[i].complementOf = j
                let governor = s.string(tokens: drafts[j].trigger)
                drafts[i].note(rule, s, "content of \"\(governor)\" (\(label))")
                return
            }
            // Only infinitives and clauses lead on through a verb that is no trigger.
            guard label == .xcomp || label == .ccomp, s.tree.tag(h).isVerb || s.tree.tag(h) == .JJ else { return }
            x = h
        }
    }

    /// "Russia is pulling out of the deal *to allow* Ukraine to export grain", "a motion *to allow*
    /// access", "efforts *to help* refugees": an infinitive modifying a noun of purpose (grammar.tsv
    /// purpose-noun) says what the noun is for; the act has not happened. Under a noun that is a
    /// trigger itself it is that event's content.
    static let nounPurpose = EventRule(
        "noun-purpose",
        "an infinitive trigger modifying a noun (acl): the content of that noun's event, else, after a noun of purpose (deal, motion, effort …) that was not announced or signed, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.complementOf == nil, d.predicate.category == .verb, s.tree.tag(v) == .VB,
            let to = s.tree.children(v).first(where: { s.tree.tag($0) == .TO })
        else { return }
        var n = s.tree.head(v)
        // The parser often hangs it on the verb instead ("pulling out of the deal *to allow* …"):
        // a purpose noun right before "to" is still what it modifies.
        if s.tree.label(v) == .advcl, to == v - 1, to - 1 >= s.range.lowerBound, s.word(to - 1, .purposeNoun) {
            n = to - 1
        } else if s.tree.label(v) != .acl {
            return
        }
        guard n != v else { return }
        if let j = drafts.indices.first(where: {
            $0 != i && drafts[$0].isPeer && (drafts[$0].predicate.head == n || drafts[$0].trigger.contains(n))
        }) {
            drafts[i].complementOf = j
            let governor = s.string(tokens: drafts[j].trigger)
            drafts[i].note(rule, s, "content of \"\(governor)\" (acl)")
            return
        }
        // A plan announced or a law signed or passed is decided ("announced plans *to provide* $625
        // million", "signs law *to mobilize*", grammar.tsv decide): the act stands, as a future one.
        if let g = s.governingVerb(ofNoun: n),
            s.word(g.head, .reportingWeak) || s.word(g.head, .enact) || s.word(g.head, .decide)
        {
            return
        }
        // (A headline verb the parser read as the noun's modifier: "Putin *signs* law to mobilize".)
        if s.tree.children(n).contains(where: { s.tree.label($0) == .compound && s.word($0, .enact) }) { return }
        if s.word(n, .purposeNoun) { drafts[i].drop("what \"\(s.string(n))\" is for", rule, s) }
    }

    /// "warned that prices would rise", "announced that …": a speech verb that is also a trigger
    /// reports the clause it governs, and is no event itself unless it names an actor as object
    /// ("warned *the US* that …" is a threat).
    static let reportingFrame = EventRule(
        "reporting-frame",
        "a reporting-weak trigger (warn, announce …) with a clause and no actor as object only reports; a warning that another actor is doing something accuses it"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.predicate.category == .verb, s.word(d.predicate.head, .reportingWeak),
            s.tree.children(d.predicate.head).contains(where: { s.tree.label($0) == .ccomp }),
            s.directObject(of: d.predicate.head, outside: d.trigger).flatMap(s.side) == nil,
            s.dative(of: d.predicate.head) == nil, s.threatClause(of: d) == nil
        else { return }
        // "the UK *warns* China is recruiting British pilots": a warning that another actor is
        // doing something (no modal: it is happening) accuses that actor (PLOVER ACCUSE allege);
        // what it does is the accusation's content.
        if d.type == .threaten, let c = s.tree.firstChild(d.predicate.head, .ccomp), s.tree.tag(c) != .VB,
            !s.tree.children(c).contains(where: {
                s.tree.tag($0) == .TO || s.tree.label($0) == .mark && s.word($0, .conditionMark)
                    || s.tree.label($0) == .aux
                        && (s.word($0, .threatModal) || s.word($0, .future) || s.word($0, .conditional)
                            || s.word($0, .hypothetical))
            }),
            let subj = s.subject(of: c), let side = s.side(subj),
            let k = drafts.indices.first(where: {
                $0 != i && drafts[$0].isLive && drafts[$0].predicate.head == c && drafts[$0].type != .threaten
            })
        {
            drafts[i].type = .accuse
            drafts[i].mode = "allege"
            drafts[i].note(rule, s, "type THREATEN → ACCUSE/allege (warns that another actor is acting)")
            drafts[i].setTarget(side, rule, s)
            for j in drafts.indices where j != i && drafts[j].isLive {
                if s.tree.subtree(c).contains(drafts[j].predicate.head) { drafts[j].complementOf = i }
            }
            drafts[k].note(rule, s, "content of the accusation \"\(s.string(d.predicate.head))\"")
            return
        }
        // "Biden *warns* Putin not to use nuclear weapons" parsed as a clause: an infinitive with a
        // subject is no report but tells that subject what to do (REQUEST, as `warning-advice`
        // codes the same words parsed as an object and an infinitive).
        if let c = s.tree.firstChild(d.predicate.head, .ccomp), s.tree.tag(c) == .VB,
            s.tree.children(c).contains(where: { s.tree.tag($0) == .TO }),
            let subj = s.tree.children(c).first(where: { s.tree.label($0) == .nsubj }),
            let side = s.side(Argument(head: subj, via: s.arc("nsubj", c)))
        {
            if d.type == .threaten {
                drafts[i].type = .request
                drafts[i].mode = nil
                drafts[i].note(rule, s, "type THREATEN → REQUEST (tells \"\(s.string(subj))\" to \"\(s.string(c))\")")
            }
            drafts[i].setTarget(side, rule, s)
            for j in drafts.indices where j != i && drafts[j].isLive {
                if s.tree.subtree(c).contains(drafts[j].predicate.head) { drafts[j].complementOf = i }
            }
            return
        }
        drafts[i].drop("reports a clause (\"\(s.string(d.predicate.head))\" + ccomp)", rule, s)
    }

    /// "Obama did not comment *when asked* about …", "*Asked* about the strike, he said …": a
    /// request verb as a participle clause with no subject or agent is asked of the clause's
    /// subject by someone the text does not name (reporters): no request between actors.
    static let askedParticiple = EventRule(
        "asked-participle",
        "a request verb as a past-participle clause (advcl, acl) without subject or by-agent is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.pattern.kind == .request, d.predicate.category == .verb, s.tree.tag(v) == .VBN,
            s.tree.label(v) == .advcl || s.tree.label(v) == .acl,
            !s.tree.children(v).contains(where: {
                let l = s.tree.label($0)
                return l == .nsubj || l == .nsubjpass || l == .agent
            })
        else { return }
        drafts[i].drop("asked of someone by nobody named (\"\(s.string(v))\" participle)", rule, s)
    }

    /// "told the council *to hand over power*" is a request; "told reporters" only reports: a
    /// reporting verb codes a request only with an infinitive complement.
    static let speechRequest = EventRule(
        "speech-request", "a request trigger that is a reporting verb (told) without an infinitive only reports"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.pattern.kind == .request, d.predicate.category == .verb, s.word(v, .reporting) else { return }
        // An infinitive: xcomp, or a to-clause parsed as ccomp ("told Iranians *to end* …").
        let infinitive = s.tree.children(v).contains { c in
            s.tree.label(c) == .xcomp
                || s.tree.label(c) == .ccomp
                    && s.tree.children(c).contains { s.tree.label($0) == .aux && s.tree.tag($0) == .TO }
        }
        if infinitive { return }
        drafts[i].drop("reports speech (\"\(s.string(v))\" without an infinitive)", rule, s)
    }

    /// "*protest* leaders", "*attack* helicopters", "*Counteroffensive* Forces", "*surveillance*
    /// footage": a noun trigger that modifies a noun naming people or things describes them; it
    /// reports no event.
    static let modifierNoun = EventRule(
        "modifier-noun",
        "a noun trigger that is a compound modifier of an actor's noun, a role word (protest leaders), a case at law (grammar.tsv legal-case: an assault lawsuit), a recording (surveillance footage), a measured level (approval rating), a site (detention centre; not for violence) or a claim (dirty bomb claims) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = s.tree.head(d.predicate.head)
        // A noun trigger the tagger read as an adjective in a Title Case headline ("Ukraine's
        // *Counteroffensive* Forces") modifies the same way.
        let label = s.tree.label(d.predicate.head)
        let titleWord = s.tokens[d.predicate.head].shape.contains(.capitalized)
        let modifier =
            d.predicate.category == .noun && label == .compound
            || d.pattern.kind == .noun && label == .amod && titleWord
        // "Russia's *dirty bomb* claims": what a claim is about (grammar.tsv allegation), also as a
        // quoted modifier the parser may read as a possessive.
        let claimModifier =
            d.predicate.category == .noun && [.compound, .poss, .nmod].contains(label) && s.word(h, .allegation)
            && s.tree.tag(h).isNoun
        guard h != d.predicate.head, !d.trigger.contains(h),
            claimModifier
                || modifier
                    && (s.slots.contains(where: { $0.tokens.contains(h) }) || s.isRoleWord(h) || s.word(h, .legalCase)
                        // "*surveillance* footage": what a recording is of (grammar.tsv recording).
                        || s.word(h, .recording)
                        // "Biden's *approval* rating": what a level measures (grammar.tsv measure).
                        || s.word(h, .measure)
                        // "a *detention* centre": the place such acts happen (grammar.tsv site); not
                        // violence ("Russian *torture* chambers" tell torture done).
                        || s.word(h, .site) && d.type != .assault)
        else { return }
        drafts[i].drop("modifies \"\(s.string(h))\"", rule, s)
    }

    /// "residents of *occupied* Kherson", "*annexed* Crimea": a seizure participle before its noun tells
    /// the place's standing state, not a seizure reported here ("territories annexed by Russia last
    /// month", after the noun, still is one).
    ///
    /// Any past participle before a thing it describes does the same ("*looted* treasures", "the
    /// *destroyed* bridge"); before a person or group it may tell that person's story ("the *jailed*
    /// leader") and is left to the other rules.
    static let stateModifier = EventRule(
        "state-modifier",
        "a noun trigger whose adjective reading is a quality (grammar.tsv adjective-sense) tagged an adjective, a seizure (COERCE seize) or retaking (grammar.tsv regain) participle or adjective before its noun (or a seizure's participle as a preposition's object), a conviction participle before a person (\"a convicted killer\"), a noun trigger read as an adjective (\"offensive messages\"), or any past participle before a thing (not an actor), tells a state: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        let seizure = d.type == .coerce && d.mode == "seize"
        // "to *occupied* Luhansk region": a seizure's participle the parser made a preposition's
        // object tells its state too ("regions *annexed* by Russia" after its noun may be the news).
        if seizure, d.trigger.count == 1, s.tree.tag(h) == .VBN, s.tree.label(h) == .pobj {
            drafts[i].drop("describes \"\(s.string(s.tree.head(h)))\"", rule, s)
            return
        }
        // "an *offensive* mural", "*offensive* lineman", "find it *offensive*": a noun trigger whose
        // adjective reading is a quality (grammar.tsv adjective-sense), tagged an adjective.
        if d.trigger.count == 1, s.tree.tag(h) == .JJ, s.word(h, .adjectiveSense) {
            drafts[i].drop("an adjective (\"\(s.string(h))\")", rule, s)
            return
        }
        guard d.trigger.count == 1, s.tree.label(h) == .amod, s.tree.head(h) > h else { return }
        let noun = s.tree.head(h)
        // "a *convicted* killer", "the *convicted* burglar": a label of the person, not a conviction told.
        let label = d.type == .sanction && d.mode == "convict" && s.tree.tag(h) == .VBN
        // "grossly *offensive* messages": a noun trigger the tagger reads as an adjective is a quality.
        // Only with an adverb of degree or before a plural ("grossly offensive", "offensive
        // remarks"): the tagger also reads a real noun as an adjective in a garbled headline ("push
        // *counteroffensive* farther east").
        // (Not before a plural that only modifies another noun: "Ukraine's *counter-offensive*
        // gathers pace" is a headline's noun and verb the tagger read as adjective and compound.)
        let quality =
            d.pattern.kind == .noun && s.tree.tag(h) == .JJ && s.tree.label(noun) != .compound
            && (s.tree.firstChild(h, .advmod) != nil || s.tree.tag(noun) == .NNS
                // "the *offensive* banner": an article before it makes it an adjective.
                || s.tree.children(noun).contains { $0 < h && s.tree.label($0) == .det })
        let thing =
            s.tree.tag(h) == .VBN && s.slotIndex(at: noun) == nil && !s.isRoleWord(noun)
            && !s.tokens[noun].shape.contains(.capitalized)
            && !s.mentions.actors.contains(where: { $0.tokens.contains(noun) })
        // "the *liberated* town", "newly *recaptured* Izium": ground taken back (grammar.tsv
        // regain) as its standing state.
        let regained = (s.tree.tag(h) == .VBN || s.tree.tag(h) == .JJ) && s.word(h, .regain)
        guard seizure || label || quality || thing || regained else { return }
        drafts[i].drop("describes \"\(s.string(s.tree.head(h)))\"", rule, s)
    }

    /// "died in a house *fire on* Sunday", "a *fire at* a karaoke bar", "took a *stab at*": a verb
    /// trigger whose head, as a noun, names something else (grammar.tsv noun-sense: a blaze, a
    /// try; not "shot", whose participle the parser often reads as a noun) and that the parser reads as a noun after an article, a possessor, an adjective or
    /// another noun, names that thing, not the act.
    static let nounReading = EventRule(
        "noun-reading",
        "a verb trigger whose head is a noun-sense word (grammar.tsv: fire, stab) read as a noun after an article, possessor, adjective or noun, or in a noun's place (a subject, an object, a headline's first word, a modifier of the noun after it) with no actor before it: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.pattern.kind == .verb || d.pattern.kind == .intransitive, s.tree.tag(h).isNoun, s.word(h, .nounSense)
        else { return }
        // Not a person before it: "North Carolina *man fires* at a car" is a misread verb.
        let actorBefore = s.tree.children(h).contains { c in
            c < h && s.tree.label(c) == .compound && (s.isRoleWord(c) || s.slotIndex(at: c) != nil)
        }
        if let m = s.tree.children(h).first(where: { c in
            c < h && !d.trigger.contains(c)
                && ([.det, .poss, .amod].contains(s.tree.label(c))
                    || s.tree.label(c) == .compound && !s.isRoleWord(c) && s.slotIndex(at: c) == nil)
        }) {
            drafts[i].drop("a noun after \"\(s.string(m))\"", rule, s)
            return
        }
        // "caught *on fire* at the airport", "came *under fire* on social media", "confirms *fire* at
        // the prison", "*Fire* at a karaoke bar kills 33": a noun in a noun's place (the object of a
        // preposition or a verb, a subject, or a headline's first word).
        // Not the object of the trigger's own verb ("*opened fire* on protesters").
        guard !actorBefore, d.trigger.lowerBound == h else { return }
        let l = s.tree.label(h)
        let headlineNoun = h == s.range.lowerBound && s.tree.children(h).allSatisfy { $0 > h }
        // Or a noun modifying the noun after it ("the *block* development officer", "a *fire* truck").
        let modifier = l == .compound && s.tree.head(h) > h
        guard [.pobj, .dobj, .nsubj, .nsubjpass].contains(l) || headlineNoun || modifier else { return }
        drafts[i].drop("a noun (\(l))", rule, s)
    }

    /// "An air strike on Aleppo *killed* 12", "was destroyed by a Russian air strike": a verb whose
    /// subject (or a passive's by-agent) names an event of the same type tells that event's outcome; the two are one event, with the noun's actor and mode and
    /// the verb's recipient and count.
    static let eventSubject = EventRule(
        "event-subject",
        "a verb whose subject (passive: by-agent) is a trigger noun of the same type is that event: one event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // "was destroyed *by a Russian air strike*": a passive's by-agent stands where the subject would.
        guard d.predicate.category == .verb,
            let subj = d.predicate.passive ? s.agent(of: d.predicate.head) : s.subject(of: d.predicate.head),
            let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].isPeer && drafts[$0].predicate.head == subj.head
                    && drafts[$0].type == d.type
            })
        else { return }
        let noun = s.string(tokens: drafts[j].trigger)
        drafts[i].note(rule, s, "one event with its subject \"\(noun)\"")
        if drafts[i].source == nil, let src = drafts[j].source { drafts[i].setSource(src, rule, s) }
        // "Russian strikes *on the Ukrainian capital* killed 5": the noun's recipient names whom the
        // event hit when the verb's own recipient has no country (a count, "civilians").
        if let tgt = drafts[j].target, tgt.actors.contains(where: { $0.country != nil }),
            !(drafts[i].target?.actors.contains(where: { $0.country != nil }) ?? false)
        {
            drafts[i].setTarget(tgt, rule, s)
        }
        if let m = drafts[j].mode { drafts[i].mode = m }
        let verb = s.string(d.predicate.head)
        drafts[j].drop("its outcome \"\(verb)\" tells the same event", rule, s)
    }

    /// "Russian drones *exploded* over Kyiv, *killing* four people": a participle telling what an
    /// attack did is that attack, not a second one (its dead are the attack's count).
    static let outcomeParticiple = EventRule(
        "outcome-participle",
        "an ASSAULT participle (\"killing …\") hanging on an ASSAULT verb is that event: one event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .assault, d.predicate.category == .verb, s.tree.tag(v) == .VBG, s.tree.label(v) == .advcl
        else { return }
        let h = s.tree.head(v)
        guard h != v,
            let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].isLive && drafts[$0].type == .assault && drafts[$0].predicate.head == h
            })
        else { return }
        drafts[i].drop("the outcome of \"\(s.string(h))\"", rule, s)
    }

    /// "Putin will not attend the G20 summit": who stays away from a meeting (the subject of the
    /// negated attending verb, `negation`) refuses to meet its parties ("the G20"), who the
    /// meeting noun's own modifiers named.
    static let absentParty = EventRule(
        "absent-party",
        "a meeting not attended (negation): the attending verb's subject is the actor, the meeting's own parties the recipient"
    ) { drafts, i, s, rule in
        guard let h = drafts[i].absentFrom, let a = s.subject(of: h), let who = s.side(a), !who.actors.isEmpty
        else { return }
        if drafts[i].target == nil, drafts[i].source?.actors.allSatisfy({ a in !who.actors.contains(a) }) ?? false {
            drafts[i].setTarget(drafts[i].source, rule, s)
        }
        drafts[i].setSource(who, rule, s)
    }

}

extension SentenceContext {
    /// Whether a word is a role of `roles.tsv` on its own ("leaders", "workers").
    func isRoleWord(_ i: Int) -> Bool {
        lexicon.automaton.single(key(i)).contains { if case .role = $0.target { return true } else { return false } }
    }

    /// The agent of a relative clause on a noun ("the mobilization *that was announced by Putin*").
    func relativeAgent(of n: Int) -> Argument? {
        for c in tree.children(n) where tree.label(c) == .relcl || tree.label(c) == .acl {
            if let a = agent(of: c) { return a }
        }
        return nil
    }
}
