import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Raisi vows to deal decisively with rioters", "the killer vowed to finish the job": a vow
    /// made against criminals or rebels, or made by a criminal, promises force, not cooperation
    /// (PLOVER THREATEN, not AGREE). "Biden vowed to support Ukraine" stays a promise.
    static let hostileVow = EventRule(
        "hostile-vow",
        "a promise verb (grammar.tsv promise) by the state whose recipient is criminal or rebel (rioters, terrorists), or whose actor is a criminal, is THREATEN"
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
        guard against || by else { return }
        drafts[i].note(
            rule, s, "type AGREE → THREATEN (a vow \(against ? "against criminals or rebels" : "by a criminal"))")
        drafts[i].type = .threaten
        drafts[i].mode = nil
    }
}
