import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Footage *captured* the moment …", "*shot* on camera", "caught by CCTV": a trigger whose
    /// subject or agent is a recording, or that happens "on camera", is about recording, not an
    /// event between actors.
    static let recordingSense = EventRule(
        "recording-sense",
        "a trigger whose subject, by-agent or object is a recording (footage, video, camera, the moment …) or that is \"on camera\" is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.clause
        // "Satellite images *capture* troop build-up": a headline verb the parser read as a noun,
        // right after the recording that is its subject.
        let before = d.trigger.lowerBound - 1
        if !s.tree.tag(v).isVerb, d.predicate.category == .noun, before >= s.range.lowerBound,
            s.tree.tag(before).isNoun, s.word(before, .recording)
        {
            drafts[i].drop("recorded by \"\(s.string(before))\"", rule, s)
            return
        }
        guard s.tree.tag(v).isVerb else { return }
        // The verb's own subject or agent, not one inherited from a governing clause ("footage
        // shows him *after he was stabbed*" reports a stabbing).
        let hasSubject = s.tree.children(v).contains { s.tree.label($0) == .nsubj }
        let own = (hasSubject ? s.subject(of: v)?.head : nil) ?? s.agent(of: v)?.head
        if let subj = own, s.word(subj, .recording) {
            drafts[i].drop("recorded by \"\(s.string(subj))\"", rule, s)
            return
        }
        // "captured *the moment*", "captured the video of …": a recording as the object.
        // (Not a person: "shoved *a photographer*".)
        if let o = s.tree.firstChild(v, .dobj), s.word(o, .recording), !s.isRoleWord(o) {
            drafts[i].drop("records \"\(s.string(o))\"", rule, s)
            return
        }
        for c in s.tree.children(v) where s.tree.label(c) == .prep && s.key(c) == Keys.on {
            // "captured on camera shining down …": the word after "on" is the recording even when
            // the parser made it a modifier of a participle.
            let o = s.tree.firstChild(c, .pobj)
            if let r = [o, c + 1 < s.range.upperBound ? c + 1 : nil].compactMap({ $0 }).first(where: {
                s.word($0, .recording)
            }) {
                drafts[i].drop("on \"\(s.string(r))\"", rule, s)
                return
            }
        }
    }

    /// "hosted a dinner", "hosts the awards show": hosting an occasion is no meeting (hosting talks
    /// or a leader still is).
    static let hostedOccasion = EventRule(
        "hosted-occasion",
        "a verb of hosting (grammar.tsv hosting) whose object is an occasion (grammar.tsv occasion: an event, a dinner, a show) is no meeting"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .consult || d.type == .agree, d.predicate.category == .verb, s.word(d.predicate.head, .hosting),
            let o = s.tree.firstChild(d.predicate.head, .dobj), s.word(o, .occasion)
        else { return }
        drafts[i].drop("hosts \"\(s.string(o))\", an occasion", rule, s)
    }

    /// "Scientists rush to begin *clinical trials*", "a *vaccine trial*": a trial a test word
    /// (grammar.tsv testing) modifies is a test, not a court case.
    static let testTrial = EventRule(
        "test-trial",
        "an ACCUSE noun \"trial\" (grammar.tsv trial) with a modifier of testing (grammar.tsv testing: clinical, vaccine, time) is a test: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .accuse, d.predicate.category == .noun, s.word(h, .trial),
            let m = s.tree.children(h).first(where: {
                [.amod, .compound, .nmod].contains(s.tree.label($0)) && s.word($0, .testing)
            })
        else { return }
        drafts[i].drop("a \"\(s.string(m))\" trial, a test", rule, s)
    }

    /// "welcomed the guests", "welcomes a baby girl": receiving people is no support of them.
    static let welcomeSense = EventRule(
        "welcome-sense",
        "a verb of welcome (grammar.tsv welcoming) with no object, or a person, a group or a newborn (grammar.tsv newborn) as its object, receives them: no SUPPORT"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .support, d.predicate.category == .verb, s.word(d.predicate.head, .welcoming),
            !d.predicate.passive
        else { return }
        guard let o = s.tree.firstChild(d.predicate.head, .dobj) else {
            drafts[i].drop("welcomed nothing said", rule, s)
            return
        }
        let received =
            s.word(o, .newborn)
            || s.slotIndex(at: o).map { k in s.slots[k].kind == .person || s.slots[k].kind == .group } ?? false
            || s.namedPerson(o, via: s.arc("dobj", d.predicate.head)) != nil
        if received { drafts[i].drop("welcomes \"\(s.string(o))\" (received, not supported)", rule, s) }
    }

    /// "Biden discussed the economy in an interview", "officials are investigating", "health
    /// officials are warning": a trigger that needs two parties (grammar.tsv needs-party: discuss,
    /// investigate, warn) with one actor and no recipient tells no meeting, accusation or threat.
    static let loneParty = EventRule(
        "lone-party",
        "a one-word needs-party trigger (discuss, investigate, warn) with a single actor and no recipient is no event, unless it warns of the speaker's own act or response (grammar.tsv retaliation), its actor is the one the domain implies for it (police investigating: types.tsv implied), or a state (a country, its government, courts or lawmakers) investigates something"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.trigger.count == 1, s.word(d.predicate.head, .needsParty),
            (d.source?.actors.count ?? 0) <= 1
        else { return }
        // "Police launch investigation into deadly flat fire": the police doing their own work
        // need nobody named to investigate.
        if let a = d.source?.actors.first, let sector = a.sector,
            s.lexicon.policy(d.type).isDomainActor(sector, mode: d.mode)
        {
            drafts[i].note(rule, s, "kept: \(sector.rawValue) is the actor the domain implies for \(d.mode ?? "-")")
            return
        }
        // "Germany investigates leaks in Nord Stream pipelines": a state's inquiry into something
        // needs nobody named ("the minister is investigating" alone tells nothing).
        if d.type == .accuse, d.mode == "investigate", let src = d.source, src.actors.count == 1,
            let c = src.actors[0].country, c.isState,
            src.fromPlace || [.government, .judiciary, .legislature].contains(src.actors[0].sector),
            d.predicate.category == .noun
                || s.tree.children(d.predicate.head).contains(where: { [.dobj, .prep].contains(s.tree.label($0)) })
        {
            drafts[i].note(rule, s, "kept: a state's inquiry")
            return
        }
        // A warning of the speaker's own act is a threat even with no recipient named (also when
        // the parse misses the clause: a threat modal after the warning keeps it).
        if s.threatClause(of: d) != nil { return }
        // "North Korea *warns of* a 'more powerful' *response*": of its own answer to come.
        if d.type == .threaten, d.predicate.category == .verb,
            s.prepositionalObjects(of: d.predicate.head, [Keys.of]).contains(where: { s.word($0.head, .retaliation) })
        {
            drafts[i].note(rule, s, "kept: a warning of the warner's own response")
            return
        }
        if d.type == .threaten,
            (d.trigger.upperBound..<s.range.upperBound).contains(where: { s.word($0, .threatModal) })
        {
            return
        }
        // "investigating alleged war crimes *by Croatian extremists*": the object names the other party.
        if let o = s.tree.firstChild(d.predicate.head, .dobj),
            let side = s.firstActor(inPhrase: o, via: s.arc("dobj", d.predicate.head), skipping: d.source)
        {
            drafts[i].setTarget(side, rule, s)
            return
        }
        if let o = s.objectAgent(of: d.predicate.head), let side = s.side(o),
            d.source.map({ !side.sameActors(as: $0) }) ?? true
        {
            drafts[i].setTarget(side, rule, s)
            return
        }
        drafts[i].drop("one party only", rule, s)
    }
}

extension EventRule {
    /// "he *killed himself*", "she *shot herself*": an attack whose object is the actor itself
    /// (grammar.tsv reflexive) is a suicide or an accident, no event between actors.
    static let reflexiveSense = EventRule(
        "reflexive-sense", "ASSAULT whose object is a reflexive pronoun (grammar.tsv reflexive) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault, d.predicate.category == .verb, let o = s.tree.firstChild(d.predicate.head, .dobj),
            s.word(o, .reflexive)
        else { return }
        drafts[i].drop("done to \"\(s.string(o))\"", rule, s)
    }

    /// "accepted a *plea* deal", "a plea agreement": a deal a court strikes with a defendant is no
    /// agreement between political actors (grammar.tsv plea).
    static let pleaDeal = EventRule(
        "plea-deal",
        "AGREE whose deal or agreement is a plea, or the word plea modifying a deal (grammar.tsv plea), is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // "a *plea* deal": the word itself, as a deal's modifier, is no appeal either.
        if s.word(d.predicate.head, .plea), s.tree.label(d.predicate.head) == .compound {
            drafts[i].drop("a \"\(s.string(d.predicate.head))\" deal", rule, s)
            return
        }
        guard d.type == .agree else { return }
        var nouns = [d.predicate.head]
        if let o = s.tree.firstChild(d.predicate.head, .dobj) { nouns.append(o) }
        for n in nouns {
            if let m = s.tree.children(n).first(where: { s.tree.label($0) == .compound && s.word($0, .plea) }) {
                drafts[i].drop("a \"\(s.string(m))\" deal", rule, s)
                return
            }
        }
    }

    /// "will receive his third COVID booster *shot*", "a flu *shot*", "a *heart* attack": a shot named
    /// by a vaccine or a medicine is an injection, an attack named by an illness a bout of it
    /// (grammar.tsv medical), not violence.
    static let medicalSense = EventRule(
        "medical-sense",
        "an ASSAULT or COERCE (shot, attack, arrest) whose modifier or subject is a vaccine, medicine or illness (grammar.tsv medical: \"cardiac arrest\"), or a noun someone has or suffers (grammar.tsv affliction: \"had a seizure\"), is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault || d.type == .coerce else { return }
        let v = d.predicate.head
        // "the boy *had a seizure*", "*suffered* a seizure": a seizure someone has or suffers
        // befalls their body (grammar.tsv affliction, possession); so does an attack or a killing
        // someone or somewhere "has" ("has a real *shot* at", "Louisiana *has* 15.8 murders"), not a
        // wound ("had a gunshot wound": the shooting is told).
        let object = s.tree.label(v) == .compound ? s.tree.head(v) : v
        if d.predicate.category == .noun, let l = d.lightVerb, s.tree.label(object) == .dobj,
            d.type == .coerce && (s.word(l, .affliction) || s.word(l, .possession))
                || d.type == .assault && s.word(l, .possession)
                    && !(d.trigger.contains(where: { s.word($0, .bodilyHarm) }) || s.word(object, .bodilyHarm))
        {
            let what = d.type == .coerce ? "medical" : "had, not done"
            drafts[i].drop("\(what) (\"\(s.string(l)) \(s.string(tokens: d.trigger))\")", rule, s)
            return
        }
        // Also as the parser reads a headline's noun pair: "booster" the subject of a participle "shot".
        guard
            let m = s.tree.children(v).first(where: {
                let l = s.tree.label($0)
                return (l == .compound || l == .amod || l == .nmod || l == .nsubj || l == .nsubjpass)
                    && s.word($0, .medical)
            })
        else { return }
        drafts[i].drop("medical (\"\(s.string(m))\")", rule, s)
    }

    /// "Truss *defended* her economic plan", "Rubio *defended* his Senate seat": support for what the
    /// actor itself said, decided or holds (grammar.tsv statement, with a possessive pronoun) is
    /// support for nobody else (PLOVER SUPPORT needs a recipient).
    static let ownStatement = EventRule(
        "own-statement",
        "SUPPORT whose object is the actor's own statement or office (grammar.tsv statement, with a possessive pronoun) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .support, d.target == nil, d.predicate.category == .verb,
            let o = s.tree.firstChild(d.predicate.head, .dobj), s.word(o, .statement),
            let p = s.tree.firstChild(o, .poss), s.word(p, .possessivePronoun)
        else { return }
        drafts[i].drop("its own \"\(s.string(o))\"", rule, s)
    }

    /// "Liz Truss makes *Grant* 'spreadsheet Shapps' her new Home Secretary": a one-word trigger
    /// written capitalised inside a sentence that is not in Title Case, beside another capitalised
    /// word, is part of a name.
    static let properName = EventRule(
        "proper-name",
        "a one-word trigger capitalised mid-sentence (not in a Title Case headline) next to another capitalised word is part of a name: no event; after a colon or a dash only a capitalised word after it makes it one"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let t = d.trigger.lowerBound
        // Only in sentence case: some longer word of the sentence is in lower case (a Title Case
        // headline, "Israeli Blockade in West Bank Angers Palestinians", capitalises its verbs), and
        // not a word in capitals for emphasis ("Liz Truss LIFTS").
        guard d.trigger.count == 1, !s.mentions.titleCase, t > s.range.lowerBound,
            s.tokens[t].shape.contains(.capitalized), !s.tokens[t].shape.contains(.allCaps),
            s.range.contains(where: { k in
                // (Counted in letters: "’s" is four bytes, no word.)
                k != t && s.tokens[k].shape.contains(.word) && !s.tokens[k].shape.contains(.capitalized)
                    && s.tokens[k].end - s.tokens[k].start >= 4 && s.string(k).first?.isLetter == true
                    && s.string(k).count >= 4
            })
        else { return }
        func capitalisedWord(_ k: Int) -> Bool {
            s.range.contains(k) && s.tokens[k].shape.contains(.capitalized) && s.tree.tag(k).isNoun
                && (k != s.range.lowerBound)
        }
        // The next word past a quotation mark ("Grant 'spreadsheet Shapps'") counts too; a trigger
        // the tagger itself reads as a proper noun is one.
        let next = s.tokens[min(t + 1, s.range.upperBound - 1)].shape.contains(.openQuote) ? t + 2 : t + 1
        // A word opening a clause after a colon or a dash is capitalised by its place ("Chris Kaba:
        // *Rally* for man shot by police"): only a capitalised word after it makes it a name.
        let opensClause = [":", "-", "–", "—"].contains(s.string(t - 1))
        guard capitalisedWord(next) || !opensClause && (capitalisedWord(t - 1) || s.tree.tag(t) == .NNP) else {
            return
        }
        drafts[i].drop("part of a name", rule, s)
    }

    /// "a bipartisan law *signed* by President Trump", "the measure, if *signed* by the president":
    /// signing a law or an order (grammar.tsv legislation) makes it law at home; it backs no other
    /// party (an agreement signed with one is AGREE, from its own trigger).
    static let lawSigning = EventRule(
        "law-signing",
        "signing (grammar.tsv enact) with no recipient, whose object or passive subject is a law, bill or order (grammar.tsv legislation), is no event; backing one stays SUPPORT"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .support, d.target == nil, d.predicate.category == .verb, s.word(v, .enact) else { return }
        let object =
            s.tree.firstChild(v, .dobj) ?? s.tree.firstChild(v, .nsubjpass)
            ?? (s.tree.label(v) == .acl ? s.tree.head(v) : nil)
        guard let o = object, s.word(o, .legislation) else { return }
        drafts[i].drop("makes \"\(s.string(o))\" law", rule, s)
    }

    /// "Democrats *fight* over the budget", "*fighting* to stay out of prison": words of combat
    /// (grammar.tsv armed-only) code an ASSAULT only when armed men fight or the fight has a named
    /// opponent ("rebels fought government troops", "Azerbaijan is fighting Armenia").
    static let armedSense = EventRule(
        "armed-sense",
        "an armed-only trigger (fight, battle, advance, damage) without an armed actor (an attack as its doer, or a party state of the war of the day acting on an object, moving into ground or owning the noun), a named opponent or (with no actor) a place, or an unarmed actor's fight to do something, is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard s.word(d.predicate.head, .armedOnly) else { return }
        if d.source?.isArmed == true { return }
        // "was *damaged* by another Russian missile strike": an attack named as the doer is armed.
        if d.predicate.category == .verb,
            let doer = d.predicate.passive ? s.agent(of: d.predicate.head) : s.subject(of: d.predicate.head),
            drafts.contains(where: { $0.type == .assault && $0.predicate.head == doer.head })
        {
            return
        }
        // "Russia *damaged* a dam" in a story of the war of the day (conflicts.tsv): a party state
        // itself, or its government, acting on a thing acts there through its forces.
        // So does one named as the owner of a noun ("*Ukraine's* advance", "*Russian* advances"),
        // or moving on ground ("Ukraine *advances* deeper *into* areas held by Russia": a locative
        // preposition of the verb or of its adverb; not an infinitive of purpose, "troops *to fight*
        // in Ukraine").
        let onGround = d.predicate.category == .verb && s.groundPreposition(of: d.predicate.head) != nil
        if let src = d.source, let war = s.storyWar, !src.actors.isEmpty,
            d.predicate.category == .noun || s.tree.firstChild(d.predicate.head, .dobj) != nil || onGround,
            src.actors.allSatisfy({ a in
                a.country.map { war.parties.contains($0) } == true && (a.sector == nil || a.sector == .government)
                    && src.kind != .person
            })
        {
            return
        }
        // "Democrats *fight to win* the House": fighting to do something is striving, whatever its
        // object names.
        if d.predicate.category == .verb,
            let x = s.tree.children(d.predicate.head).first(where: { c in
                s.tree.label(c) == .xcomp && s.tree.children(c).contains { s.tree.tag($0) == .TO }
            })
        {
            drafts[i].drop("fights to \"\(s.string(x))\"", rule, s)
            return
        }
        // A town or a region the act is in or on is no opponent ("demolition of a plant *in Detroit*");
        // a state, or its capital, is ("fighting *Armenia*", "the fighting against *Kyiv*").
        if let t = d.target {
            let town =
                t.fromPlace
                && !s.mentions.places.contains(where: { m in
                    (m.placeKind == .country || m.isCapital) && t.head.map { m.tokens.contains($0) } ?? false
                })
            guard town else { return }
        }
        if let src = d.source, src.actors.count > 1 { return }
        // "heavy fighting in Kharkiv": fighting told without actors where it happens is combat; not
        // an infinitive of purpose ("drafted *to fight* in Ukraine") or a verb whose subject is no
        // actor ("crucial that we fight").
        let h = d.predicate.head
        let infinitive = s.tree.children(h).contains { s.tree.label($0) == .aux && s.tree.tag($0) == .TO }
        let subject = s.tree.firstChild(h, .nsubj) != nil
        if d.source == nil, d.placeFromText, !infinitive, !subject { return }
        drafts[i].drop("no armed actor and no opponent", rule, s)
    }

    /// "The suspect *fled the scene*", "Musk *entered* Twitter's headquarters": leaving or entering
    /// something that is no country, town or home (grammar.tsv homeland) crosses no border; nor does
    /// a suspect or one private person fleeing nowhere named.
    static let migrationObject = EventRule(
        "migration-object",
        "a MIGRATE verb whose direct object is neither a place, an actor nor a homeland word (home, country, war …), or whose actors are all suspects or gunmen, or one private person, fleeing nowhere named, is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A suspect or a gunman who flees nowhere named escapes the police, not the country ("the
        // suspect fled"; not "gang members trying to enter the US").
        if d.type == .migrate, d.destination == nil, s.movedTo(d) == nil,
            s.directObject(of: d.predicate.head, outside: d.trigger) == nil, let src = d.source, !src.actors.isEmpty,
            src.actors.allSatisfy({ [.criminals, .unidentifiedArmedForces].contains($0.sector) })
                // So does one private person going nowhere named, within their own country or, of no
                // known country, to a town ("a man … *before fleeing* in a getaway car", "she
                // *arrived*"; not "a Russian man *crossed into* Georgia").
                || src.kind == .person && src.actors.count == 1
                    && (d.place.map { p in
                        src.actors[0].country.map { $0 == p.country } ?? (p.precision == .point)
                    } ?? true)
                    && src.actors.allSatisfy({ $0.sector == nil || $0.sector == .civilians })
        {
            drafts[i].drop("a suspect's escape", rule, s)
            return
        }
        guard d.type == .migrate, d.predicate.category == .verb,
            let o = s.directObject(of: d.predicate.head, outside: d.trigger),
            !s.mentions.places.contains(where: { s.tree.subtree(o.head).contains($0.tokens.lowerBound) }),
            s.side(o) == nil, !s.word(o.head, .homeland)
        else { return }
        drafts[i].drop("leaves or enters \"\(s.string(o.head))\" (no homeland)", rule, s)
    }

    /// "Fans *were met by* police deploying tear gas": a crowd met by armed men was confronted, not
    /// received at a meeting (no CONSULT).
    static let metByForce = EventRule(
        "met-by-force", "a passive CONSULT verb whose by-agent is armed (police, troops) is no meeting"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .consult, d.predicate.category == .verb, d.predicate.passive,
            let a = s.agent(of: d.predicate.head), let side = s.side(a), side.isArmed
        else { return }
        drafts[i].drop("met by \"\(s.string(a.head))\" (armed)", rule, s)
    }

    /// "he will seek the presidency", "seeking re-election": seeking an office is a candidacy, not a
    /// request made to anyone. Demanding one is a request ("opposition parties *demand an
    /// election*").
    static let candidacy = EventRule(
        "candidacy",
        "a form of \"seek\" (grammar.tsv aim) whose object is an office sought in an election (grammar.tsv candidacy) is no REQUEST"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .request, d.predicate.category == .verb, s.word(d.predicate.head, .aim),
            let o = s.tree.firstChild(d.predicate.head, .dobj), s.word(o, .candidacy)
        else { return }
        drafts[i].drop("a candidacy (\"\(s.string(o))\")", rule, s)
    }

    /// "*Voters* back Abbott in a landslide", "Israelis vote for a new government", "Brazil votes for
    /// a new president": the electorate voting or polled, or a vote for an office or a new holder of
    /// one, is an election, not one actor's support of another (a party or a lawmaker voting for a
    /// bill is).
    static let electorateVote = EventRule(
        "electorate-vote",
        "SUPPORT, AGREE or REJECT by the electorate (grammar.tsv electorate) of anything but a measure (legislation: a referendum), or a vote (ballot) by the people of a place (populace), by a people named by its nationality, or for an office (candidacy) or its next holder (succession), is an election or a poll, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard [.support, .agree, .reject].contains(d.type) else { return }
        let h = d.predicate.head
        let subject = s.subject(of: h)?.head
        // "Chilean voters rejected the new *constitution*": a referendum decides a measure (grammar.tsv
        // legislation), which is an event.
        let measure =
            ([s.tree.firstChild(h, .dobj)] + s.prepositionalObjects(of: h, [Keys.for, Keys.against]).map(\.head))
            .contains { $0.map { s.word($0, .legislation) } ?? false }
        if let subject, s.word(subject, .electorate), !measure {
            drafts[i].drop("the electorate votes or is polled (\"\(s.string(subject))\")", rule, s)
            return
        }
        guard d.trigger.contains(where: { s.word($0, .ballot) }) else { return }
        if let subject,
            s.word(subject, .populace)
                || (s.tree.tag(subject) == .NNPS || s.tree.tag(subject) == .NNS) && s.nationality(subject) != nil
        {
            drafts[i].drop("the electorate votes (\"\(s.string(subject))\")", rule, s)
            return
        }
        for o in s.prepositionalObjects(of: h, [Keys.for]) {
            // "votes for *president*": a role word standing alone (no article, name or modifier)
            // is the office.
            let office =
                s.word(o.head, .candidacy)
                || s.isRoleWord(o.head)
                    && (s.tree.children(o.head).contains { s.tree.label($0) == .amod && s.word($0, .succession) }
                        || s.tree.children(o.head).isEmpty && s.tree.tag(o.head) == .NN)
            if office {
                drafts[i].drop("a vote for an office (\"\(s.string(o.head))\")", rule, s)
                return
            }
        }
    }

    /// "The Nikkei share average closed higher, *lifted* by earnings", "oil prices *eased*": a
    /// trigger verb whose subject, passive subject or object is a market figure tells a price move.
    static let marketSense = EventRule(
        "market-sense", "a trigger verb whose subject or object is a market figure (grammar.tsv market) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.predicate.category == .verb else { return }
        let h = d.predicate.head
        let args = [s.subject(of: h)?.head, s.passiveSubject(of: h)?.head, s.tree.firstChild(h, .dobj)].compactMap {
            $0
        }
        // "Jacinta *Price* slams …": a surname after a given name is a person, not a price.
        func surname(_ m: Int) -> Bool {
            s.tree.tag(m) == .NNP
                && s.tree.children(m, .compound).contains { c in
                    s.tree.tag(c) == .NNP && s.tokens[c].shape.contains(.capitalized)
                        && !s.lexicon.commonWords.contains(s.tokens[c].key)
                }
        }
        guard let m = args.first(where: { s.word($0, .market) && !surname($0) }) else { return }
        drafts[i].drop("a market figure (\"\(s.string(m))\")", rule, s)
    }
}

extension SentenceContext {
    /// Whether noun `o` has a locative phrase naming a place ("a plant *in south Ukraine*",
    /// grammar.tsv locative): a thing somewhere, which an attack on it strikes.
    func placedAt(_ o: Int) -> Bool {
        tree.children(o).contains { c in
            guard tree.label(c) == .prep, word(c, .locative), let p = tree.firstChild(c, .pobj) else { return false }
            return tree.subtree(p).contains { t in mentions.places.contains { $0.tokens.contains(t) } }
        }
    }
}
