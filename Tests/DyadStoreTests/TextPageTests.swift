import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

@Suite("Full-text pages")
struct TextPageTests {
    /// A page for common words walks the full-text matches in sentence order; it must return the
    /// same events, in the same order, as listing every match first, for any other filter, offset
    /// and keyset cursor, and also after documents were replaced (which frees and reuses ids).
    @Test func walkingMatchesEqualsListingThem() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("t.sqlite").path)
        let synthetic = SyntheticEvents(seed: 11, eventsPerDocument: 5)
        _ = try store.ingest((0..<300).map(synthetic.item), replace: false)
        // Replace the newest and some older documents with fewer events each.
        let other = SyntheticEvents(seed: 12, eventsPerDocument: 2)
        let replaced = [299, 298, 10, 150].map { n -> IngestItem in
            var item = other.item(n + 1000)
            let id = synthetic.item(n).document.id
            item.document = Document(id: id, date: item.document.date, text: item.document.text, origin: "test")
            item.events = item.events.map {
                var e = $0
                e.document = id
                return e
            }
            item.contentHash = "changed"
            return item
        }
        #expect(try store.ingest(replaced, replace: false).replaced == 4)
        _ = try store.ingest((300..<340).map(synthetic.item), replace: false)

        let filters = [
            EventQuery(), EventQuery(types: ["COERCE", "ASSAULT"]), EventQuery(sourceCountries: ["USA"]),
            EventQuery(targetCountries: ["RUS", "UKR"]), EventQuery(placeCountries: ["CHN"]),
            EventQuery(from: Day(iso: "2021-06-01"), to: Day(iso: "2021-12-31"), sourceCountries: ["USA"]),
        ]
        var walked = 0
        for text in ["people", "officials arrested", "counted", "withdrew"] {
            for var q in filters {
                q.text = text
                let all = try store.query(q).map(\.id)
                for (offset, after) in [(0, nil), (7, nil), (0, all.dropFirst(all.count / 3).first)] as [(Int, Int64?)]
                {
                    var page = q
                    page.limit = 25
                    page.offset = offset
                    page.afterID = after
                    let listed = try store.query(page).map(\.id)
                    let (viaMatches, viaEvents) = try store.read { db in
                        (
                            try store.textPage(page, text: text, db: db),
                            try store.probedTextPage(page, text: text, db: db)
                        )
                    }
                    #expect(viaMatches.map { $0["id"] as Int64 } == listed, "walked \(text) \(page)")
                    #expect(viaEvents.map { $0["id"] as Int64 } == listed, "probed \(text) \(page)")
                    walked += listed.count
                }
                // Following the cursor page by page reaches every match once, in order.
                var cursor: Int64?
                var seen: [Int64] = []
                while true {
                    var page = q
                    page.limit = 40
                    page.afterID = cursor
                    let rows = try store.read { db in try store.textPage(page, text: text, db: db) }
                    guard let last = rows.last else { break }
                    seen += rows.map { $0["id"] as Int64 }
                    cursor = last["id"]
                }
                #expect(seen == all, "cursor through \(text) \(q)")
            }
        }
        #expect(walked > 1000)
    }

    /// A sentence often carries several events; walking matches must still list them by id, and
    /// a page may end between two events of one sentence and the next page start after it.
    @Test func severalEventsPerSentenceComeInIDOrder() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let items = (0..<40).map { n -> IngestItem in
            let id = "d\(n)"
            let types = ["PROTEST", "COERCE", "ASSAULT"]
            let events = (0..<(2 + n % 3)).map { k in
                event(id, types[(n + k) % 3], source: [k % 2 == 0 ? "RUS" : "UKR"], sentence: k < 2 ? 0 : 1)
            }
            return item(
                id, sentences: ["Police detained protesters in the square.", "Police fired on them."], events: events)
        }
        _ = try store.ingest(items, replace: false)
        for filter in [EventQuery(), EventQuery(types: ["COERCE", "ASSAULT"]), EventQuery(sourceCountries: ["RUS"])] {
            var q = filter
            q.text = "police"
            let all = try store.read { db in try store.probedTextPage(q, text: "police", db: db) }.map {
                $0["id"] as Int64
            }
            #expect(all.count > 40 && all == all.sorted())
            var cursor: Int64?
            var seen: [Int64] = []
            while true {
                var page = q
                page.limit = 3
                page.afterID = cursor
                let rows = try store.read { db in try store.textPage(page, text: "police", db: db) }
                guard let last = rows.last else { break }
                seen += rows.map { $0["id"] as Int64 }
                cursor = last["id"]
            }
            #expect(seen == all, "\(filter)")
        }
    }

    /// The count that chooses between walking matches and checking filtered events comes from
    /// the rollups and equals the number of events the filters select.
    @Test func filteredEventsAreCountedFromRollups() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("f.sqlite").path)
        _ = try store.ingest((0..<60).map(SyntheticEvents(seed: 8, eventsPerDocument: 4).item), replace: false)
        for q in [
            EventQuery(text: "people"), EventQuery(types: ["PROTEST"], sourceCountries: ["USA"], text: "x"),
            EventQuery(from: Day(iso: "2021-05-01"), to: Day(iso: "2021-11-15"), placeCountries: ["RUS"]),
        ] {
            var plain = q
            plain.text = nil
            let expected = try store.query(plain).count
            let counted = try store.read { db in try store.matchesWithoutText(q, db: db) }
            #expect(counted == expected, "\(q)")
        }
        let withActor = try store.read { db in try store.matchesWithoutText(EventQuery(actor: "Officials"), db: db) }
        #expect(withActor == nil)
    }

    /// Whether a page walks the matches depends on how many sentences the words occur in,
    /// counted only up to the threshold.
    @Test func commonWordsAreCountedUpToTheThreshold() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("c.sqlite").path)
        _ = try store.ingest((0..<40).map(SyntheticEvents(seed: 5, eventsPerDocument: 4).item), replace: false)
        let answers = try store.read { db in
            [
                try SQLiteStore.isCommon(text: "officials", db: db, threshold: 100),
                try SQLiteStore.isCommon(text: "officials", db: db, threshold: 1000),
                try SQLiteStore.isCommon(text: "zebra", db: db, threshold: 1),
            ]
        }
        #expect(answers == [true, false, false])
    }
}
