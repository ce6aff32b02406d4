import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Braverman has *come under fire* for her remarks" is criticism (verbs.tsv); "Ukrainian
    /// troops *came under fire* from Russian artillery" is shooting: with armed men on either side,
    /// or words of armed conflict in a story of war, it is an attack.
    static let fireSense = EventRule(
        "fire-sense",
        "criticism come \"under fire\" with an armed side, or words of armed conflict in a story of war, is an ASSAULT"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .accuse, d.predicate.category == .verb,
            s.prepositionalObjects(of: h, [Keys.under]).contains(where: { s.key($0.head) == Keys.fire })
        else { return }
        let armed = d.target?.isArmed == true || d.source?.isArmed == true
        let war = s.storyWar != nil && s.range.contains { k in k != h && s.word(k, .armedConflict) }
        guard armed || war else { return }
        drafts[i].type = .assault
        drafts[i].mode = nil
        drafts[i].note(rule, s, "type ACCUSE → ASSAULT (\(armed ? "an armed side" : "a story of war"))")
    }
}

extension EventRule {
    /// "UK minister *under fire* for calling migrants an invasion", "troopers *under investigation*":
    /// a headline's noun phrase with "under" (events.tsv) is criticism or an inquiry of the noun it
    /// describes; after a verb ("has come under fire", "was placed under investigation") the verb's
    /// row tells it.
    static let underFire = EventRule(
        "under-fire",
        "an ACCUSE phrase with \"under\" (under fire, under investigation) on a noun: that noun is criticised or investigated; on a verb: no event of its own (the verb's row codes it)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .accuse, d.pattern.kind == .noun,
            let under = d.trigger.first(where: { s.key($0) == Keys.under })
        else { return }
        let h = s.tree.head(under)
        guard h != under, !d.trigger.contains(h) else { return }
        if s.tree.tag(h).isVerb {
            drafts[i].drop("\"under fire\" after the verb \"\(s.string(h))\"", rule, s)
            return
        }
        let side = s.side(Argument(head: h, via: s.arc("prep", h))) ?? s.namedPerson(h, via: s.arc("prep", h))
        drafts[i].setTarget(side, rule, s)
        drafts[i].undergone = side != nil
    }
}
