/// What kind of thing a role phrase names, which decides how it combines with names.
public enum RoleKind: String, Sendable, Hashable {
    /// One office holder ("president", "minister"): a following name is the holder.
    case person
    /// An institution ("ministry", "police", "parliament").
    case body
    /// People in the plural ("protesters", "refugees").
    case group
}
