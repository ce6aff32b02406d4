import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// Who did what to whom, from the predicate's own arcs.
    static let arguments = EventRule(
        "arguments",
        "verb: actor = nsubj (passive: the by-agent), recipient = dative or an actor as dobj (passive: nsubjpass); noun: actor = possessor, by-agent, a relative clause's agent, a compound or the object of \"from\" (unless the type's recipient), or the armed force \"of\" a MOBILIZE noun; adjective: actor = its copula's subject, but the one a finding of guilt (grammar.tsv culpable) is said of is the recipient, when it names a crime (a violent act or grammar.tsv offence) and is no state, party or government, else no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let p = d.predicate
        switch p.category {
        case .verb:
            // A verb row that names its sides ("[:X]": the subject is acted on; "$ … +").
            if let v = d.verb, v.target != nil || v.source.map({ $0 != .subject }) ?? false {
                func argument(_ role: VerbPattern.Role, actor: Bool) -> Argument? {
                    switch role {
                    case .subject:
                        // The actor of a passive is its by-agent ("were handed over to Jordan *by Syria*").
                        if actor, p.passive { return s.agent(of: p.head) }
                        return s.subject(of: p.head) ?? s.passiveSubject(of: p.head)
                    case .object:
                        // The object of a passive is its subject ("Sarkozy was *placed* under
                        // investigation").
                        if p.passive, let o = s.passiveSubject(of: p.head) { return o }
                        return s.directObject(of: p.head, outside: d.trigger)
                    case .preposition(let k, _):
                        // On the verb, else on its object ("fired two rockets *at* the port") or on
                        // the object of the row's own preposition ("came under fire *from* Tories").
                        let object =
                            s.tree.firstChild(p.head, .dobj)
                            ?? v.preposition.flatMap { r in
                                s.prepositionalObjects(of: p.head, [r.key]).first?.head
                            }
                        return
                            (s.prepositionalObjects(of: p.head, [k])
                            + (object.map { s.prepositionalObjects(of: $0, [k]) } ?? [])).first
                    }
                }
                if let r = v.target {
                    let arg = argument(r, actor: false)
                    if let side = arg.flatMap(s.side) {
                        drafts[i].setTarget(side, rule, s)
                    } else if r == .subject, let h = arg?.head, let person = s.namedPerson(h, via: arg?.via ?? "") {
                        // "*Michael Slater* faces seven charges": a person the lexicon does not
                        // know, named in full as the subject the row says is acted on.
                        drafts[i].setTarget(person, rule, s)
                    }
                }
                if let r = v.source {
                    drafts[i].setSource(argument(r, actor: true).flatMap(s.side), rule, s)
                } else {
                    let from = s.agent(of: p.head) ?? s.prepositionalObjects(of: p.head, [Keys.from]).first
                    drafts[i].setSource(from.flatMap(s.side), rule, s)
                }
                return
            }
            if p.passive {
                drafts[i].setTarget(s.passiveSubject(of: p.head).flatMap(s.side), rule, s)
                drafts[i].setSource(s.agent(of: p.head).flatMap(s.side), rule, s)
                return
            }
            drafts[i].setSource(s.subject(of: p.head).flatMap(s.side), rule, s)
            guard d.pattern.kind != .intransitive || d.type == .migrate else { return }
            let source = drafts[i].source
            func differs(_ x: Side) -> Bool { source.map { !x.sameActors(as: $0) || x.tokens != $0.tokens } ?? true }
            if let t = s.dative(of: p.head).flatMap(s.side), differs(t) {
                drafts[i].setTarget(t, rule, s)
            } else if s.lexicon.policy(d.type).objectIsRecipient || d.type == .migrate {
                // The head's object, else the object of a verb inside the trigger's own words
                // ("threatened to send *the protesters*").
                let verbs = [p.head] + d.trigger.filter { $0 != p.head && s.tree.tag($0).isVerb }
                for v in verbs {
                    guard let o = s.directObject(of: v, outside: d.trigger), !s.isOwn(o.head), let t = s.side(o),
                        differs(t)
                    else { continue }
                    drafts[i].setTarget(t, rule, s)
                    break
                }
            }
        case .noun:
            if let poss = s.tree.firstChild(p.head, .poss),
                let side = s.side(Argument(head: poss, via: s.arc("poss", p.head)))
            {
                // "*Navalny's* arrest", "*Khashoggi's* murder", "*Weinstein's* trial": a person's or
                // people's act noun done to someone (grammar.tsv patient-possessor) befalls them,
                // unless an "of" phrase names who it befalls ("Russia's arrest *of* …").
                if s.word(p.head, .patientPossessor), side.kind == .person || side.kind == .group,
                    s.prepositionalObjects(of: p.head, [Keys.of]).isEmpty
                {
                    drafts[i].setTarget(side, rule, s)
                } else {
                    drafts[i].setSource(side, rule, s)
                }
            } else if let a = s.agent(of: p.head) ?? s.relativeAgent(of: p.head) {
                drafts[i].setSource(s.side(a), rule, s)
            } else if let c = s.tree.children(p.head).first(where: {
                // "the Kremlin nuclear threat": a name before the noun, which the parser makes a
                // compound, or an nmod when an adjective stands between.
                // Only adjectives between ("the *U.S.*-mediated talks" were mediated, not held, by it).
                s.tree.label($0) == .compound
                    || s.tree.label($0) == .nmod && $0 < p.head
                        && ($0 + 1..<p.head).allSatisfy { k in s.tree.tag(k) == .JJ && s.tree.head(k) == p.head }
            }), !d.trigger.contains(c),
                // "a *Nairobi* murder": a city before an attack noun is where it happened, not
                // the city's government doing it.
                d.type != .assault
                    || !s.mentions.places.contains(where: { $0.tokens.contains(c) && $0.placeKind == .city }),
                let side = s.side(Argument(head: c, via: s.arc(s.tree.label(c) == .nmod ? "nmod" : "compound", p.head)))
            {
                drafts[i].setSource(side, rule, s)
            } else if !s.lexicon.policy(d.type).recipientPrepositions.contains(Keys.from),
                // Not ground taken back "from" its holder ("the recapture of Kherson *from* Russia").
                !s.word(p.head, .regain),
                let o = s.prepositionalObjects(of: p.head, [Keys.from]).first, let side = s.side(o)
            {
                // "the threat *from Russia*", "aid from Japan": where "from" is not the type's
                // recipient ("a withdrawal from Lebanon"), it names who acts.
                drafts[i].setSource(side, rule, s)
            } else if d.type == .mobilize, let o = s.prepositionalObjects(of: p.head, [Keys.of]).first,
                let side = s.side(o), side.isArmed
            {
                // "the deployment *of thousands of Russian soldiers*": the force moved acts for its
                // state.
                drafts[i].setSource(side, rule, s)
            }
        case .adjective:
            // "The officer is *guilty of* assault", "two brothers *guilty of* killing": whom a finding
            // of guilt (grammar.tsv culpable) is said of is its recipient; the court finds it.
            if s.word(p.head, .culpable) {
                let held =
                    s.tree.label(p.head) == .acomp
                    ? s.subject(of: s.tree.head(p.head))
                    : s.tree.label(p.head) == .amod
                        ? Argument(head: s.tree.head(p.head), via: s.arc("amod", p.head)) : nil
                // A conviction names a crime: violence (a draft of the clause) or an offence
                // (grammar.tsv offence); "Democrats are guilty of the same things" is an opinion, and so
                // is guilt said of a state, a party or a government ("Russia guilty of war crimes").
                let crime =
                    s.prepositionalObjects(of: p.head, [Keys.of]).first.map { o in
                        s.tree.subtree(o.head).contains { k in
                            s.word(k, .offence) || drafts.contains { $0.type == .assault && $0.predicate.head == k }
                        }
                    } ?? false
                let side = held.flatMap { s.side($0) ?? s.namedPerson($0.head, via: $0.via) }
                let official: Set<Sector> = [.government, .legislature, .party, .opposition]
                let asked = s.tree.children(s.tree.head(p.head)).contains {
                    s.tree.label($0) == .mark && s.word($0, .question)
                }
                guard crime, !asked,
                    side.map({ !$0.fromPlace && !$0.actors.contains { a in a.sector.map(official.contains) ?? false } })
                        ?? true
                else {
                    drafts[i].drop("guilt said, no conviction", rule, s)
                    return
                }
                drafts[i].setTarget(side, rule, s)
            } else if s.tree.label(p.head) == .acomp {
                drafts[i].setSource(s.subject(of: s.tree.head(p.head)).flatMap(s.side), rule, s)
            }
        }
    }

    /// "talks *between* Russia and Ukraine", "clashes *between* police and protesters": all the
    /// parties a noun trigger is between act together; there is no recipient (PLOVER manual,
    /// "Compound and Reciprocal Actors").
    static let reciprocalParties = EventRule(
        "reciprocal-parties",
        "a noun trigger without an actor: the parties after \"between\" (grammar.tsv reciprocal) are its actors (two sides fighting: once each way), or those of a hyphenated pair before a meeting or deal (\"Putin-Xi talks\")"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A noun, or a gerund used as one ("*Fighting* between the army and the RSF continued").
        let h = d.predicate.head
        guard d.source == nil, d.predicate.category == .noun || s.tree.tag(h) == .VBG && s.subject(of: h) == nil
        else { return }
        // On the noun, or "between" on the verb it is the subject of ("fighting *broke out* between
        // …"; not "support is shifting *among* Republicans").
        var preps = Array(s.tree.children(h))
        // A title-case headline read as one name ("*Clashes* Erupt Between Armenia and …"): the first
        // word is a compound of the root.
        let subjectLike =
            s.tree.label(h) == .nsubj
            || h == s.range.lowerBound && s.tree.label(h) == .compound && s.tree.isRoot(s.tree.head(h))
        if subjectLike, s.tree.firstChild(s.tree.head(h), .dobj) == nil {
            preps += s.tree.children(s.tree.head(h)).filter { s.key($0) == Keys.between }
        }
        for c in preps where s.tree.label(c) == .prep && s.word(c, .reciprocal) {
            guard let o = s.tree.firstChild(c, .pobj), let side = s.side(Argument(head: o, via: s.arc("pobj", c)))
            else { continue }
            drafts[i].setSource(side, rule, s)
            if let t = d.target, t.tokens.overlaps(side.tokens) { drafts[i].target = nil }
            // Fighting between two sides is each attacking the other; a meeting or a deal between
            // them has no recipient (PLOVER: all parties are its actors).
            if d.type == .assault, side.actors.count == 2 {
                drafts[i].mutual = true
                drafts[i].note(rule, s, "mutual: coded once each way")
            }
            return
        }
        // "*Putin-Xi* talks", "*US-China* summit": the pair written as one hyphenated modifier of a
        // meeting or a deal (not of a war: "the Russia-Ukraine war" names the conflict, not who acts).
        guard d.predicate.category == .noun, d.type == .consult || d.type == .agree || d.type == .cooperate,
            let c = s.tree.children(h).first(where: {
                s.tree.label($0) == .compound || s.tree.label($0) == .nmod || s.tree.label($0) == .amod
            }), s.slotIndex(at: c) == nil, let parties = s.hyphenatedParties(c)
        else { return }
        drafts[i].setSource(
            Side(actors: parties, tokens: c..<c + 1, head: c, via: s.arc("compound", h), kind: .government), rule, s)
        if let t = drafts[i].target, t.tokens.contains(c) { drafts[i].target = nil }
    }

    /// "300,000 Russians *were mobilized*", "reservists called up in Russia": people mobilized with
    /// no one named who mobilizes them are mobilized by their state, else by the state where it happens (PLOVER MOBILIZE: the actor
    /// is who puts forces on alert, its forces are no recipient).
    static let mobilizedPeople = EventRule(
        "mobilized-people",
        "a passive MOBILIZE with no actor: the mobilized people's state (GOV, implied) is the actor, and there is no recipient"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .mobilize, d.predicate.passive, d.source == nil, let people = d.target,
            let c = people.actors.compactMap(\.country).first(where: \.isState) ?? d.place?.country
        else { return }
        let state = CodedEvent.Actor(text: nil, country: c, sector: .government, implied: true)
        drafts[i].setSource(
            Side(
                actors: [state], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil,
                via: "implied (their state)"),
            rule, s)
        drafts[i].target = nil
        drafts[i].note(rule, s, "the mobilized \"\(s.string(tokens: people.tokens))\" are no recipient")
    }

    /// "Israel and Lebanon *reached* a deal", "Putin-Xi *talks*": a meeting, deal or partnership of
    /// two states named together is coded once each way (Israel → Lebanon, Lebanon → Israel), as
    /// fighting between two sides is. PLOVER lists both as actors with no recipient; a dyadic
    /// reading then loses who met whom, and each direction keeps every party's actor.
    static let mutualPair = EventRule(
        "mutual-pair",
        "AGREE, CONSULT or COOPERATE by exactly two actors of two different states and no recipient: coded once each way"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard [.agree, .consult, .cooperate].contains(d.type), d.target == nil, !d.mutual, let src = d.source,
            src.actors.count == 2
        else { return }
        let states = src.actors.compactMap(\.country).filter(\.isState)
        guard states.count == 2, states[0] != states[1] else { return }
        drafts[i].mutual = true
        drafts[i].note(rule, s, "mutual: coded once each way")
    }

    /// A noun naming the event takes its verb's subject and objects ("Russia *launched* an attack
    /// on …", "the envoy *held* talks with …", "rebels *engaged* troops in a firefight").
    static let lightVerb = EventRule(
        "light-verb", "a noun trigger that is a verb's object takes that verb's subject, dative or object as its actors"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.predicate.category == .noun, let v = d.lightVerb else { return }
        if d.lightVerbReceives {
            // "Pakistan received aid from China": the subject receives; "from" or "by" names who acts.
            if d.target == nil { drafts[i].setTarget(s.subject(of: v).flatMap(s.side), rule, s) }
            if drafts[i].source == nil {
                let from =
                    (s.prepositionalObjects(of: v, [Keys.from])
                    + s.prepositionalObjects(of: d.predicate.head, [Keys.from])).first
                drafts[i].setSource((s.agent(of: v) ?? from).flatMap(s.side), rule, s)
            }
            return
        }
        if d.source == nil {
            let passive = s.tree.firstChild(v, .nsubjpass) != nil || s.tree.firstChild(v, .auxpass) != nil
            var arg = passive ? s.agent(of: v) : s.subject(of: v)
            // "the police officers *involved* in the shooting": a participle of taking part
            // (grammar.tsv participation) lends the noun it describes.
            if arg == nil, !passive, s.tree.label(v) == .acl, s.tree.tag(v) == .VBN, s.word(v, .participation) {
                arg = Argument(head: s.tree.head(v), via: s.arc("acl", v))
            }
            drafts[i].setSource(arg.flatMap(s.side), rule, s)
        }
        if drafts[i].target == nil, s.lexicon.policy(d.type).objectIsRecipient {
            let source = drafts[i].source
            if let t = s.dative(of: v).flatMap(s.side) {
                drafts[i].setTarget(t, rule, s)
            } else if let o = s.directObject(of: v, outside: d.trigger), o.head != d.predicate.head,
                !s.tree.subtree(o.head).contains(d.predicate.head), let t = s.side(o),
                source.map({ !t.sameActors(as: $0) }) ?? true
            {
                drafts[i].setTarget(t, rule, s)
            }
        }
    }

    /// "talks *with* X", "an attack *on* X", "aid *to* X": the recipient after a preposition the
    /// trigger (its `events.tsv` row) or its type (`types.tsv`) names.
    static let recipientPreposition = EventRule(
        "recipient-preposition",
        "no recipient yet: the object of a preposition the trigger's row or type names (with, on, against, to …)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.type != .migrate else { return }
        // A trigger read in another type's sense ("strikes on rebels" in a war: ASSAULT, not a labour
        // PROTEST) takes that type's prepositions.
        let preps =
            d.type == d.pattern.type
            ? s.lexicon.recipientPrepositions(for: d.pattern) : s.lexicon.policy(d.type).recipientPrepositions
        guard !preps.isEmpty else { return }
        // "Richard Allen, *accused* of the murders of …": a passive whose own subject is a person
        // named in full has that person as its recipient, not someone inside what they are
        // accused of.
        if d.predicate.category == .verb, d.predicate.passive, let ps = s.passiveSubject(of: d.predicate.head),
            let person = s.namedPerson(ps.head, via: ps.via)
        {
            drafts[i].setTarget(person, rule, s)
            return
        }
        // A preposition that ends the trigger phrase governs its recipient ("Zelensky *rails
        // against* Russia at the United Nations", "*took a jab at* Uganda's leader"), before any
        // other phrase of the verb.
        for t in d.trigger where t != d.predicate.head && s.tree.tag(t) == .IN && preps.contains(s.key(t)) {
            guard let o = s.tree.firstChild(t, .pobj) else { continue }
            let arg = Argument(head: o, via: s.arc("pobj", t))
            if let side = s.side(arg) ?? s.firstActor(inPhrase: o, via: arg.via, skipping: d.source),
                d.source.map({ !side.sameActors(as: $0) || side.tokens != $0.tokens }) ?? true
            {
                drafts[i].setTarget(side, rule, s)
                return
            }
        }
        // The trigger's own words may carry the preposition ("shared evidence *with* the U.S.").
        var heads = [d.predicate.head] + d.trigger.filter { $0 != d.predicate.head }
        if let v = d.lightVerb { heads.append(v) }
        for h in heads {
            for o in s.prepositionalObjects(of: h, preps) + s.purposeObjects(of: h, preps) {
                let side =
                    s.side(o) ?? s.firstActor(inPhrase: o.head, via: o.via, skipping: d.source)
                    ?? (s.lexicon.policy(d.type).placeIsRecipient ? s.placeSide(inPhrase: o.head, via: o.via) : nil)
                if let side, d.source.map({ !side.sameActors(as: $0) || side.tokens != $0.tokens }) ?? true {
                    drafts[i].setTarget(side, rule, s)
                    return
                }
            }
        }
    }

    /// PLOVER MOBILIZE: the recipient is whom the force is readied against "if that is clear": the
    /// other side of the conflict the move answers ("put its navy on alert *amid tensions with
    /// Turkey*", "moved troops to the border *after a clash with Indian forces*").
    static let mobilizationAdversary = EventRule(
        "mobilization-adversary",
        "MOBILIZE without a recipient: the other party of the conflict in its background phrase (amid tensions with X, after a clash with X)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .mobilize, d.target == nil else { return }
        for h in Set([d.clause, d.predicate.head]) {
            for p in s.tree.children(h) where s.tree.label(p) == .prep && s.word(p, .background) {
                guard let o = s.tree.firstChild(p, .pobj), s.word(o, .conflict) else { continue }
                for w in s.prepositionalObjects(of: o, [Keys.with]) {
                    guard let side = s.side(w) ?? s.firstActor(inPhrase: w.head, via: w.via, skipping: d.source),
                        d.source.map({ !side.sameActors(as: $0) }) ?? true
                    else { continue }
                    drafts[i].setTarget(side, rule, s)
                    return
                }
            }
        }
    }

    /// "lifted embargoes on sales *to Iran*", "shelled *Juba*": an actor or a place inside the
    /// object's phrase.
    static let objectPhrase = EventRule(
        "object-phrase",
        "no recipient yet: the first actor inside the object's phrase, or the place it names for types whose recipient is the place"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.type != .migrate, d.pattern.hasTarget || d.pattern.kind == .request else { return }
        let v = d.predicate.category == .verb ? d.predicate.head : d.lightVerb
        // The object may be the actor's own ("recalled *its* ambassador to Turkey"): the actor inside its
        // phrase that is not the actor is the recipient.
        guard s.lexicon.policy(d.type).objectIsRecipient, let v, let o = s.directObject(of: v, outside: d.trigger),
            o.head != d.predicate.head
        else { return }
        if let side = s.firstActor(inPhrase: o.head, via: o.via, skipping: d.source) {
            drafts[i].setTarget(side, rule, s)
        } else if let a = s.objectAgent(of: v), let side = s.side(a),
            d.source.map({ !side.sameActors(as: $0) }) ?? true
        {
            drafts[i].setTarget(side, rule, s)
        } else if s.lexicon.policy(d.type).placeIsRecipient, let side = s.placeSide(inPhrase: o.head, via: o.via) {
            drafts[i].setTarget(side, rule, s)
        }
    }

    /// "rejected an *Australian* ultimatum", "agreed to provide aid *for Romania*", "threatened to
    /// send *the protesters* to …": an event about another takes that one's party as recipient.
    static let complementRecipient = EventRule(
        "complement-recipient",
        "no recipient yet: the recipient (else the actor) of the trigger or infinitive this event is about"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A threat's recipient is never its own clause's actor (`threat-recipient` looked).
        guard d.target == nil, d.complementOf == nil, s.threatClause(of: d) == nil else { return }
        // The events this one is about; where one of them is a verb whose object is a trigger of its
        // own type, that object too: they are one event ("agreed to *provide* … *aid* for Romania").
        var about = drafts.indices.filter { drafts[$0].complementOf == i }
        for j in about {
            about += drafts.indices.filter {
                drafts[$0].complementOf == j && drafts[$0].type == drafts[j].type && !about.contains($0)
            }
        }
        for j in about {
            let c = drafts[j]
            // An accusation's recipient is who did the act it is about ("charged that Serbian troops
            // massacred civilians"): the content's actor before its recipient.
            if d.type == .accuse, let a = c.source, d.source.map({ !a.sameActors(as: $0) }) ?? true {
                var a = a
                a.via += " ←complement"
                drafts[i].setTarget(a, rule, s)
                return
            }
            // A legal act is against the accused, never the victims of the crime it is for ("a
            // sentence for the murder *of two women*").
            if let t = c.target, d.source.map({ !t.sameActors(as: $0) }) ?? true, !d.isLegalAct || d.type == .accuse {
                var t = t
                t.via += " ←complement"
                drafts[i].setTarget(t, rule, s)
                return
            }
            // Not the same state's own forces ("the military made gains … reclaimed by *Ukrainian
            // forces*"): they act with it, not against it.
            if let a = c.source, d.source.map({ !a.sameActors(as: $0) && !a.sameForces(as: $0) }) ?? true {
                var a = a
                a.via += " ←complement"
                drafts[i].setTarget(a, rule, s)
                return
            }
            if c.predicate.category == .noun, let n = s.nationalityModifier(of: c.predicate.head),
                d.source.map({ !n.sameActors(as: $0) }) ?? true
            {
                drafts[i].setTarget(n, rule, s)
                return
            }
        }
        // An infinitive that is no trigger of its own: its object ("threatened to send the protesters").
        guard let x = s.tree.firstChild(d.predicate.head, .xcomp) else { return }
        // A trigger read in another type's sense ("strikes on rebels" in a war: ASSAULT, not a labour
        // PROTEST) takes that type's prepositions.
        let preps =
            d.type == d.pattern.type
            ? s.lexicon.recipientPrepositions(for: d.pattern) : s.lexicon.policy(d.type).recipientPrepositions
        // An actor as object first ("threatened to send *the protesters* to the front"), else the
        // indirect object ("offered to provide asylum *to the Russians*"), else a preposition's.
        if let o = s.directObject(of: x, outside: d.trigger), !s.isOwn(o.head), let t = s.side(o),
            d.source.map({ !t.sameActors(as: $0) }) ?? true
        {
            drafts[i].setTarget(t, rule, s)
            return
        }
        let candidates =
            [s.dative(of: x), s.directObject(of: x, outside: d.trigger)]
            + s.prepositionalObjects(of: x, preps).map { Optional($0) }
        for case let o? in candidates {
            if let t = s.side(o) ?? s.firstActor(inPhrase: o.head, via: o.via, skipping: d.source),
                d.source.map({ !t.sameActors(as: $0) }) ?? true
            {
                drafts[i].setTarget(t, rule, s)
                return
            }
        }
    }

    /// "demanded that the US cancel …", "urged that Congress act": the subject of a request's
    /// complement clause is whom the request is addressed to.
    static let requestClause = EventRule(
        "request-clause",
        "REQUEST or ACCUSE without a recipient: the subject of its complement clause (urged that X …, charged that X …)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.type == .request || d.type == .accuse || d.pattern.kind == .request else { return }
        // The clause: the verb's complement, or a that-clause on a demand noun ("its demands *that*
        // Burundi's government grant …").
        // (The parser may hang it on the verb the noun's preposition depends on: "insisted on its
        // demands *that* …".)
        func isClause(_ c: Int) -> Bool {
            let l = s.tree.label(c)
            return l == .ccomp
                || (l == .acl || l == .advcl)
                    && s.tree.children(c).contains { s.tree.label($0) == .mark && s.key($0) == Keys.that }
        }
        var owners = [d.clause, d.predicate.head]
        let h = d.predicate.head
        if d.predicate.category == .noun, s.tree.label(h) == .pobj { owners.append(s.tree.head(s.tree.head(h))) }
        if let c = owners.flatMap({ Array(s.tree.children($0)) }).first(where: isClause),
            let subj = s.subject(of: c) ?? s.passiveSubject(of: c), let side = s.side(subj),
            d.source.map({ !side.sameActors(as: $0) }) ?? true
        {
            drafts[i].setTarget(side, rule, s)
            // A that-clause of a demand tells what was demanded, not what happened.
            if s.tree.label(c) != .ccomp { markContent(s.tree.subtree(c)) }
            return
        }
        func markContent(_ clause: Range<Int>) {
            for j in drafts.indices where j != i && drafts[j].complementOf == nil {
                // (A participle describing a noun tells a state that holds already: "the *detained*
                // journalists", "documents *seized* from his estate".)
                let k = drafts[j].predicate.head
                let describes = s.tree.label(k) == .amod || s.tree.label(k) == .acl && s.tree.tag(k) == .VBN
                if clause.contains(k), !describes {
                    drafts[j].complementOf = i
                    drafts[j].note(rule, s, "content of \"\(s.string(tokens: d.trigger))\" (that-clause)")
                }
            }
        }
        // "demanded that Afghanistan's government *hand* over …": the parser often misreads a
        // subjunctive verb as a noun and "that" as a preposition; the first actor after "that" is
        // still the clause's subject.
        for h in Set([d.predicate.head, d.clause]) {
            for c in s.tree.children(h) where s.tree.label(c) == .prep && s.key(c) == Keys.that {
                guard let o = s.tree.firstChild(c, .pobj),
                    let side = s.firstActor(inPhrase: o, via: s.arc("pobj", c), skipping: d.source)
                        ?? s.side(Argument(head: o, via: s.arc("pobj", c)))
                else { continue }
                if d.source.map({ !side.sameActors(as: $0) }) ?? true {
                    drafts[i].setTarget(side, rule, s)
                    // What was demanded has not happened: a trigger in the clause is the demand's content.
                    markContent(s.tree.subtree(c))
                    return
                }
            }
        }
    }

    /// "98,000 Russians had entered … and an estimated 64,000 had left": a number standing as
    /// subject counts the people of the sentence's previous event.
    static let numberSubject = EventRule(
        "number-subject", "no actor yet and the subject is a bare number: the previous event's actor in the sentence"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.predicate.category == .verb, let subj = s.subject(of: d.predicate.head),
            s.tree.tag(subj.head) == .CD
        else { return }
        guard let prev = drafts[..<i].last(where: { $0.isLive && $0.source != nil }), var side = prev.source else {
            return
        }
        side.via = "nsubj(\(s.string(d.predicate.head))) = number, ←previous event"
        side.tokens = subj.head..<(subj.head + 1)
        drafts[i].setSource(side, rule, s)
    }

    /// "Palestinian riots", "Israeli air raids": a nationality adjective on a noun trigger names
    /// who acted.
    static let nationalityModifier = EventRule(
        "nationality-modifier",
        "a noun trigger without an actor: a nationality adjective or country name modifying it, or opening the trigger phrase"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil else { return }
        // "*Russian* Strikes Batter Kyiv": a trigger phrase that opens with a nationality (events.tsv
        // "russian strikes") names its actor, however a Title Case headline was parsed.
        if d.trigger.count > 1, let c = s.nationality(d.trigger.lowerBound) {
            let t = d.trigger.lowerBound
            let a = CodedEvent.Actor(text: s.string(t), country: c, sector: nil)
            drafts[i].setSource(Side(actors: [a], tokens: t..<(t + 1), head: t, via: "trigger word"), rule, s)
            return
        }
        guard d.predicate.category == .noun, let n = s.nationalityModifier(of: d.predicate.head, trigger: d.trigger)
        else {
            return
        }
        drafts[i].setSource(n, rule, s)
    }
}

extension SentenceContext {
    /// Whether a noun is the subject's own ("withdraw *its* troops", "deployed *their* forces"): a
    /// possessive pronoun on it.
    func isOwn(_ n: Int) -> Bool {
        tree.children(n).contains { tree.label($0) == .poss && tree.tag($0) == .PRPS }
    }

    /// A nationality adjective or a country name modifying a noun ("*Russian* strikes"), as a side.
    func nationalityModifier(of n: Int, trigger: Range<Int> = 0..<0) -> Side? {
        for c in tree.children(n) where tree.label(c) == .amod || tree.label(c) == .compound || tree.label(c) == .nmod {
            if let country = nationality(c) {
                let a = CodedEvent.Actor(text: string(c), country: country, sector: nil)
                return Side(actors: [a], tokens: c..<(c + 1), head: c, via: arc(tree.label(c).description, n))
            }
        }
        // "Russian *missile* strikes" (the trigger's own word), "Russian missile and drone strikes":
        // the adjective stands on a noun modifier that is part of the trigger or the first of two
        // coordinated ones, and so on the event (not "the Russian *embassy* attack").
        for c in tree.children(n) where tree.label(c) == .compound || tree.label(c) == .nmod {
            guard trigger.contains(c) || tree.children(c).contains(where: { tree.label($0) == .conj }) else { continue }
            for g in tree.children(c) where g < c && tree.label(g) == .amod {
                if let country = nationality(g) {
                    let a = CodedEvent.Actor(text: string(g), country: country, sector: nil)
                    return Side(actors: [a], tokens: g..<(g + 1), head: g, via: arc("amod", c))
                }
            }
        }
        return nil
    }
}

extension SentenceContext {
    /// The actors a hyphenated word names, one per part, when every part is a country or a named
    /// actor written as a name ("Putin-Xi", "US-China"; not "anti-war" or "Russia-backed").
    func hyphenatedParties(_ i: Int) -> [CodedEvent.Actor]? {
        let word = string(i)
        let parts = word.split(separator: "-")
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        var out: [CodedEvent.Actor] = []
        for part in parts {
            guard let f = part.first, f.isUppercase else { return nil }
            let upper = part.allSatisfy { !$0.isLetter || $0.isUppercase }
            var found: CodedEvent.Actor?
            for p in lexicon.automaton.single(TokenKey.of(part)) where p.rule != .upper || upper {
                switch p.target {
                case .countryName(let k):
                    found = CodedEvent.Actor(
                        text: String(part), country: lexicon.data.countries[k].code, sector: .government)
                case .actor(let k):
                    let a = lexicon.data.actors[k]
                    guard a.spells.isEmpty else { continue }
                    found = CodedEvent.Actor(text: String(part), country: a.country, sector: a.sector, name: a.name)
                default: continue
                }
                break
            }
            guard let a = found else { return nil }
            out.append(a)
        }
        return out
    }
}
