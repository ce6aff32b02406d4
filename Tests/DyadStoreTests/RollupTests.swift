import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

@Suite("Rollups answer counts exactly")
struct RollupTests {
    /// A store written before the unit, country and place rollups existed (schema 1) is brought up
    /// to date on open: migrations 2 and 3 backfill them from its events.
    @Test func migrationsBackfillRollups() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.ingest((0..<50).map(SyntheticEvents(seed: 3).item), replace: false)
            try store.pool.write { db in
                try db.execute(
                    sql: """
                        DELETE FROM rollup_periods
                        WHERE dimension IN ('unit', 'source_country', 'target_country', 'place_country')
                        """)
                try db.execute(sql: "DROP INDEX events_type")
                try db.execute(
                    sql: "DROP TABLE place_rollups; DROP TABLE actor_place_rollups; DROP TABLE country_rollups")
                try db.execute(sql: "DROP INDEX rollups_source; DROP INDEX rollups_target; DROP INDEX rollups_place")
                try db.execute(sql: "ALTER TABLE events DROP COLUMN cameo")
                for c in [
                    "place_precision", "date_precision", "historical", "quantity_scope", "quantity_period",
                    "source_slot", "target_slot",
                ] {
                    try db.execute(sql: "ALTER TABLE events DROP COLUMN \(c)")
                }
                try db.execute(sql: "DROP TABLE place_precisions")
                try db.execute(
                    sql:
                        "DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10')"
                )
                try db.execute(sql: "PRAGMA user_version = 1")
            }
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.stats().schemaVersion == SQLiteStore.schemaVersion)
        for q in [EventQuery(), EventQuery(sourceCountries: ["RUS"]), EventQuery(targetCountries: ["USA"])] {
            var all = q
            all.afterID = 0
            let places = try reopened.places(q).map(\.events)
            let scanned = try reopened.places(all).map(\.events)
            #expect(!places.isEmpty && places == scanned, "\(q)")
        }
        let dated = EventQuery(from: Day(iso: "2021-02-10"), to: Day(iso: "2022-05-03"), sourceCountries: ["USA"])
        var datedScan = dated
        datedScan.afterID = 0
        #expect(try reopened.places(dated).map(\.events) == reopened.places(datedScan).map(\.events))
        let fromRollups = try reopened.quantities(EventQuery(), by: .month)
        let fromEvents = try reopened.quantities(EventQuery(afterID: 0), by: .month)
        #expect(!fromRollups.isEmpty && Set(fromRollups) == Set(fromEvents))
        for q in [
            EventQuery(sourceCountries: ["RUS"]), EventQuery(targetCountries: ["USA"]),
            EventQuery(placeCountries: ["UKR"]),
        ] {
            var all = q
            all.afterID = 0
            #expect(try reopened.counts(q, by: .day) == reopened.counts(all, by: .day))
            // Backfilled `country_rollups`: quantities, place and dyad counts of one country.
            #expect(try Set(reopened.quantities(q, by: .day)) == Set(reopened.quantities(all, by: .day)))
            for by in [CountDimension.place, .dyad] {
                let rolled = try reopened.counts(q, by: by)
                let scanned = try reopened.counts(all, by: by)
                #expect(!rolled.isEmpty && Set(rolled) == Set(scanned), "\(by) \(q)")
                var window = q
                window.from = Day(iso: "2021-02-10")
                window.to = Day(iso: "2021-11-20")
                var windowAll = window
                windowAll.afterID = 0
                #expect(try Set(reopened.counts(window, by: by)) == Set(reopened.counts(windowAll, by: by)))
            }
        }
    }

    /// A count by a country dimension filtered to one country and a window reads the country
    /// index alone (schema 6 made those indexes carry the counts): with a table lookup per row
    /// it was four times slower on a large store.
    @Test func countryWindowCountsReadOnlyTheIndex() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("i.sqlite").path)
        _ = try store.ingest((0..<200).map(SyntheticEvents(seed: 4).item), replace: false)
        try store.pool.write { db in try db.execute(sql: "ANALYZE") }
        for (side, q) in [
            ("source", EventQuery(from: Day(iso: "2021-03-10"), to: Day(iso: "2021-06-07"), sourceCountries: ["USA"])),
            ("target", EventQuery(from: Day(iso: "2021-03-10"), to: Day(iso: "2021-03-20"), targetCountries: ["RUS"])),
            ("place", EventQuery(from: Day(iso: "2022-01-01"), to: Day(iso: "2022-01-09"), placeCountries: ["CHN"])),
        ] {
            let plan = try store.read { db -> String in
                let (sql, args) = SQLiteStore.countSQL(q, by: .target, sets: try SQLiteStore.countrySets(q, db: db))
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: args)
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains("COVERING INDEX rollups_\(side)"), "\(plan)")
        }
    }

    @Test func monthSpans() {
        func span(_ a: String?, _ b: String?) -> MonthSpan {
            MonthSpan(from: a.flatMap { Day(iso: $0) }, to: b.flatMap { Day(iso: $0) })
        }
        let whole = span("2021-03-01", "2021-08-31")
        #expect(whole.months?.first == "2021-03" && whole.months?.last == "2021-08" && whole.edges.isEmpty)
        let inner = span("2021-03-15", "2021-09-10")
        #expect(inner.months?.first == "2021-04" && inner.months?.last == "2021-08")
        #expect(inner.edges.map { "\($0.from!)..\($0.to!)" } == ["2021-03-15..2021-03-31", "2021-09-01..2021-09-10"])
        #expect(span("2021-06-07", "2021-06-20").months == nil)
        let yearEnd = span("2021-11-20", "2022-01-31")
        #expect(yearEnd.months?.first == "2021-12" && yearEnd.months?.last == "2022-01")
        #expect(span(nil, "2021-05-17").months?.last == "2021-04")
        #expect(span("2024-02-29", nil).months?.first == "2024-03")
    }

    /// Mentions and sentence text are kept and searchable; replacing a document replaces them.
    @Test func mentionsAndSentenceTextAreStored() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("m.sqlite").path)
        var a = item(
            "a", sentences: ["Police in Грозный detained 24 women.", "They were freed."],
            events: [event("a", "COERCE", source: ["RUS"], target: ["RUS"])])
        // A place recognised at UTF-8 bytes 10..<24: characters 10..<17.
        let text = AnalyzedText(a.document.text)
        var grozny = Mention(kind: .place, sentence: 0, tokens: 2..<3, start: 10, end: 24)
        grozny.country = "RUS"
        grozny.lat = 43.31
        var mentions = SentenceMentions(sentence: text.sentences[0])
        mentions.places = [grozny]
        a.mentions = StoredMentions.json([mentions], text: text)
        _ = try store.ingest([a], replace: false)
        #expect(try store.query(EventQuery(text: "detained women")).count == 1)
        #expect(try store.query(EventQuery(text: "грозный")).count == 1)
        let rows = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM sentence_texts WHERE doc_id = 'a' ORDER BY idx")
        }
        #expect(rows == ["Police in Грозный detained 24 women.", "They were freed."])
        let places = try store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT text || ' ' || country || ' ' || lat || ' ' || start FROM mentions WHERE doc_id = 'a'")
        }
        #expect(places == ["Грозный RUS 43.31 10"])
        // Read back with the document, words cut from its text by character offsets.
        let stored = try #require(try store.document(id: "a")).mentions
        #expect(stored.count == 1)
        #expect(stored.first?.kind == .place && stored.first?.text == "Грозный")
        #expect(stored.first?.start == 10 && stored.first?.end == 17)
        #expect(stored.first?.country == "RUS" && stored.first?.lat == 43.31)
        var b = item("a", sentences: ["Nothing happened."], events: [])
        b.contentHash = "new"
        _ = try store.ingest([b], replace: false)
        #expect(try store.query(EventQuery(text: "detained")).isEmpty)
        let left = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions") }
        #expect(left == 0)
        // FTS5's own check compares the index with the text the view cuts out; it throws on a mismatch.
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    /// A schema 3 store kept mentions as `dyad mentions` objects; migration 4 rewrites them as
    /// arrays and the `mentions` view reads the same rows from them.
    @Test func migrationFourCompactsMentions() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v3.sqlite").path
        let objects = """
            [{"country":"RUS","doc":"a","end":17,"kind":"place","lat":43.31,"lon":45.69,"name":"Grozny",\
            "place_kind":"city","sentence":0,"start":10,"text":"Грозный"},\
            {"actor_kind":"role","country":"RUS","doc":"a","end":6,"kind":"actor","name":null,"sector":"COP",\
            "sentence":0,"start":0,"text":"Police"},\
            {"doc":"a","end":29,"kind":"quantity","qualifier":"exact","sentence":0,"start":27,"text":"24",\
            "unit":"women","vague":false,"value":24},\
            {"date":"2022-09-26","date_kind":"day","doc":"a","end":47,"kind":"date","sentence":0,"start":39,\
            "text":"Saturday"}]
            """
        do {
            let store = try SQLiteStore(path: path)
            let a = item("a", sentences: ["Police in Грозный detained 24 women on Saturday."], events: [])
            _ = try store.ingest([a], replace: false)
            try store.pool.write { db in
                try db.execute(sql: "UPDATE documents SET mentions = ?", arguments: [objects])
                try db.execute(sql: "DROP VIEW mentions")
                try db.execute(
                    sql: """
                        CREATE VIEW mentions (doc_id, position, sentence, start, "end", kind, text, country, sector,
                                name, lat, lon, value, qualifier, unit, date) AS
                            SELECT m.id, j.key, j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                                j.value ->> 'kind', j.value ->> 'text', j.value ->> 'country', j.value ->> 'sector',
                                j.value ->> 'name', j.value ->> 'lat', j.value ->> 'lon', j.value ->> 'value',
                                j.value ->> 'qualifier', j.value ->> 'unit', j.value ->> 'date'
                            FROM documents m, json_each(m.mentions) j
                        """)
                try db.execute(sql: "DROP INDEX rollups_source; DROP INDEX rollups_target; DROP INDEX rollups_place")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4'")
                try db.execute(sql: "PRAGMA user_version = 3")
            }
        }
        let columns = """
            SELECT position, sentence, start, "end", kind, text, country, sector, name, lat, lon, value, qualifier,
                unit, date FROM mentions ORDER BY position
            """
        let before = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: columns).map { $0.description }
        }
        let reopened = try SQLiteStore(path: path)
        let (after, stored, detail) = try reopened.pool.read { db in
            (
                try Row.fetchAll(db, sql: columns).map { $0.description },
                try String.fetchOne(db, sql: "SELECT mentions FROM documents") ?? "",
                try String.fetchAll(db, sql: "SELECT COALESCE(detail, '-') FROM mentions ORDER BY position")
            )
        }
        #expect(before.count == 4 && after == before, "\(before)\n\(after)")
        #expect(stored.hasPrefix(#"[[0,10,17,"place","RUS","Grozny",43.31,45.69,"city"]"#), "\(stored)")
        #expect(detail == ["city", "role", "-", "day"])
    }

    /// A store another connection holds the write lock on gives `StoreError.locked` naming the
    /// file, after the busy timeout, instead of hanging or failing obscurely.
    @Test func lockedStoreNamesTheFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("busy.sqlite").path
        let store = try SQLiteStore(path: path, busyTimeout: 0.2)
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: config)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        #expect(throws: StoreError.locked(path: path)) {
            _ = try store.ingest([item("x", sentences: ["Words."], events: [])], replace: false)
        }
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try store.ingest([item("x", sentences: ["Words."], events: [])], replace: false).added == 1)
    }
}
