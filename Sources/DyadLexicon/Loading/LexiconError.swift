/// Why a lexicon could not be loaded, with the file and line to fix.
public enum LexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No lexicon folder was found in any of the places searched.
    case notFound(searched: [String])
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A row is malformed.
    case badRow(path: String, line: Int, problem: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            return
                "lexicon data not found; looked in: \(searched.joined(separator: ", ")). "
                + "Pass --lexicon-data DIR or set DYAD_LEXICON_DATA to the folder holding countries.tsv."
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .badRow(let path, let line, let problem):
            return "\(path):\(line): \(problem)"
        }
    }
}
