import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// Who says so: the subject of a reporting verb above the event ("officials *said* rebels
    /// attacked …"), or the object of "according to".
    static let attribution = EventRule(
        "attribution", "the subject of a reporting verb governing the event's clause, or the object of \"according to\""
    ) { drafts, i, s, rule in
        let d = drafts[i]
        var x = d.clause
        var chain = [x]
        for a in s.tree.ancestors(x) {
            chain.append(a)
            let label = s.tree.label(x)
            if s.word(a, .reporting) || s.word(a, .reportingWeak) && (label == .ccomp || label == .parataxis) {
                if let subj = s.subject(of: a) {
                    let span = s.tree.subtree(subj.head)
                    let side = s.side(subj)
                    let speaker =
                        side.map { $0.actors.compactMap(\.text).joined(separator: ", ") } ?? s.string(tokens: span)
                    drafts[i].attribution = speaker
                    drafts[i].speaker = side
                    drafts[i].speakerSpan = min(span.lowerBound, a)..<max(span.upperBound, a + 1)
                    drafts[i].note(rule, s, "attribution ← \(s.arc("nsubj", a)) \"\(speaker)\"")
                    return
                }
            }
            // A relative clause's reporter is not ours ("the plan, which officials said …").
            if label == .relcl || label == .acl { break }
            x = a
        }
        for h in chain {
            for c in s.tree.children(h) where s.word(c, .according) {
                guard let to = s.tree.children(c).first(where: { s.key($0) == Keys.to }),
                    let o = s.tree.firstChild(to, .pobj)
                else { continue }
                let span = s.tree.subtree(o)
                let side = s.side(Argument(head: o, via: s.arc("pobj", to)))
                let speaker =
                    side.map { $0.actors.compactMap(\.text).joined(separator: ", ") } ?? s.string(tokens: span)
                drafts[i].attribution = speaker
                drafts[i].speaker = side
                drafts[i].speakerSpan = c..<span.upperBound
                drafts[i].note(rule, s, "attribution ← according to \"\(speaker)\"")
                return
            }
        }
    }

    /// Inside a quote with no subject of its own, or with "we" or "I" as subject, the speaker acts.
    static let quoteSpeaker = EventRule(
        "quote-speaker",
        "no actor yet and the event is inside quotation marks with no subject or a first-person one: the speaker"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let subject = s.tree.children(d.clause).first { [.nsubj, .nsubjpass, .auxpass].contains(s.tree.label($0)) }
        guard d.source == nil, let speaker = d.speaker, s.isQuoted(d.predicate.head),
            !s.isScareQuoted(d.predicate.head), !d.predicate.passive,
            subject.map({ s.tree.label($0) == .nsubj && s.word($0, .firstPerson) }) ?? true
        else { return }
        var side = speaker
        side.via = "speaker of the quote"
        drafts[i].setSource(side, rule, s)
    }

    /// "Brazil, Colombia and Peru said *they* recognised …", "Ukraine said *it* shot down …",
    /// "Turkey's president said *his country* would launch …": a reported clause whose subject is a
    /// pronoun agreeing with the speaker, or "the country" / "his country", is the speaker's act.
    /// "Police said *he* attacked a woman" is not: "he" does not agree with a group of police.
    static let speakerAnaphor = EventRule(
        "speaker-anaphor",
        "no actor yet, the reported clause's subject is a pronoun agreeing with the speaker (he/she: a person; they: a group, an organisation or several; it: a government or organisation) or \"(his) country\": the speaker; a reported passive's he/she subject with a person speaking: the recipient is the speaker"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard let speaker = d.speaker else { return }
        // "A Ukrainian fighter tells the BBC *he was held* by Russia": the passive's pronoun subject
        // agreeing with the speaker is the speaker, the one it befell (not a person named before).
        if d.predicate.passive, d.predicate.head == d.clause,
            let subj = s.tree.children(d.clause).first(where: { s.tree.label($0) == .nsubjpass }),
            s.word(subj, .personPronoun), speaker.kind == .person, speaker.actors.count == 1,
            !(d.source?.tokens.overlaps(speaker.tokens) ?? false)
        {
            var side = speaker
            side.via = "speaker (\"\(s.string(subj))\" in the reported clause)"
            drafts[i].setTarget(side, rule, s)
            return
        }
        guard d.source == nil, !d.predicate.passive,
            let subj = s.tree.children(d.clause).first(where: { s.tree.label($0) == .nsubj })
        else { return }
        let kind = speaker.kind
        let several = speaker.actors.count > 1 || kind == .group
        var agrees = false
        var country = false
        if s.word(subj, .personPronoun) {
            agrees = kind == .person && speaker.actors.count == 1
        } else if s.word(subj, .groupPronoun) {
            // An organisation named in the plural is "they" too ("the Houthis said they …").
            agrees = several || kind == .organization || speaker.fromPlace && speaker.actors.count > 1
        } else if s.word(subj, .thingPronoun) {
            agrees = (kind == .government || kind == .organization || speaker.fromPlace) && speaker.actors.count == 1
        } else if s.word(subj, .countryAnaphor) {
            agrees = speaker.actors.allSatisfy { $0.country != nil }
            country = true
        }
        guard agrees else { return }
        var side = speaker
        side.via = "speaker (\"\(s.string(subj))\" in the reported clause)"
        if country {
            // "his country" is the speaker's state acting, not the speaker in person.
            side.actors = side.actors.map {
                CodedEvent.Actor(text: s.string(subj), country: $0.country, sector: .government)
            }
        }
        drafts[i].setSource(side, rule, s)
    }

    /// PLOVER's auxiliary modes from the tree: auxiliaries, a condition's mark, a planning verb above.
    static let modality = EventRule(
        "modality",
        "no event in a yes/no question (an auxiliary before the subject, a question mark); future/conditional from an `aux` (will, would …; a possibility, may/might/could/can, nobody but the actor states is a prediction: no event), conditional from a `mark` (if), no event in an embedded question (see if/whether …) or a negated verb's complement (do not believe that …), hypothetical from a governing verb (plans to, ready to); a trigger verb's own must/should (demand-modal) is an obligation, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        var x = d.clause
        // "*Can* Biden and Xi reach a consensus?": a yes/no question (an auxiliary before the
        // clause's subject, a question mark at the end) asks whether it happens; it asserts nothing.
        if let last = s.range.last, s.string(last) == "?",
            let subj = s.tree.children(x).first(where: { s.tree.label($0) == .nsubj || s.tree.label($0) == .nsubjpass }
            ),
            let aux = s.tree.children(x).first(where: {
                ($0 < subj) && (s.tree.label($0) == .aux || s.tree.label($0) == .auxpass)
            })
        {
            drafts[i].drop("a question (\"\(s.string(aux))\" before its subject)", rule, s)
            return
        }
        // "could be linked to *the murder of* Olivia", "may have been involved in *Dugina's killing*":
        // violence named definitely through a preposition, with its victim ("of" someone, or a
        // possessor), happened; the modal is about the link, not the violence. (A future is not:
        // "is set to pray at *his execution*".)
        let n = d.predicate.head
        let kids = s.tree.children(n)
        if d.type == .assault, d.predicate.category == .noun, s.tree.label(n) == .pobj,
            kids.contains(where: { s.tree.label($0) == .poss })
                || kids.contains(where: { s.tree.label($0) == .det && s.key($0) == Words.the })
                    && kids.contains(where: { s.tree.label($0) == .prep && s.key($0) == Keys.of }),
            !s.range.contains(where: { s.word($0, .future) || s.word($0, .hypothetical) })
        {
            return
        }
        let questionClauses: Set<DependencyLabel> = [.ccomp, .pcomp, .csubj, .dobj]
        for _ in 0..<4 {
            // "waits to see *if* Bolsonaro will concede", "unclear *whether* Russia will withdraw": a
            // clause that is the object of a verb or adjective and opens with if/whether asks a
            // question; it asserts no event. (A condition, "if it is attacked", is an adverbial clause.)
            if questionClauses.contains(s.tree.label(x)),
                let m = s.tree.children(x).first(where: { s.tree.label($0) == .mark && s.word($0, .conditionMark) })
            {
                drafts[i].drop("an embedded question (\"\(s.string(m))\")", rule, s)
                return
            }
            for c in s.tree.children(x) {
                let label = s.tree.label(c)
                if label == .aux || label == .auxpass {
                    // "The United States *should* impose sanctions", "teachers *should* cross picket
                    // lines": what an actor ought to do is an opinion about it, not its act (said by
                    // someone, it is their demand: the rule reported-demand).
                    if x == d.predicate.head, d.predicate.category == .verb, s.word(c, .demandModal),
                        !s.word(c, .future)
                    {
                        drafts[i].drop("an obligation (aux \"\(s.string(c))\")", rule, s)
                        return
                    }
                    if s.word(c, .future) { return set(&drafts[i], .future, "aux \"\(s.string(c))\"") }
                    // "Moscow *could* retaliate with long-range attacks", "Russia *may* launch an
                    // offensive": a possibility that nobody, or someone other than the actor, states is
                    // a prediction (PLOVER codes no prediction); the actor's own ("Iran said it could
                    // strike back") is its threat or offer.
                    if s.word(c, .speculative) {
                        let own =
                            d.speaker.map { sp in
                                let a = Set(sp.actors.compactMap(\.country))
                                return !a.isDisjoint(with: d.source?.actors.compactMap(\.country) ?? [])
                            } ?? false
                        if !own {
                            drafts[i].drop("a possibility (aux \"\(s.string(c))\") nobody but the actor could threaten", rule, s)
                            return
                        }
                    }
                    if s.word(c, .conditional) { return set(&drafts[i], .conditional, "aux \"\(s.string(c))\"") }
                } else if label == .mark, s.word(c, .conditionMark) {
                    return set(&drafts[i], .conditional, "mark \"\(s.string(c))\"")
                }
            }
            let h = s.tree.head(x)
            guard h != x else { return }
            // "officials say they do *not* believe that Russia has decided to detonate a device":
            // what a negated verb of saying or thinking takes as its complement is not asserted.
            // Not a question word's clause, which presupposes the event ("police did not say *why* he
            // was detained").
            if s.tree.label(x) == .ccomp, s.word(h, .reporting) || s.word(h, .belief),
                let n = s.tree.children(h).first(where: { s.tree.label($0) == .neg }),
                !s.tree.subtree(x).prefix(while: { $0 < x }).contains(where: {
                    [.WRB, .WP, .WDT, .WPS].contains(s.tree.tag($0))
                })
            {
                drafts[i].drop("the complement of \"\(s.string(n)) \(s.string(h))\"", rule, s)
                return
            }
            switch s.tree.label(x) {
            case .xcomp, .acl:
                if s.word(h, .hypothetical) { return set(&drafts[i], .hypothetical, "governed by \"\(s.string(h))\"") }
                x = h
            case .advcl:
                // The condition itself ("if it is attacked") is checked above through its mark.
                return
            case .conj:
                x = h
            default:
                return
            }
        }
        func set(_ d: inout EventDraft, _ m: CodedEvent.Modality, _ why: String) {
            d.modality = m
            d.note(rule, s, "modality \(m.rawValue) (\(why))")
        }
    }

    /// PLOVER codes a stated intention as its own category: to cooperate is AGREE ("will provide
    /// aid"), to coerce or attack is THREATEN ("would impose a blockade") (`types.tsv` intent).
    static let intent = EventRule(
        "intent", "a future, conditional or planned event becomes the type its `types.tsv` intent names"
    ) { drafts, i, s, rule in
        guard drafts[i].modality != nil else { return }
        // "The army prepared to resume shelling": an armed force readying an attack is posture
        // short of force (PLOVER MOBILIZE), not a verbal threat.
        // (Through a chain of infinitives or gerunds: "prepared to *resume* shelling".)
        var p = drafts[i].predicate.head
        for _ in 0..<3 where s.tree.label(p) == .xcomp && !s.word(s.tree.head(p), .preparation) { p = s.tree.head(p) }
        let armed: Set<Sector> = [.military, .paramilitary, .rebels, .unidentifiedArmedForces]
        if drafts[i].type == .assault, s.tree.label(p) == .xcomp, s.word(s.tree.head(p), .preparation),
            drafts[i].source?.actors.contains(where: { $0.sector.map(armed.contains) ?? false }) == true
        {
            drafts[i].note(rule, s, "type ASSAULT → MOBILIZE (readying an attack)")
            drafts[i].type = .mobilize
            drafts[i].mode = "troops"
            return
        }
        let policy = s.lexicon.policy(drafts[i].type)
        guard case .type(let t) = policy.intent, t != drafts[i].type else { return }
        let old = drafts[i].type
        drafts[i].note(rule, s, "type \(old.rawValue) → \(t.rawValue)")
        drafts[i].type = t
        if t == .agree { drafts[i].mode = nil }
    }

    /// A government or an organisation that "protested" complained in words (ACCUSE).
    static let verbalProtest = EventRule(
        "verbal-protest",
        "the verb \"protest\" with one actor that is not a group of people or a private person is ACCUSE; a state's act \"in protest\" codes no protest of its own"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A private person who protests ("whenever he protests on the streets of Tehran") takes to
        // the street; an official or an organisation complains.
        // "Venezuela recalled its ambassador *in protest*": a state's act done in protest is the
        // protest; the phrase codes no second event.
        if d.type == .protest, d.trigger.count == 2, s.key(d.trigger.lowerBound) == Keys.inKey,
            let src = d.source, src.kind != .group, !src.actors.isEmpty,
            src.actors.allSatisfy({ a in
                a.country?.isState == true && (a.sector == nil || a.sector == .government || a.sector == .military)
            })
        {
            drafts[i].drop("a state's act done in protest", rule, s)
            return
        }
        guard d.type == .protest, d.predicate.category == .verb, s.word(d.predicate.head, .verbalProtest),
            let src = d.source, src.kind != .group, src.actors.count == 1, src.actors[0].sector != .civilians
        else { return }
        // "Bolsonaro *supporters* protest": the actor only modifies the plural noun that protests.
        if let subj = s.subject(of: d.predicate.head)?.head, s.tree.tag(subj) == .NNS || s.tree.tag(subj) == .NNPS,
            src.via.contains("→compound") || src.via.contains("→amod")
        {
            return
        }
        drafts[i].type = .accuse
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type PROTEST → ACCUSE")
    }

    /// "Trump and DeSantis will hold dueling *rallies*": a rally held by politicians in office,
    /// in a party or running for office (not the opposition) is a campaign event, no protest.
    static let campaignRally = EventRule(
        "campaign-rally",
        "a PROTEST rally (grammar.tsv rally) whose actors are all politicians (GOV, LEG, PTY, ELI persons or parties) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .protest, d.trigger.contains(where: { s.word($0, .rally) }), let src = d.source,
            src.kind == .person || src.kind == .organization || src.actors.count > 1,
            !src.actors.isEmpty,
            src.actors.allSatisfy({ a in
                a.sector.map { [.government, .legislature, .party, .elites].contains($0) } ?? false
            })
        else { return }
        drafts[i].drop("a politicians' rally", rule, s)
    }

    /// "statues that had been *looted*", "a *looting* network", "a mural was *defaced*": looting or
    /// vandalism is a protest only by protesters or where protest is the story (grammar.tsv plunder).
    static let plunderContext = EventRule(
        "plunder-context",
        "PROTEST looting or vandalism (grammar.tsv plunder) not by protesters, in a document with no protester word and no verb \"protest\", is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .protest, d.trigger.contains(where: { s.word($0, .plunder) }),
            !(d.source?.head.map { s.word($0, .protester) } ?? false)
        else { return }
        let all = 0..<s.tokens.count
        if all.contains(where: { s.word($0, .protester) || s.word($0, .verbalProtest) }) { return }
        drafts[i].drop("no protest in the story", rule, s)
    }

    /// PLOVER PROTEST riot: "violent action … by participants who intend to cause physical injury
    /// and/or property damage"; an attack whose actor is a crowd of protesters is that protest.
    static let protestViolence = EventRule(
        "protest-violence", "ASSAULT whose actor is a crowd of protesters (grammar.tsv protester) is PROTEST riot"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A crowd, not one activist ("an activist will stand trial for murder").
        guard d.type == .assault, !d.predicate.passive, let h = d.source?.head, s.word(h, .protester),
            d.source?.kind != .person
        else { return }
        drafts[i].type = .protest
        drafts[i].mode = "riot"
        drafts[i].note(rule, s, "type ASSAULT → PROTEST/riot (\"\(s.string(h))\")")
    }

    /// Teams that arrive abroad "to help" (rescue, treat, search) bring aid (PLOVER AID:
    /// humanitarian assistance, personnel): the country they arrive in receives it.
    static let aidArrival = EventRule(
        "aid-arrival", "MIGRATE arrive with a purpose of helping (grammar.tsv helping) is AID to the destination abroad"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .migrate, d.mode == "arrive", let src = d.source else { return }
        let v = d.predicate.head
        let purpose = s.tree.children(v).contains { c in
            (s.tree.label(c) == .advcl || s.tree.label(c) == .xcomp) && s.word(c, .helping)
        }
        guard purpose else { return }
        guard let host = s.destinationAbroad(of: d, from: src) else { return }
        drafts[i].type = .aid
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type MIGRATE → AID (arrived to help)")
        drafts[i].setTarget(host, rule, s)
    }

    /// The place a migrant enters is where, not whom.
    static let destination = EventRule(
        "destination", "MIGRATE: the object is the destination, not a recipient"
    ) { drafts, i, s, rule in
        guard drafts[i].type == .migrate, let t = drafts[i].target else { return }
        drafts[i].destination = t
        drafts[i].target = nil
        drafts[i].note(rule, s, "destination ← \(t.via)")
    }
}

extension EventRule {
    /// A head of state or an official who "arrived in" a country is visiting it (PLOVER CONSULT
    /// visit); MIGRATE is people moving across a border.
    /// Their "departure" is one from office or from a place ("react to Truss's *departure*"),
    /// a visit only when it goes abroad ("departed for Beijing").
    static let officialTravel = EventRule(
        "official-travel",
        "MIGRATE arrive or depart by one person, government or organisation is a CONSULT visit to a destination abroad, else no event; a trip (grammar journey) by anyone else is no event either"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // "Putin won't *travel* to the G20 summit": the summit, not the trip, is the refused meeting.
        if let k = d.complementOf, !drafts[k].isPeer, drafts[k].type == .migrate,
            drafts[k].trigger.contains(where: { s.word($0, .journey) })
        {
            drafts[i].complementOf = nil
            drafts[i].note(rule, s, "the meeting of a trip that did not happen")
            return
        }
        // "voters *head* to the polls": a trip (grammar journey) is a visit or nothing.
        let trip = d.trigger.contains { s.word($0, .journey) }
        guard d.type == .migrate, d.mode == "arrive" || d.mode == "depart", let src = d.source, src.actors.count == 1,
            src.kind == .person || src.kind == .government || src.kind == .organization,
            // A private person ("a Canadian entered the United States") migrates.
            !src.actors.contains(where: { $0.sector == .civilians })
        else {
            if trip, d.type == .migrate { drafts[i].drop("a trip, not one official's", rule, s) }
            return
        }
        // A visit has a host: a destination in another country than the traveller's ("Albanese
        // arrived in London"); "the police arrived", "Biden arrived in Florida" visit nobody.
        let own = Set(src.actors.compactMap(\.country))
        let host = s.destinationAbroad(of: d, from: src)
        guard !own.isEmpty, let host else {
            drafts[i].drop("\(d.mode == "arrive" ? "an arrival" : "a departure") without a destination abroad", rule, s)
            return
        }
        drafts[i].type = .consult
        drafts[i].mode = "visit"
        drafts[i].note(rule, s, "type MIGRATE → CONSULT/visit (one official travelling)")
        drafts[i].setTarget(host, rule, s)
    }
}

extension EventRule {
    /// "await the *arrival* of the Queen's coffin", "the *departure* of the ferry": a MIGRATE noun
    /// whose "of" phrase names no actor moves a thing, not people across a border.
    static let migrateMover = EventRule(
        "migrate-mover",
        "a MIGRATE noun whose \"of\" phrase names no actor (a coffin, a ferry), or armed men arriving, is no event; armed men fleeing or leaving RETREAT"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Troops that flee or leave retreat (PLOVER RETREAT); armed men arriving migrate nowhere.
        if d.type == .migrate, d.source?.isArmed == true {
            if d.mode == "arrive" {
                drafts[i].drop("armed men arriving", rule, s)
            } else {
                drafts[i].type = .retreat
                drafts[i].mode = "withdraw"
                drafts[i].note(rule, s, "type MIGRATE → RETREAT/withdraw (armed men leaving)")
            }
            return
        }
        guard d.type == .migrate, d.predicate.category == .noun,
            let of = s.tree.children(d.predicate.head).first(where: {
                s.tree.label($0) == .prep && s.key($0) == Keys.of
            }),
            let o = s.tree.firstChild(of, .pobj)
        else { return }
        let phrase = s.tree.subtree(o)
        guard !phrase.contains(where: { s.slotIndex(at: $0) != nil }),
            !s.mentions.actors.contains(where: { a in a.tokens.contains { phrase.contains($0) } }),
            !s.word(o, .personPronoun), !s.word(o, .groupPronoun)
        else { return }
        drafts[i].drop("the \(s.string(d.predicate.head)) of \"\(s.string(o))\"", rule, s)
    }
}

extension SentenceContext {
    /// Whether a token lies between an opening and a closing quotation mark of its sentence.
    /// Whether token `i` stands in quotation marks around a few words of the sentence ("creating
    /// a *'dirty bomb'*"): a term set off, not words anyone is quoted saying.
    func isScareQuoted(_ i: Int) -> Bool {
        guard let open = (range.lowerBound..<i).last(where: { tokens[$0].shape.contains(.openQuote) }),
            let close = (i..<range.upperBound).first(where: { tokens[$0].shape.contains(.closeQuote) })
        else { return false }
        return ((open + 1)..<close).filter { tokens[$0].shape.contains(.word) }.count <= 3
    }

    func isQuoted(_ i: Int) -> Bool {
        var open = false
        for k in range.lowerBound..<i {
            let sh = tokens[k].shape
            if sh.contains(.openQuote) { open = true } else if sh.contains(.closeQuote) { open = false }
        }
        if open { return true }
        // A sentence that ends a quote opened in an earlier sentence.
        for k in i..<range.upperBound {
            let sh = tokens[k].shape
            if sh.contains(.openQuote) { return false }
            if sh.contains(.closeQuote) { return true }
        }
        return false
    }
}

extension SentenceContext {
    /// Where an arrival goes when that is another country than the travellers': the MIGRATE
    /// destination, else a place of another country the verb's own preposition names ("arrived *in
    /// Amman*", "arrived in *southern Turkey*").
    func destinationAbroad(of d: EventDraft, from src: Side) -> Side? {
        let own = Set(src.actors.compactMap(\.country))
        func abroad(_ c: CountryCode?) -> Bool { c.map { !own.contains($0) } ?? false }
        if let dest = d.destination, dest.actors.contains(where: { abroad($0.country) }) { return dest }
        let objects = tree.children(d.predicate.head).filter { tree.label($0) == .prep }
            .compactMap { tree.firstChild($0, .pobj) }
        guard
            let p = mentions.places.first(where: { p in
                // The place is the object itself or hangs on it ("in *Kyiv*", "in the Ukrainian
                // capital *Kyiv*"), not one deep inside it ("in a case involving a plot to sell
                // secrets to *Brazil*").
                abroad(p.country)
                    && objects.contains { o in p.tokens.contains(o) || tree.head(p.tokens.upperBound - 1) == o }
            })
        else { return nil }
        return Side(
            actors: [CodedEvent.Actor(text: string(tokens: p.tokens), country: p.country, sector: nil)],
            tokens: p.tokens, head: nil, via: "place", fromPlace: true)
    }
}
