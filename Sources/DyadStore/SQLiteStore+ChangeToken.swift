import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteStore {
    /// The size and modification time of the database file and its write-ahead log: every commit,
    /// by this process or another, changes one of them, and reading them costs two `stat` calls.
    public func changeToken() throws -> String {
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
        return parts.map(String.init).joined(separator: ":")
    }
}
