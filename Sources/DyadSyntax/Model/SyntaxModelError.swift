/// Why a syntax model could not be loaded. Every case names the file (or every path searched), so a
/// deployment mistake reads as one line in a log.
public enum SyntaxModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No model file at any of the searched paths.
    case notFound(searched: [String])
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file does not start with the model's magic number (another kind of file).
    case notAModel(path: String)
    /// A model file of a format version this build does not read.
    case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
    /// The file is shorter than its header says (an interrupted copy or download).
    case truncated(path: String, expected: Int, found: Int)
    /// The payload's checksum does not match the header (a corrupted file).
    case checksumMismatch(path: String)
    /// The payload is internally inconsistent.
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "syntax model not found; searched: \(searched.joined(separator: ", "))"
        case .unreadable(let path, let reason): "cannot read syntax model \(path): \(reason)"
        case .notAModel(let path): "\(path) is not a Dyad syntax model (bad magic number)"
        case .unsupportedVersion(let path, let found, let supported):
            "\(path) is a syntax model of format version \(found); this build reads version \(supported)"
        case .truncated(let path, let expected, let found):
            "syntax model \(path) is truncated: \(found) bytes of \(expected)"
        case .checksumMismatch(let path): "syntax model \(path) is corrupted (checksum mismatch)"
        case .malformed(let path, let reason): "syntax model \(path) is malformed: \(reason)"
        }
    }
}
