/// A problem with one input document, or with a whole input file, that stopped it from being read.
///
/// Readers report problems as values instead of throwing so that one broken line or file never
/// stops the rest of a batch: the caller prints the issue (it reads like a compiler diagnostic,
/// `file:line: problem`) and goes on with the next document.
public struct DocumentIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: `file` for whole-file problems, `file:line` for one JSON line.
    public var location: String
    /// The document's id when the input gave one before the problem was found.
    public var documentID: String?
    /// A short, actionable statement of what is wrong, e.g. `missing "text"`.
    public var problem: String
    /// Whether the input was refused (a failure: exit status 1) or simply held nothing to code.
    public var kind: Kind

    /// How much an issue weighs: an empty document is worth a note, a refused one is a failure.
    public enum Kind: String, Sendable, Hashable {
        /// The input could not be read or broke a rule (bad JSON, no date, too large, a repeated id).
        case refused
        /// The input holds no text to code (an empty file, a blank `text`); reported, not a failure,
        /// because feeds routinely carry empty items.
        case empty
    }

    /// Creates an issue; readers create these, tests and servers may too.
    public init(location: String, documentID: String? = nil, problem: String, kind: Kind = .refused) {
        self.location = location
        self.documentID = documentID
        self.problem = problem
        self.kind = kind
    }

    /// True for a refused document (counted as failed), false for an empty one (only reported).
    public var isFailure: Bool { kind == .refused }

    /// `location: problem`, followed by ` (id)` when the document id is known.
    public var description: String {
        if let documentID {
            return "\(location): \(problem) (\(documentID))"
        }
        return "\(location): \(problem)"
    }
}
