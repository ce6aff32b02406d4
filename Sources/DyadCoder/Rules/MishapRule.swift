import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "killed in a plane *crash*", "a *stampede* killed 130", "injured in the *storm*": deaths
    /// and injuries caused by an accident or a disaster are no attack (PLOVER events have actors).
    static let mishap = EventRule(
        "mishap",
        "ASSAULT, COERCE or PROTEST caused by an accident or disaster (grammar.tsv mishap: crash, crush, storm …) named as its subject, agent or in its own phrase, or (nobody acting) after it, or by a vehicle as subject or agent, or an ASSAULT by an explosion or a fire at works (grammar.tsv detonation, facility) in a sentence naming no weapon, is no event; nor is a toll (harm: killed, injured …) with nobody acting in a story whose lead or sentence names an accident or an animal"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A protest too: "one of the worst typhoons ever to *strike* Japan".
        guard d.type == .assault || d.type == .coerce || d.type == .protest else { return }
        // The head of "a plane *crash*", "the crowd *crush*", or a named disaster ("*Hurricane* Ian").
        // Not an attack noun with a figurative modifier ("a *lightning* offensive").
        // "an *explosion* at a gas station", "a blast inside a coal mine": an explosion or a fire at
        // works or of a fuel (grammar.tsv detonation, facility), in a sentence that names no
        // weapon or attack besides it, is an accident.
        // (The sentence is scanned for weapons only when a blast word is met.)
        func atWorks(_ n: Int) -> Bool {
            d.type == .assault && s.word(n, .detonation) && s.tree.subtree(n).count <= 12
                && s.tree.subtree(n).contains(where: { s.word($0, .facility) })
                && !s.range.contains { k in s.word(k, .armedConflict) && !s.word(k, .detonation) }
        }
        func isMishap(_ n: Int) -> Bool {
            if s.word(n, .mishap) || atWorks(n) { return true }
            // "*one of* the worst typhoons ever to strike Japan", "a *series of* earthquakes".
            if s.tree.tag(n) == .CD || s.word(n, .partitive),
                let of = s.tree.children(n).first(where: { s.tree.label($0) == .prep && s.key($0) == Keys.of }),
                let o = s.tree.firstChild(of, .pobj), s.word(o, .mishap)
            {
                return true
            }
            // "injured in *a fire* at his garage", "*Fire* at a market kills 12": a blaze word
            // (grammar.tsv blaze) as a plain noun with an article or opening a headline, and no
            // modifier ("killed by *Russian* fire", "*sniper* fire" are gunfire).
            if s.tree.tag(n).isNoun, s.word(n, .blaze),
                s.tree.firstChild(n, .det) != nil || n == s.range.lowerBound,
                !s.tree.children(n).contains(where: { [.amod, .compound, .poss, .nmod].contains(s.tree.label($0)) })
            {
                return true
            }
            guard s.tree.children(n).contains(where: { s.tree.label($0) == .compound && s.word($0, .mishap) }) else {
                return false
            }
            return !drafts.contains { $0.type == .assault && $0.predicate.head == n }
        }
        // "6.8 magnitude *earthquake strikes*": a noun trigger modified by a disaster names it.
        if d.predicate.category == .noun, d.type != .assault,
            s.tree.children(d.predicate.head).contains(where: { s.tree.label($0) == .compound && isMishap($0) })
        {
            drafts[i].drop("a disaster's \"\(s.string(d.predicate.head))\"", rule, s)
            return
        }
        // "Ireland gas station *explosion*", "Turkish mine *explosion*": the blast itself.
        if d.predicate.category == .noun, atWorks(d.predicate.head) {
            drafts[i].drop("an accident at works (\"\(s.string(d.predicate.head))\")", rule, s)
            return
        }
        var heads = [d.predicate.head]
        if d.clause != d.predicate.head { heads.append(d.clause) }
        // "a fighter jet *crashed* into a building, *killing* both pilots": the participle tells
        // what the accident did.
        let p = d.predicate.head
        // So does one joined to the accident's own participle ("went down …, *crashing* near a
        // building and *killing* four").
        // "A missile *malfunctioned and exploded*": a verb joined to the accident's own verb too, when
        // no actor is its subject ("suspects tried to overdose *and kill* a woman" acted).
        let thingSubject = s.subject(of: s.tree.head(p)).map { s.side($0) == nil } ?? true
        if (s.tree.label(p) == .advcl || s.tree.label(p) == .conj) && s.tree.tag(p) == .VBG
            || s.tree.label(p) == .conj && s.tree.tag(p).isVerb && thingSubject,
            isMishap(s.tree.head(p))
        {
            drafts[i].drop("caused by \"\(s.string(s.tree.head(p)))\"", rule, s)
            return
        }
        // "was killed … *after* a Honda *crashed* into his truck", "killed after a two-car *crash*": with
        // nobody acting, a death after an accident is the accident's (an attack *after* a crash,
        // with its attacker, stays an attack). An arrest over a crash is for it ("Man *arrested over*
        // helicopter crash death"): a legal act stays.
        if d.source == nil, d.predicate.category == .verb, !d.isLegalAct {
            for c in s.tree.children(p) {
                let l = s.tree.label(c)
                if l == .advcl,
                    isMishap(c) || s.tree.children(c).contains(where: { s.tree.label($0) == .nsubj && isMishap($0) })
                {
                    drafts[i].drop("after \"\(s.string(c))\"", rule, s)
                    return
                }
                if l == .prep, s.word(c, .background), let o = s.tree.firstChild(c, .pobj), isMishap(o) {
                    drafts[i].drop("after \"\(s.string(o))\"", rule, s)
                    return
                }
            }
        }
        for h in heads {
            // Through a relative clause or a conjunct ("a crash *that killed* five", "the outbreak has
            // infected 230 and *killed* 29").
            // A vehicle only as the subject of the trigger verb itself ("a truck killed …", not
            // "fire trucks responded to an explosion").
            let own = h == d.predicate.head && d.predicate.category == .verb
            if let subj = s.subject(of: h)?.head, isMishap(subj) || own && s.word(subj, .vehicle) {
                drafts[i].drop("caused by \"\(s.string(subj))\"", rule, s)
                return
            }
            // "the destruction caused *by Storm Roslyn* has killed": a disaster named inside a short
            // subject of the trigger verb itself.
            if own, let subj = s.subject(of: h)?.head, s.tree.subtree(subj).count <= 8,
                let m = s.tree.subtree(subj).first(where: { isMishap($0) && !d.trigger.contains($0) })
            {
                drafts[i].drop("caused by \"\(s.string(m))\"", rule, s)
                return
            }
            // "the *destruction* caused by Storm Roslyn": a noun trigger whose own short phrase names
            // the disaster.
            if h == d.predicate.head, d.predicate.category == .noun, s.tree.subtree(h).count <= 10,
                let m = s.tree.subtree(h).first(where: {
                    isMishap($0) && !d.trigger.contains($0)
                        && !(s.tree.head($0) == h && [.amod, .compound].contains(s.tree.label($0)))
                })
            {
                drafts[i].drop("caused by \"\(s.string(m))\"", rule, s)
                return
            }
            // "in a crash", "by the storm"; not background ("an attack *following* the crash").
            for c in s.tree.children(h)
            where s.tree.label(c) == .prep && !s.word(c, .background) || s.tree.label(c) == .agent {
                // A vehicle only as the agent ("killed by a truck", not "fired at a truck").
                // "killed by a police *car* driving at 62mph": the agent a gerund's subject.
                let o =
                    s.tree.firstChild(c, .pobj)
                    ?? s.tree.firstChild(c, .pcomp).flatMap { s.tree.firstChild($0, .nsubj) }
                if let o, isMishap(o) || s.tree.label(c) == .agent && s.word(o, .vehicle) {
                    drafts[i].drop("caused by \"\(s.string(o))\"", rule, s)
                    return
                }
            }
        }
        // "India bridge *collapse* kills at least 132 … Officials say at least 132 people *were
        // killed*": with nobody acting, a toll (grammar.tsv harm) in a story whose lead or own
        // sentence names an accident, or an animal ("kangaroo attack … man is killed"), is theirs.
        // Nobody acting: no actor as by-agent, possessor or subject of an active verb ("was killed by
        // his girlfriend" has someone acting; "the tidal wave which killed 150,000" has not).
        let doer =
            s.agent(of: p)
            ?? s.tree.firstChild(p, .poss).map { Argument(head: $0, via: "poss") }
            ?? (!d.predicate.passive && d.predicate.category == .verb ? s.subject(of: p) : nil)
        let acting = doer.flatMap(s.side).map { !$0.actors.isEmpty } ?? false
        if d.type == .assault, !acting, s.word(p, .harm) {
            let lead = s.text.sentences.first?.tokens ?? s.range
            if let m = (Array(lead) + Array(s.range)).first(where: {
                s.tokens[$0].key != s.key(p)
                    && (s.word($0, .mishap) || s.range.contains($0) && isMishap($0)
                        // An animal in lower case or opening its sentence: "Old *Swan*" is a place.
                        || s.word($0, .animal)
                            && (!s.tokens[$0].shape.contains(.capitalized) || $0 == lead.lowerBound
                                || $0 == s.range.lowerBound))
            }) {
                drafts[i].drop("a toll in a story of \"\(s.string(m))\"", rule, s)
                return
            }
        }
    }
}
