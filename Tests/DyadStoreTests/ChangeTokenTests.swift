import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadStore

/// `EventStore.changeToken()`: what the server's response cache is keyed by, so it must change with
/// every commit (this store's or another process's) and stay put while nothing is written.
@Suite("Store change token")
struct ChangeTokenTests {
    @Test func readingLeavesTheTokenAndIngestingChangesIt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let empty = try store.changeToken()
        _ = try store.stats()
        _ = try store.query(EventQuery())
        #expect(try store.changeToken() == empty)

        let one = [item("a", sentences: ["One."], events: [event("a", "ACCUSE", source: ["RUS"], target: ["UKR"])])]
        _ = try store.ingest(one, replace: false)
        let afterFirst = try store.changeToken()
        #expect(afterFirst != empty)

        let two = [item("b", sentences: ["Two."], events: [event("b", "CONSULT", source: ["FRA"], target: ["DEU"])])]
        _ = try store.ingest(two, replace: false)
        #expect(try store.changeToken() != afterFirst)
    }

    /// A second store on the same file stands for `dyad ingest` in another process while a server
    /// holds the first: the server's store must see the other's commit in its token.
    @Test func anotherWritersCommitChangesTheToken() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        let server = try SQLiteStore(path: path)
        let before = try server.changeToken()
        let writer = try SQLiteStore(path: path)
        _ = try writer.ingest([item("c", sentences: ["Three."], events: [])], replace: false)
        #expect(try server.changeToken() != before)
        try writer.checkpoint()
        let checkpointed = try server.changeToken()
        _ = try writer.ingest([item("d", sentences: ["Four."], events: [])], replace: false)
        #expect(try server.changeToken() != checkpointed)
    }
}
