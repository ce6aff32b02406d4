import Foundation

extension SQLiteStore {
    /// The size and modification time of the database file and its write-ahead log.
    ///
    /// Every commit, from this process or from `dyad ingest` in another one, grows or rewrites
    /// the log (and a checkpoint rewrites the file), so the pair changes with every write without
    /// opening a connection; reading it costs two `stat` calls, cheap enough for every request.
    public func changeToken() throws -> StoreChangeToken {
        var parts: [Int64] = []
        for file in [path, path + "-wal"] {
            var st = stat()
            if stat(file, &st) == 0 {
                #if canImport(Darwin)
                    let time = st.st_mtimespec
                #else
                    let time = st.st_mtim
                #endif
                parts += [Int64(st.st_size), Int64(time.tv_sec), Int64(time.tv_nsec)]
            } else {
                parts += [-1, 0, 0]
            }
        }
        return StoreChangeToken(parts: parts)
    }
}
