import Foundation
import GRDB
import Testing

@testable import DyadStore

@Suite("Write-ahead log checkpoints")
struct CheckpointerTests {
    /// A writer that never pauses still keeps the log near the limit: past it, the commit waits
    /// for a truncating checkpoint (before this, a 20-minute bulk load grew the log to 32 GB).
    @Test func logStaysBoundedUnderContinuousWrites() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("w.sqlite").path
        let store = try SQLiteStore(path: path)
        let limit: Int64 = 256 << 10
        let checkpointer = Checkpointer(path: path, threshold: 32 << 10, limit: limit)
        let synthetic = SyntheticEvents(seed: 21, eventsPerDocument: 8)
        var truncations = 0
        for batch in 0..<60 {
            _ = try store.ingest((batch * 10..<batch * 10 + 10).map(synthetic.item), replace: false)
            let before = checkpointer.logSize
            checkpointer.requestIfLarge()
            if before >= limit {
                // Past the limit the commit returns only once the log is copied and cut to nothing.
                #expect(checkpointer.logSize == 0, "batch \(batch): log still \(checkpointer.logSize) bytes")
                truncations += 1
            }
        }
        #expect(truncations > 3, "the batches must write enough to pass the limit several times")
        #expect(try store.stats().documents == 600)
        let check = try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }
}
