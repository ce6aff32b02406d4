import DyadCoder
import DyadLexicon
import DyadServer
import DyadStore
import DyadSyntax
import Foundation
import Hummingbird
import Testing

/// The read routes of the JSON API, against the real server on a free port.
@Suite(.serialized) struct APITests {
    static let fixture: Fixture = {
        do { return try Fixture() } catch { fatalError("fixture: \(error)") }
    }()

    var fixture: Fixture { Self.fixture }

    @Test func eventsPageThroughEverythingWithTheCursor() async throws {
        let total = try fixture.store.stats().events
        try await fixture.live { client in
            var ids: [Int] = []
            var uri: String? = "/api/events?limit=3"
            while let next = uri {
                let r = try await client.call(next)
                #expect(r.status == 200)
                let events = r.json["events"] as? [[String: Any]] ?? []
                #expect(events.count <= 3)
                ids += events.compactMap { $0["id"] as? Int }
                uri = r.json["next_url"] as? String
            }
            #expect(ids.count == total)
            #expect(ids == ids.sorted() && Set(ids).count == ids.count)
            let first = try await client.call("/api/events?limit=1")
            let event = (first.json["events"] as? [[String: Any]])?.first ?? [:]
            for key in [
                "id", "type", "source", "target", "place", "quantity", "attribution", "evidence", "cluster_id", "day",
            ] {
                #expect(event.keys.contains(key), "missing \(key)")
            }
            // Keys are sorted in the body.
            #expect(first.text.hasPrefix("{\"count\":1,\"events\":[{\"attribution\""))
        }
    }

    @Test func filtersNarrowTheEvents() async throws {
        try await fixture.live { client in
            let coerce = try await client.call("/api/events?type=coerce&source=blr&limit=100")
            let events = coerce.json["events"] as? [[String: Any]] ?? []
            #expect(events.count == 1)
            #expect(events.first?["doc"] as? String == "hand-1")
            let window = try await client.call("/api/events?from=2021-05-03&to=2021-05-03")
            #expect((window.json["events"] as? [[String: Any]])?.map { $0["doc"] as? String } == ["hand-2"])
            let words = try await client.call("/api/events?text=arrested+protesters")
            #expect((words.json["events"] as? [[String: Any]])?.count == 1)
            let several = try await client.call("/api/events?type=COERCE&type=CONSULT&from=2021-01-01&to=2021-12-31")
            #expect((several.json["events"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func oneEventWithItsSentenceAndDocument() async throws {
        try await fixture.live { client in
            let r = try await client.call("/api/events/1")
            #expect(r.status == 200)
            let sentence = r.json["sentence"] as? [String: Any]
            let evidence = r.json["evidence"] as? [String: Any]
            #expect((sentence?["text"] as? String)?.contains(evidence?["text"] as? String ?? "-") == true)
            let doc = r.json["document"] as? [String: Any]
            #expect((doc?["api"] as? String)?.hasPrefix("/api/documents/") == true)
            let missing = try await client.call("/api/events/987654")
            #expect(missing.status == 404 && missing.json["error"] as? String == "not_found")
            let bad = try await client.call("/api/events/abc")
            #expect(bad.status == 400 && bad.json["error"] as? String == "bad_parameter")
        }
    }

    @Test func documentWithMentionsAndEventSpans() async throws {
        try await fixture.live { client in
            let r = try await client.call("/api/documents/002_tbilisi_protest")
            #expect(r.status == 200)
            let text = r.json["text"] as? String ?? ""
            let mentions = r.json["mentions"] as? [[String: Any]] ?? []
            #expect(mentions.contains { $0["kind"] as? String == "place" && $0["text"] as? String == "Tbilisi" })
            let scalars = Array(text.unicodeScalars)
            for m in mentions {
                let (s, e) = (m["start"] as? Int ?? -1, m["end"] as? Int ?? -1)
                #expect(s >= 0 && e <= scalars.count && s < e)
                #expect(String(String.UnicodeScalarView(scalars[s..<e])) == m["text"] as? String)
            }
            #expect(!(r.json["events"] as? [[String: Any]] ?? []).isEmpty)
            let missing = try await client.call("/api/documents/no-such-doc")
            #expect(missing.status == 404)
        }
    }

    /// The document view shows the mentions stored at ingest: the recognizer's, unchanged.
    @Test func storedMentionsAreTheRecognizers() async throws {
        let stored = try #require(try Self.fixture.store.document(id: "002_tbilisi_protest"))
        let a = Pipeline(
            lexicon: try Lexicon.load(), syntax: try SyntaxModel.load(), options: Pipeline.Options(stage: .mentions)
        )
        .annotate(stored.document)
        let fresh = a.mentions.flatMap(\.all)
        try await fixture.live { client in
            let r = try await client.call("/api/documents/002_tbilisi_protest")
            let shown = r.json["mentions"] as? [[String: Any]] ?? []
            #expect(shown.count == fresh.count)
            for (m, s) in zip(fresh, shown) {
                #expect(s["kind"] as? String == m.kind.rawValue)
                #expect(s["start"] as? Int == a.text.characterOffset(ofByte: m.start))
                #expect(s["end"] as? Int == a.text.characterOffset(ofByte: m.end))
                #expect(s["text"] as? String == a.text.string(m.start..<m.end))
                #expect(s["country"] as? String == m.country?.rawValue)
                if m.kind == .place { #expect(s["detail"] as? String == m.name) }
            }
        }
    }

    @Test func timelineCountsTypesAndQuantities() async throws {
        try await fixture.live { client in
            let r = try await client.call("/api/stats/timeline?from=2021-05-01&to=2021-05-31&unit=arrested")
            #expect(r.status == 200)
            let buckets = r.json["buckets"] as? [[String: Any]] ?? []
            #expect(buckets.map { $0["key"] as? String } == ["2021-05-02", "2021-05-03"])
            let types = buckets.first?["types"] as? [String: [String: Any]]
            #expect(types?["COERCE"]?["events"] as? Int == 1)
            #expect(buckets.first?["unit_total"] as? Int == 40)
            let month = try await client.call("/api/stats/timeline?by=month")
            #expect(
                (month.json["buckets"] as? [[String: Any]] ?? []).allSatisfy { ($0["key"] as? String)?.count == 7 })
            let total = (month.json["buckets"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["events"] as? Int ?? 0) }
            #expect(total + (month.json["undated_events"] as? Int ?? 0) == (try fixture.store.stats().events))
        }
    }

    @Test func dyadsAndPlaces() async throws {
        try await fixture.live { client in
            let d = try await client.call("/api/stats/dyads?per_type=5")
            let rows = d.json["dyads"] as? [[String: Any]] ?? []
            #expect(
                rows.contains {
                    $0["source"] as? String == "FRA" && $0["target"] as? String == "DEU"
                        && $0["type"] as? String == "CONSULT"
                })
            let p = try await client.call("/api/places?limit=1000")
            #expect(p.json["type"] as? String == "FeatureCollection")
            let features = p.json["features"] as? [[String: Any]] ?? []
            #expect(!features.isEmpty)
            // GeoJSON order: longitude, then latitude.
            #expect(p.text.contains("{\"geometry\":{\"coordinates\":[24.93545,60.16952],\"type\":\"Point\"}"))
        }
    }

    @Test func healthAndMetrics() async throws {
        try await fixture.live { client in
            let h = try await client.call("/healthz")
            #expect(h.status == 200 && h.json["status"] as? String == "ok")
            _ = try await client.call("/api/events/987654")
            let m = try await client.call("/metrics")
            #expect(m.status == 200)
            #expect(m.text.contains("dyad_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"))
            #expect(m.text.contains("route=\"/api/events/{id}\",status=\"404\""))
            #expect(m.text.contains("dyad_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1"))
            #expect(m.text.contains("dyad_events_stored \(try fixture.store.stats().events)"))
            #expect(m.text.contains("dyad_documents_ingested_total 0"))
        }
    }

    @Test func methodsAndPathsThatDoNotExist() async throws {
        try await fixture.live { client in
            let wrong = try await client.call("/api/events", method: .delete)
            #expect(
                wrong.status == 405 && wrong.headers[.allow] == "GET"
                    && wrong.json["error"] as? String == "method_not_allowed")
            let nothing = try await client.call("/api/nothing")
            #expect(nothing.status == 404 && nothing.json["error"] as? String == "no_route")
        }
    }
}
