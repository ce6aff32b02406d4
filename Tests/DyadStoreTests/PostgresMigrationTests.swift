import DyadModel
import DyadStore
import Testing

@testable import DyadPostgres

/// A PostgreSQL store written by an older schema is upgraded in place when a writing command
/// opens it, and answers as a store created with the current schema.
@Suite(
    "PostgreSQL schema migrations",
    .enabled(if: postgresURL != nil, "DYAD_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server)"))
struct PostgresMigrationTests {
    /// Schema 1 had no `rollup_totals`: migration 2 builds it from the day rollups, so whole-store
    /// counts by country, place and dyad and the whole-store map are the same before and after.
    @Test func schema1StoresGainTheirTotals() throws {
        try TestStore.with(.postgres) { t in
            _ = try EventStoreTests.sample(t.store)
            let pg = try #require(t.store as? PostgresStore)
            let whole = EventQuery()
            let expected = try CountDimension.allCases.map { try pg.counts(whole, by: $0) }
            let places = try pg.places(whole)
            #expect(expected[CountDimension.allCases.firstIndex(of: .source)!].isEmpty == false)
            try pg.write { s in
                try s.execute("DROP TABLE rollup_totals")
                try s.execute("UPDATE dyad_meta SET value = '1' WHERE key = 'schema_version'")
            }
            // A reading command refuses the old schema rather than answering from missing tables.
            #expect(throws: StoreError.self) { try PostgresStore(location: pg.location, readOnly: true) }
            let upgraded = try PostgresStore(location: pg.location)
            #expect(try CountDimension.allCases.map { try upgraded.counts(whole, by: $0) } == expected)
            #expect(try upgraded.places(whole) == places)
            let version = try upgraded.read { s in
                try s.query("SELECT value FROM dyad_meta WHERE key = 'schema_version'").first?[0].decode(String.self)
            }
            #expect(version == String(PostgresStore.schemaVersion))
        }
    }
}
