import DyadModel
import DyadStore
import DyadText
import Foundation
import Testing

/// What only an SQLite file can get wrong (its behaviour as a store is `EventStoreTests`).
@Suite("SQLite event store files")
struct SQLiteStoreTests {
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"), "needs /usr/bin/sqlite3 to set user_version"
        ))
    func newerSchemaIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("new.sqlite").path
        _ = try SQLiteStore(path: path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [path, "PRAGMA user_version = 99;"]
        try p.run()
        p.waitUntilExit()
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: SQLiteStore.schemaVersion)) {
            _ = try SQLiteStore(path: path)
        }
    }

    @Test func corruptFileNamesTheFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("opened a text file as a store")
        } catch let e as StoreError {
            guard case .notADatabase(let p, _) = e else {
                Issue.record("unexpected error \(e)")
                return
            }
            #expect(p == path)
            #expect(e.description.contains("notes.sqlite"))
        }
        #expect(throws: StoreError.self) { _ = try SQLiteStore(path: dir.path + "/missing/dir/x.sqlite") }
    }
}
