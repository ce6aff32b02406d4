import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "X warned that it would retaliate", "cautioned Israel that his guerrillas would fire
    /// rockets": a warning whose clause tells the speaker's own future or conditional act is a
    /// threat (PLOVER THREATEN), not a report; the acts in that clause are its content, not events
    /// that happened.
    static let warningThreat = EventRule(
        "warning-threat",
        "a warning (THREATEN, reporting-weak) whose clause tells its subject's own future or conditional act is a threat; the clause is its content"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard let clause = s.threatClause(of: d) else { return }
        drafts[i].note(rule, s, "threat: \"\(s.string(clause))\" is the speaker's own act")
        for j in drafts.indices where j != i && drafts[j].isPeer && drafts[j].complementOf == nil {
            guard s.isThreatened(drafts[j].predicate.head, by: clause) else { continue }
            drafts[j].complementOf = i
            drafts[j].note(rule, s, "content of the threat \"\(s.string(tokens: d.trigger))\"")
        }
    }

    /// "The U.S. Embassy *warned* all Americans to leave Russia", "police warn the public to keep
    /// away": a warning that tells someone what to do (an infinitive after its object) urges it
    /// (PLOVER REQUEST); only a warning of the warner's own act to come is a threat.
    static let warningAdvice = EventRule(
        "warning-advice",
        "a warning verb (THREATEN) with an object and an infinitive telling that object what to do, and no threat clause, is REQUEST"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .threaten, d.predicate.category == .verb, !d.predicate.passive, s.threatClause(of: d) == nil,
            let x = s.tree.children(v).first(where: {
                s.tree.label($0) == .xcomp && s.tree.children($0).contains { s.tree.tag($0) == .TO }
            })
        else { return }
        // The one told: the warning's object, or (as the parser often attaches it) the infinitive's subject.
        guard let told = s.tree.firstChild(v, .dobj) ?? s.tree.firstChild(x, .nsubj) else { return }
        drafts[i].type = .request
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type THREATEN → REQUEST (tells its object to \"\(s.string(x))\")")
        if let side = s.side(Argument(head: told, via: s.arc("dobj", v))) { drafts[i].setTarget(side, rule, s) }
    }

    /// The recipient of a threat whose clause names none of the triggers' recipients: the first
    /// actor in the threatened act's phrases ("would never renounce force to reunify *Taiwan*").
    static let threatRecipient = EventRule(
        "threat-recipient",
        "a warning threat without a recipient: the recipient of an act it threatens, else the first actor of another country inside its clause"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, let clause = s.threatClause(of: d) else { return }
        let own = s.subject(of: clause)
        let source = d.source
        let ownCountries = Set((source?.actors ?? []).compactMap(\.country))
        func other(_ side: Side) -> Bool {
            let c = Set(side.actors.compactMap(\.country))
            return !c.isEmpty && c.isDisjoint(with: ownCountries)
        }
        // The recipient of an act it threatens ("would impose sanctions *on Seoul*").
        for j in drafts.indices where drafts[j].complementOf == i {
            if let t = drafts[j].target, other(t) {
                var t = t
                t.via += " ←threatened act"
                drafts[i].setTarget(t, rule, s)
                return
            }
        }
        for slot in s.slots where s.tree.subtree(clause).contains(slot.tokens.lowerBound) {
            if let own, slot.tokens.contains(own.head) { continue }
            if let p = slot.preposition, s.lexicon.grammar.contains(.locative, p) { continue }
            let side = Side(slot: slot, via: "actor inside the threat's clause")
            if !other(side) || source.map({ side.tokens.overlaps($0.tokens) }) ?? false { continue }
            drafts[i].setTarget(side, rule, s)
            return
        }
    }
}

extension EventRule {
    /// The acts a warning can be of that make it more than advice: attacks, coercion, threats,
    /// mobilisation and sanctions (`warned-act`, `hazard-warning`).
    static let hostileTypes: Set<EventType> = [.assault, .coerce, .threaten, .mobilize, .sanction]

    /// "Zelensky *warns of* more Russian attacks", "Ukraine *warned* that Russia plans to blow up
    /// the dam": a warning (grammar.tsv warning) of a hostile act that another actor would do
    /// threatens nothing; it accuses that actor (PLOVER ACCUSE, mode allege). A warning of the
    /// speaker's own act stays a threat (`warning-threat`).
    static let warnedAct = EventRule(
        "warned-act",
        "a warning (THREATEN, grammar.tsv warning) whose content is a hostile act (ASSAULT, COERCE, THREATEN, MOBILIZE, SANCTION) by an actor of another country, not the speaker's own act: ACCUSE/allege against that actor"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .threaten, d.trigger.contains(where: { s.word($0, .warning) }), !d.predicate.passive,
            s.threatClause(of: d) == nil, let own = d.source
        else { return }
        let ownCountries = Set(own.actors.compactMap(\.country))
        for j in drafts.indices where drafts[j].complementOf == i {
            let c = drafts[j]
            guard Self.hostileTypes.contains(c.pattern.type), let doer = c.source,
                !doer.actors.isEmpty, !doer.actors.contains(where: \.implied),
                doer.actors.allSatisfy({ $0.country.map { !ownCountries.contains($0) } ?? false })
            else { continue }
            drafts[i].type = .accuse
            drafts[i].mode = "allege"
            drafts[i].note(
                rule, s, "type THREATEN → ACCUSE/allege (warns of \"\(s.string(tokens: c.trigger))\" by another)")
            var t = doer
            t.via += " ←warned act"
            drafts[i].setTarget(t, rule, s)
            return
        }
    }

    /// "Officials are *warning* Floridians that the storm will cause a catastrophic surge", "Biden
    /// *warns* Hurricane Ian could be the deadliest storm": a warning of a storm, a flood or an
    /// accident (grammar.tsv mishap) that names no hostile act threatens no one; it is advice.
    static let hazardWarning = EventRule(
        "hazard-warning",
        "a warning (THREATEN, grammar.tsv warning) in a sentence that names a natural hazard or an accident (grammar.tsv mishap) and whose content is no hostile act: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .threaten, d.trigger.contains(where: { s.word($0, .warning) }),
            let w = s.range.first(where: { !d.trigger.contains($0) && s.word($0, .mishap) })
        else { return }
        let hostile = drafts.indices.contains { j in
            j != i && drafts[j].dropped == nil
                && Self.hostileTypes.contains(drafts[j].pattern.type)
        }
        // (A warning to looters or gunmen is still a threat: "issued a stark warning to any looters as
        // the storm hit".)
        let foes: Set<Sector> = [.criminals, .rebels, .unidentifiedArmedForces]
        guard !hostile, !(d.target?.actors.contains { $0.sector.map(foes.contains) ?? false } ?? false) else { return }
        drafts[i].drop("a warning of a hazard (\"\(s.string(w))\")", rule, s)
    }

    /// "… unless *Washington lifts* sanctions", "if *Israel attacks*": the act a condition names
    /// is neither reported nor announced; it is what another event depends on.
    static let conditionClause = EventRule(
        "condition-clause", "a trigger in a clause marked by a condition (if, unless) is no event of its own"
    ) { drafts, i, s, rule in
        var x = drafts[i].clause
        // A noun that is the subject or object of the clause's verb ("if *the strikes* continued").
        if drafts[i].predicate.category == .noun, [.nsubj, .nsubjpass, .dobj].contains(s.tree.label(x)) {
            x = s.tree.head(x)
        }
        for _ in 0..<3 {
            if s.tree.label(x) == .advcl,
                let m = s.tree.children(x).first(where: { s.tree.label($0) == .mark && s.word($0, .conditionMark) })
            {
                drafts[i].drop("condition (\"\(s.string(m))\")", rule, s)
                return
            }
            // Through an infinitive or a conjunct inside the condition ("if it decides to attack").
            guard [.xcomp, .conj].contains(s.tree.label(x)), s.tree.head(x) != x else { return }
            x = s.tree.head(x)
        }
    }
}

extension SentenceContext {
    /// Whether a token belongs to the threatened act itself: inside the clause, not in a clause of
    /// its own there ("would confront the enemies *as protests rage*" tells the protests as fact).
    func isThreatened(_ x: Int, by clause: Int) -> Bool {
        var k = x
        while k != clause {
            if [.advcl, .relcl, .acl, .parataxis].contains(tree.label(k)) { return false }
            let h = tree.head(k)
            if h == k { return false }
            k = h
        }
        return true
    }

    /// The clause of a warning that threatens: a THREATEN verb of the reporting-weak class with a
    /// complement clause whose verb is the warner's act to come (a `threat-modal` auxiliary: will,
    /// would), is an act (no `attr`/`acomp`: "it would be a mistake" is no threat) and whose
    /// subject is the warner's own side (a pronoun that fits the warner, or an actor of the same
    /// country: "Li Peng warned that *Beijing* would …"), or whose object is a response the act
    /// would meet ("warned that any attack would face a *determined response*").
    func threatClause(of d: EventDraft) -> Int? {
        let v = d.predicate.head
        guard d.type == .threaten, d.predicate.category == .verb, word(v, .reportingWeak),
            let c = tree.children(v).first(where: { tree.label($0) == .ccomp }), tree.tag(c).isVerb,
            !tree.children(c).contains(where: { [.attr, .acomp, .expl].contains(tree.label($0)) }),
            tree.children(c).contains(where: { tree.label($0) == .aux && word($0, .threatModal) }),
            let subj = subject(of: c), let warner = subject(of: v).flatMap(side)
        else { return nil }
        // "warned that any attack would face a *determined response*": what an act would meet is
        // the warner's response (grammar.tsv retaliation).
        if tree.children(c).contains(where: { tree.label($0) == .dobj && word($0, .retaliation) }) {
            return c
        }
        // A pronoun for the warner: "it" for a state or an organisation, "he"/"she" for a person,
        // "they" for a group or several, "we" for anyone ("Biden warned *it* would …" is not his act).
        let person = warner.kind == .person && warner.actors.count == 1
        if word(subj.head, .firstPerson) || word(subj.head, .personPronoun) && person
            || word(subj.head, .thingPronoun) && !person && warner.kind != .group
            || word(subj.head, .groupPronoun) && !person
        {
            return c
        }
        guard let own = side(subj) else { return nil }
        let a = Set(own.actors.compactMap(\.country))
        let b = Set(warner.actors.compactMap(\.country))
        return !a.isEmpty && !a.isDisjoint(with: b) ? c : nil
    }
}

extension EventRule {
    /// "a heat wave *threatens* power outages", "energy prices, *threatening* supply": a threatening
    /// verb with no actor as its subject and an object that is no actor, place or act tells a
    /// danger, not a threat someone makes.
    static let endangerSense = EventRule(
        "endanger-sense",
        "a THREATEN verb (not a warning) whose subject is no actor (or that is a participle adjunct) and whose direct object is no actor, place or event trigger tells a danger: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .threaten, d.predicate.category == .verb, d.trigger.count == 1,
            !s.word(d.predicate.head, .reportingWeak)
        else { return }
        let v = d.predicate.head
        func isParty(_ h: Int) -> Bool {
            s.mentions.actors.contains { $0.tokens.contains(h) } || s.side(Argument(head: h, via: "")) != nil
                || s.personName(h) != nil || s.mentions.places.contains { $0.tokens.contains(h) }
                // "threatening her *family*", "threatens the *city*": people or a homeland.
                || s.isRoleWord(h) || s.word(h, .homeland)
        }
        // Its subject: its own, or that of the verb it is coordinated with ("accuses … and
        // threatens"); a participle adjunct (", threatening supply") has none but the clause.
        var h = v
        while s.tree.label(h) == .conj, s.tree.firstChild(h, .nsubj) == nil, s.tree.head(h) != h { h = s.tree.head(h) }
        let subject = s.tree.firstChild(h, .nsubj)
        let adjunct = s.tree.tag(h) == .VBG && [.advcl, .xcomp, .acl].contains(s.tree.label(h))
        guard let o = s.tree.firstChild(v, .dobj), !isParty(o),
            !drafts.contains(where: { $0.trigger.contains(o) || $0.predicate.head == o }),
            subject.map({ !isParty($0) }) ?? adjunct
        else { return }
        drafts[i].drop("endangers \"\(s.string(o))\" (no actor threatens, no actor, place or act threatened)", rule, s)
    }
}

extension EventRule {
    /// "Republicans are *a threat* to democracy", "paints Russia *as a threat*": a threat noun that
    /// says what someone is (a copula's predicate, or after "as") characterises them; no threat is
    /// made.
    static let threatCharacter = EventRule(
        "threat-character",
        "a THREATEN noun that is a copula's predicate or the object of \"as\" characterises its subject; one a danger verb takes (grammar.tsv danger: poses, raises, under) or \"from\" someone is a danger: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .threaten, d.predicate.category == .noun else { return }
        let n = d.predicate.head
        let h = s.tree.head(n)
        if s.tree.label(n) == .attr || s.tree.label(n) == .pobj && h != n && s.key(h) == Keys.as {
            drafts[i].drop("says what its subject is (\"\(s.string(h)) … \(s.string(n))\")", rule, s)
            return
        }
        // "*poses* a threat", "*raises* the threat of violence", "*under* threat", "a threat *from*
        // Russia": a danger, not words said (grammar.tsv danger).
        if h != n, s.tree.label(n) == .dobj || s.tree.label(n) == .pobj, s.word(h, .danger) {
            drafts[i].drop("a danger (\"\(s.string(h)) … \(s.string(n))\")", rule, s)
            return
        }
        // (Threats *from* a person named are words: "threats from Russian President Vladimir Putin".)
        if let from = s.tree.children(n).first(where: { c in s.tree.label(c) == .prep && s.key(c) == Keys.from }),
            !s.tree.children(n).contains(where: { s.tree.label($0) == .poss }),
            !(s.tree.firstChild(from, .pobj).flatMap { s.slotIndex(at: $0) }.map { s.slots[$0].kind == .person }
                ?? false)
        {
            drafts[i].drop("a danger from someone (\"\(s.string(n)) from\")", rule, s)
        }
    }
}
