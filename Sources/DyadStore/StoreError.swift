/// Why a store cannot be opened or used, in words a user can act on; always names the file.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged).
    case notADatabase(path: String, detail: String)
    /// The file was written by a newer Dyad with a schema this build does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another process holds a lock on the file for longer than the busy timeout.
    case locked(path: String)
    /// The file or its folder cannot be opened or written.
    case cannotOpen(path: String, detail: String)
    /// Any other database failure.
    case database(path: String, detail: String)
    /// A store opened for reading was asked to write.
    case readOnly(path: String)
    /// A store opened for reading has an older schema, which only a writing command upgrades.
    case olderSchema(path: String, found: Int)

    public var description: String {
        switch self {
        case .notADatabase(let path, let detail):
            "\(path): not a Dyad store (not an SQLite database, or damaged: \(detail)); "
                + "give another --db path or move the file away"
        case .newerSchema(let path, let found, let supported):
            "\(path): store schema version \(found) is newer than this dyad supports (\(supported)); "
                + "use a newer dyad or a new --db file"
        case .locked(let path):
            "\(path): the store is locked by another process; wait for it to finish and retry"
        case .cannotOpen(let path, let detail):
            "\(path): cannot open the store: \(detail)"
        case .database(let path, let detail):
            "\(path): database error: \(detail)"
        case .readOnly(let path):
            "\(path): the store was opened read-only and cannot be written"
        case .olderSchema(let path, let found):
            "\(path): store schema version \(found) is older than this dyad's; a writing command "
                + "(dyad ingest or recode) upgrades it"
        }
    }
}
