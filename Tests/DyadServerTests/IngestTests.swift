import DyadServer
import DyadStore
import Foundation
import Hummingbird
import Testing

/// `POST /api/documents`: tokens, read-only servers, body limits, bad bodies and real ingest.
@Suite(.serialized) struct IngestTests {
    static let article = """
        {"id": "post-1", "date": "2030-01-02", "title": "Rally", "text": "Police arrested 120 protesters in Tbilisi, the Interior Ministry said."}
        """

    @Test func readOnlyServerRefusesWrites() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live(token: nil) { client in
            let r = try await client.call(
                "/api/documents", method: .post, headers: [.authorization: "Bearer anything"], body: Self.article)
            #expect(r.status == 403 && r.json["error"] as? String == "read_only")
        }
    }

    /// A server given no coder (as `dyad serve` runs without a token) reads, shows stored
    /// mentions, and refuses writes even with the right token.
    @Test func serverWithoutCoderOnlyReads() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live(coding: nil) { client in
            let r = try await client.call(
                "/api/documents", method: .post, headers: [.authorization: "Bearer s3cret"], body: Self.article)
            #expect(r.status == 403 && r.json["error"] as? String == "read_only")
            let doc = try await client.call("/api/documents/002_tbilisi_protest")
            #expect(doc.status == 200)
            #expect(!(doc.json["mentions"] as? [[String: Any]] ?? []).isEmpty)
        }
        #expect(try fixture.store.documentState("post-1") == nil)
    }

    @Test func tokensAreChecked() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live { client in
            let none = try await client.call("/api/documents", method: .post, body: Self.article)
            #expect(none.status == 401 && none.headers[.wwwAuthenticate] != nil)
            for header in ["Bearer wrong", "Bearer s3cre", "Bearer s3cret2", "Basic czNjcmV0", "s3cret"] {
                let r = try await client.call(
                    "/api/documents", method: .post, headers: [.authorization: header], body: Self.article)
                #expect(r.status == 401, "\(header)")
                #expect(r.json["error"] as? String == "unauthorized")
            }
        }
        #expect(try fixture.store.documentState("post-1") == nil)
    }

    @Test func documentsAreCodedAndStored() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        let before = try fixture.store.stats().events
        try await fixture.live { client in
            let auth: HTTPFields = [.authorization: "Bearer s3cret"]
            // Warm the stats cache, then check the POST invalidates it.
            let t0 = try await client.call("/api/stats/timeline?from=2030-01-01&to=2030-12-31")
            #expect((t0.json["buckets"] as? [[String: Any]])?.isEmpty == true)
            let r = try await client.call("/api/documents", method: .post, headers: auth, body: Self.article)
            #expect(r.status == 200, "\(r.text)")
            #expect(r.json["added"] as? Int == 1 && (r.json["events"] as? Int ?? 0) >= 1)
            let found = try await client.call("/api/events?text=arrested+Tbilisi")
            #expect((found.json["events"] as? [[String: Any]])?.first?["doc"] as? String == "post-1")
            let again = try await client.call("/api/documents", method: .post, headers: auth, body: Self.article)
            #expect(again.json["skipped"] as? Int == 1)
            let t1 = try await client.call("/api/stats/timeline?from=2030-01-01&to=2030-12-31")
            #expect((t1.json["buckets"] as? [[String: Any]])?.isEmpty == false)
            // A JSON Lines batch, and a pretty-printed single document.
            let batch = """
                {"id": "post-2", "date": "2023-03-10", "text": "Russia accused Ukraine of shelling Donetsk."}
                {"id": "post-3", "date": "2023-03-10", "text": "France and Germany agreed to send aid to Turkey."}
                """
            let b = try await client.call("/api/documents", method: .post, headers: auth, body: batch)
            #expect(b.status == 200 && b.json["added"] as? Int == 2)
            let pretty =
                "{\n  \"id\": \"post-4\",\n  \"date\": null,\n  \"text\": \"Protesters rallied in Paris.\"\n}\n"
            let p = try await client.call("/api/documents", method: .post, headers: auth, body: pretty)
            #expect(p.status == 200 && (p.json["documents"] as? [String]) == ["post-4"])
            let m = try await client.call("/metrics")
            #expect(m.text.contains("dyad_documents_ingested_total 4"))
        }
        #expect(try fixture.store.stats().events > before)
    }

    @Test func badAndTooLargeBodies() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live(maxBody: 4096) { client in
            let auth: HTTPFields = [.authorization: "Bearer s3cret"]
            let big = "{\"id\": \"big\", \"text\": \"" + String(repeating: "word ", count: 2000) + "\"}"
            let r = try await client.call("/api/documents", method: .post, headers: auth, body: big)
            #expect(r.status == 413 && r.json["error"] as? String == "body_too_large")
            for body in ["", "not json", "{\"id\": \"x\"}", "[1, 2]", Self.article + "\n{broken"] {
                let bad = try await client.call("/api/documents", method: .post, headers: auth, body: body)
                #expect(bad.status == 400, "\(body.prefix(30)) gave \(bad.status)")
                #expect(bad.json["error"] as? String == "bad_body")
            }
        }
        #expect(try fixture.store.documentState("post-1") == nil)
        #expect(try fixture.store.documentState("big") == nil)
    }
}
