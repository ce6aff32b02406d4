extension CodedEvent {
    /// An event's CAMEO view: the code, where it came from, and the figures CAMEO analyses read.
    public struct CAMEOCoding: Sendable, Hashable {
        /// Where the code came from.
        public enum Origin: String, Sendable, Hashable {
            /// The trigger was a CAMEO verb pattern (`verbs.tsv`): its own code.
            case pattern
            /// A curated trigger: the code `CAMEOTable` gives the event's PLOVER type and mode.
            case mapped
        }

        public var code: CAMEOCode
        public var origin: Origin
        /// The PLOVER score of the event's type and mode (Goldstein-comparable, see `CAMEOTable`).
        public var score: Double

        /// The root code ("11").
        public var rootCode: String { code.rootCode }
        /// The quad class of the root code.
        public var quadClass: QuadClass { code.quadClass }
    }

    /// The event as CAMEO: the pattern's code when the trigger had one (and it is a valid code),
    /// else the table's code for the type and mode; nil for MIGRATE, which CAMEO does not code.
    /// The score is always the PLOVER score of the type and mode: the Goldstein table per CAMEO
    /// code is not among the project's references.
    public var cameoCoding: CAMEOCoding? {
        guard let row = CAMEOTable.row(type, mode: mode) else { return nil }
        if let raw = cameo, let code = CAMEOCode(rawValue: raw) {
            return CAMEOCoding(code: code, origin: .pattern, score: row.score)
        }
        return CAMEOCoding(code: row.code, origin: .mapped, score: row.score)
    }
}
