/// CAMEO's four-way grouping of its root codes, the coarsest view CAMEO-based analyses count by:
/// talk or action, cooperation or conflict.
public enum QuadClass: Int, Sendable, Hashable, CaseIterable {
    /// Roots 01–05: statements, appeals, intents to cooperate, consultations, diplomatic cooperation.
    case verbalCooperation = 1
    /// Roots 06–08: material cooperation, aid, yielding.
    case materialCooperation = 2
    /// Roots 09–13: investigations, demands, disapproval, rejections, threats.
    case verbalConflict = 3
    /// Roots 14–20: protest, force posture, reduced relations, coercion, assault, fighting, mass violence.
    case materialConflict = 4

    /// The class of a root code (1–20, as `CAMEOCode` accepts them).
    public init(root: Int) {
        switch root {
        case ...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        default: self = .materialConflict
        }
    }
}
