import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Raisi vows to deal decisively with rioters", "the killer vowed to finish the job": a vow
    /// made against criminals or rebels, or made by a criminal, promises force, not cooperation
    /// (PLOVER THREATEN, not AGREE). So does a vow whose content is an attack or coercion ("Israel
    /// vowed *to strike* Hamas", "the junta vowed *to arrest* its critics"). "Biden vowed to support
    /// Ukraine" stays a promise.
    static let hostileVow = EventRule(
        "hostile-vow",
        "a promise verb (grammar.tsv promise) by the state whose recipient is criminal or rebel (rioters, terrorists), or whose actor is a criminal, or whose content is an attack or coercion, is THREATEN"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .agree, d.trigger.count == 1, s.word(d.trigger.lowerBound, .promise) else { return }
        // Against criminals or rebels, by the state (not a state's own forces: "vows to match
        // Ukraine's military" is aid; not a group's pledge to free prisoners).
        let state: Set<Sector> = [.government, .police, .military, .judiciary]
        let against =
            d.target?.actors.contains { a in a.sector == .criminals || a.sector == .rebels } ?? false
            && d.source?.actors.contains { a in a.sector.map(state.contains) ?? false } ?? false
        let by = d.source?.actors.contains { $0.sector == .criminals } ?? false
        // The act vowed, the vow's own infinitive or clause (a future attack reads as a threat by
        // then); not an act nested further ("vowed to help Ukraine *recapture*"), not a noun ("vowed
        // to solve the *killing*"), not a combat word only armed actors fight with ("vows to *fight*
        // white supremacy", grammar.tsv armed-only), and done to someone ("pledged to *halt*
        // deforestation" is no one's coercion).
        let force: Set<EventType> = [.assault, .coerce, .threaten]
        let content = drafts.indices.contains { j in
            let c = drafts[j].predicate
            return j != i && drafts[j].complementOf == i && force.contains(drafts[j].type) && c.category == .verb
                && s.tree.head(c.head) == d.predicate.head && !s.word(c.head, .armedOnly) && drafts[j].target != nil
        }
        guard against || by || content else { return }
        let why = against ? "against criminals or rebels" : by ? "by a criminal" : "of an attack or coercion"
        drafts[i].note(rule, s, "type AGREE → THREATEN (a vow \(why))")
        drafts[i].type = .threaten
        drafts[i].mode = nil
    }
}
