import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "A *strike* near Kyiv destroyed the power plant", "a *strike* on the port": a strike that
    /// destroys, kills or falls on a target is a military strike (ASSAULT), not a walkout; and
    /// "*strike* a conciliatory tone" is neither.
    static let strikeSense = EventRule(
        "strike-sense",
        "a strike (PROTEST noun) that is the subject of an ASSAULT verb or falls \"on\" something is an ASSAULT; the verb with a thing as object (\"strike a tone\") is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .protest, d.mode == "strike" else { return }
        // "the leaders *strike* a conciliatory tone": the verb with a thing as its object is no walkout.
        // A place where the object is makes it a target ("strikes a plant *in south Ukraine*").
        // (A state or armed men striking it; "the presidents strike a tone *in Nairobi*" strike nothing.)
        let striker =
            d.predicate.category != .verb
            || s.subject(of: d.predicate.head).flatMap(s.side).map { $0.fromPlace || $0.isArmed } ?? true
        if d.predicate.category == .verb, d.target == nil, let o = s.tree.firstChild(d.predicate.head, .dobj),
            !d.trigger.contains(o), !s.mentions.places.contains(where: { $0.tokens.contains(o) }),
            // (Nor ground: "Russia strikes key *city*", grammar.tsv territory.)
            !(striker && (s.placedAt(o) || s.word(o, .territory)))
        {
            drafts[i].drop("strikes \"\(s.string(o))\"", rule, s)
            return
        }
        guard d.predicate.category == .noun else { return }
        let n = d.predicate.head
        let h = s.tree.head(n)
        let subjectOfAttack =
            s.tree.label(n) == .nsubj && h != n
            && drafts.indices.contains { $0 != i && drafts[$0].type == .assault && drafts[$0].predicate.head == h }
        // "on the port", not "on Monday".
        let onTarget = s.tree.children(n).contains { c in
            guard s.tree.label(c) == .prep, s.key(c) == Keys.on || s.key(c) == Keys.upon,
                let o = s.tree.firstChild(c, .pobj)
            else { return false }
            return !s.mentions.dates.contains { $0.tokens.contains(o) }
        }
        guard subjectOfAttack || onTarget else { return }
        drafts[i].type = .assault
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type PROTEST → ASSAULT (a strike that \(onTarget ? "falls on a target" : "attacks"))")
    }

    /// "The *strikes* shattered a couple's morning coffee" in a story of missile attacks on Kyiv,
    /// "Iran *strikes at* Kurdish groups in Iraq": where war is the story and nobody works for pay, a
    /// strike is a military one (ASSAULT). A labour word in the sentence keeps it a walkout ("strikes
    /// at oil *refineries*"); so does one anywhere in a short story, and a long story needs the war
    /// word in the sentence itself.
    static let warStrike = EventRule(
        "war-strike",
        "a strike (PROTEST) with a war word (grammar.tsv war-context) in its sentence or short story and no labour word (labour-context), in a story of a war of the day with no labour word, or a state striking at or on someone, is an ASSAULT"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .protest, d.mode == "strike", !d.trigger.contains(where: { s.word($0, .labourContext) })
        else { return }
        let sentence = s.range
        if sentence.contains(where: { s.word($0, .labourContext) }) { return }
        // A state or its forces as the subject of "strikes (at/on) X" ("Iran strikes at Kurdish groups",
        // "Russia strikes Ukrainian cities").
        let v = d.predicate.head
        // The object a party or a place, not a thing ("strikes a conciliatory tone").
        func namesParty(_ o: Int) -> Bool {
            if s.mentions.places.contains(where: { $0.tokens.contains(o) }) || s.placedAt(o) || s.word(o, .territory) {
                return true
            }
            if s.side(Argument(head: o, via: "")) != nil { return true }
            return s.tree.children(o).contains { s.lexicon.countryAdjective(s.key($0)) != nil }
        }
        if d.predicate.category == .verb, let o = s.tree.firstChild(v, .dobj), !namesParty(o) { return }
        var stateSubject = false
        if d.predicate.category == .verb, let subj = s.subject(of: v), let side = s.side(subj),
            side.kind != .person, side.kind != .group,
            side.actors.allSatisfy({ a in
                a.country != nil && (a.sector == nil || a.sector == .government || a.sector == .military)
            })
        {
            stateSubject = s.tree.children(v).contains { c in
                switch s.tree.label(c) {
                case .dobj: return namesParty(c)
                case .prep:
                    return s.key(c) == Keys.at || s.key(c) == Keys.on || s.key(c) == Keys.against
                default: return false
                }
            }
        }
        // The noun with a state before it striking "at"/"against" a party ("Iran *strikes at*
        // Kurdish groups" read as a noun phrase).
        if !stateSubject, d.predicate.category == .noun,
            s.tree.children(v).contains(where: { c in
                (s.tree.label(c) == .compound || s.tree.label(c) == .poss) && c < v
                    && s.side(Argument(head: c, via: "")).map { side in
                        side.kind != .person && side.kind != .group
                            && side.actors.allSatisfy { $0.country != nil && $0.sector == nil }
                    } == true
            })
        {
            stateSubject = s.tree.children(v).contains { c in
                s.tree.label(c) == .prep && (s.key(c) == Keys.at || s.key(c) == Keys.against)
                    && s.tree.firstChild(c, .pobj) != nil
            }
        }
        var why = stateSubject ? "a state strikes at someone" : ""
        if why.isEmpty, let w = sentence.first(where: { !d.trigger.contains($0) && s.word($0, .warContext) }) {
            why = "war word \"\(s.string(w))\" in the sentence"
        }
        // A short story (a headline and its summary): the war word may be in the other sentence.
        if why.isEmpty, s.text.sentences.count <= 3 {
            let all = 0..<s.tokens.count
            if all.contains(where: { s.word($0, .labourContext) }) { return }
            if let w = all.first(where: { !d.trigger.contains($0) && s.word($0, .warContext) }) {
                why = "war word \"\(s.string(w))\" in the story"
            }
        }
        // "Ukraine says the strikes aimed to cripple its energy system": in a story of a war of the
        // day (conflicts.tsv) with no labour word anywhere, a strike is the war's.
        if why.isEmpty, let war = s.storyWar,
            !(0..<s.tokens.count).contains(where: { s.word($0, .labourContext) })
        {
            why = "a story of the war of \(war.parties.map(\.rawValue).sorted().joined(separator: " and "))"
        }
        guard !why.isEmpty else { return }
        drafts[i].type = .assault
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type PROTEST → ASSAULT (\(why))")
    }

    /// "Russia *fired dozens of missiles* on Monday" in a story of Russia's war on Ukraine: missiles
    /// a party to a war of the day (conflicts.tsv) launches with no target named are fired in that
    /// war (ASSAULT, its adversary the recipient: war-adversary), not a weapons test as North
    /// Korea's are.
    static let warLaunch = EventRule(
        "war-launch",
        "a weapons launch (MOBILIZE weapons, a verb row with no preposition) by a party to the story's war of the day, with no recipient but the other party, in a sentence naming no test or drill (grammar.tsv weapons-test), is an ASSAULT in that war"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .mobilize, d.mode == "weapons", let v = d.verb, v.preposition == nil,
            let war = s.storyWar, let src = d.source,
            src.actors.contains(where: { $0.country.map(war.parties.contains) ?? false }),
            d.target?.actors.allSatisfy({ $0.country.map(war.parties.contains) ?? false }) ?? true,
            // Not a test or a drill ("launches missiles in 'thunder' exercises", grammar.tsv weapons-test).
            !s.range.contains(where: { s.word($0, .weaponsTest) })
        else { return }
        drafts[i].type = .assault
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type MOBILIZE → ASSAULT (fired in the war of \(war.name))")
    }
}

extension EventRule {
    /// "Marines *stormed* a beach … *in joint military exercises* with the Philippines": an attack
    /// verb inside a drill (a phrase "in" or "during" an exercise, a drill or war games: grammar.tsv
    /// weapons-test) is the drill, PLOVER MOBILIZE (military), its partners the recipients.
    static let drillSense = EventRule(
        "drill-sense",
        "an ASSAULT verb (not a harm: killed, injured) with an \"in\" or \"during\" phrase naming an exercise or a drill (grammar.tsv weapons-test) is a MOBILIZE drill"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // (A death or an injury in a drill stays what it is: "officer killed during a training exercise".)
        guard d.type == .assault, d.predicate.category == .verb, !s.word(d.predicate.head, .harm) else { return }
        let during: Set<UInt64> = [TokenKey.of("in"), TokenKey.of("during")]
        for o in s.prepositionalObjects(of: d.predicate.head, during) where s.word(o.head, .weaponsTest) {
            drafts[i].type = .mobilize
            drafts[i].mode = nil
            drafts[i].note(rule, s, "type ASSAULT → MOBILIZE (\"\(s.string(o.head))\")")
            return
        }
    }
}

extension EventRule {
    /// "The U.S. and South Korea conducted drills", "Japan held naval exercises *with* India": an
    /// exercise or drill of two or more states together is military cooperation (PLOVER: joint
    /// military operations are COOPERATE; single-country exercises MOBILIZE).
    static let jointExercise = EventRule(
        "joint-exercise",
        "a MOBILIZE exercise or drill (grammar.tsv exercise) by two or more states, or by one \"with\" another, is COOPERATE"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .mobilize, s.word(d.predicate.head, .exercise), let src = d.source else { return }
        let own = Set(src.actors.compactMap(\.country).filter(\.isState))
        guard !own.isEmpty else { return }
        // The partner after "with" (on the drills or on the verb that holds them).
        let holders = [d.predicate.head] + (d.lightVerb.map { [$0] } ?? [])
        let partner = holders.lazy.flatMap { s.prepositionalObjects(of: $0, [Keys.with]) }.compactMap { s.side($0) }
            .first { p in p.actors.contains { $0.country.map { $0.isState && !own.contains($0) } ?? false } }
        guard own.count >= 2 || partner != nil else { return }
        drafts[i].type = .cooperate
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type MOBILIZE → COOPERATE (an exercise of several states)")
        if let partner { drafts[i].setTarget(partner, rule, s) }
    }
}
