import DyadServer
import DyadStore
import DyadText
import Foundation
import Hummingbird
import Testing

/// Ids that never overwrite, coding backpressure, paged documents and the smaller checks.
@Suite(.serialized) struct HardeningTests {
    static let auth: HTTPFields = [.authorization: "Bearer s3cret"]

    @Test func postsWithoutIDsGetTheirContentsIDAndNeverReplaceEachOther() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live { client in
            let one = #"{"date": "2030-01-02", "text": "Police arrested 12 people in Tbilisi."}"#
            let two = #"{"date": "2030-01-02", "text": "Police arrested 30 people in Minsk."}"#
            let a = try await client.call("/api/documents", method: .post, headers: Self.auth, body: one)
            let b = try await client.call("/api/documents", method: .post, headers: Self.auth, body: two)
            #expect(a.status == 200 && b.status == 200)
            #expect(
                a.json["documents"] as? [String] == [DocumentReader.contentID("Police arrested 12 people in Tbilisi.")])
            #expect(b.json["added"] as? Int == 1 && b.json["replaced"] as? Int == 0)
            let again = try await client.call("/api/documents", method: .post, headers: Self.auth, body: one)
            #expect(again.json["skipped"] as? Int == 1 && again.json["replaced"] as? Int == 0)
        }
    }

    @Test func aBodyRepeatingAnIDIsRefusedNamingBothLines() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live { client in
            let body = """
                {"id": "x", "date": null, "text": "One."}
                {"id": "x", "date": null, "text": "Two."}
                """
            let r = try await client.call("/api/documents", method: .post, headers: Self.auth, body: body)
            #expect(r.status == 400)
            #expect((r.json["detail"] as? String)?.contains("body:2: id \"x\" is also the id of body:1") == true)
        }
        #expect(try fixture.store.documentState("x") == nil)
    }

    @Test func busyCodingSlotsAnswer503WithRetryAfter() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        let server = fixture.server(configure: { $0.maxConcurrentCodings = 1 })
        // The one slot is taken, as by a long coding in flight.
        #expect(server.codingSlots.tryAcquire())
        try await server.live { client in
            let r = try await client.call(
                "/api/documents", method: .post, headers: Self.auth, body: #"{"date": null, "text": "Words."}"#)
            #expect(r.status == 503 && r.json["error"] as? String == "busy")
            #expect(r.headers[.retryAfter] == String(ServerConfiguration.retryAfterSeconds))
            server.codingSlots.release()
            let ok = try await client.call(
                "/api/documents", method: .post, headers: Self.auth, body: #"{"date": null, "text": "Words."}"#)
            #expect(ok.status == 200)
        }
    }

    @Test func bearerSchemeIsCaseInsensitive() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live { client in
            for scheme in ["bearer", "BEARER", "Bearer"] {
                let r = try await client.call(
                    "/api/documents", method: .post, headers: [.authorization: "\(scheme) s3cret"],
                    body: #"{"id": "b", "date": null, "text": "Words."}"#)
                #expect(r.status == 200, "\(scheme)")
            }
            let wrong = try await client.call(
                "/api/documents", method: .post, headers: [.authorization: "bearer S3CRET"],
                body: #"{"id": "b", "date": null, "text": "Words."}"#)
            #expect(wrong.status == 401)
        }
    }

    @Test func aRepeatedSingleValuedParameterIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        try await fixture.live { client in
            let r = try await client.call("/api/events?limit=10&limit=20")
            #expect(r.status == 400)
            #expect(r.text.contains("limit") && r.text.contains("more than once"))
            let lists = try await client.call("/api/events?type=PROTEST&type=COERCE&limit=5")
            #expect(lists.status == 200)
            let doc = try await client.call("/api/documents/hand-1?sentence=0&sentence=1")
            #expect(doc.status == 400)
        }
    }

    @Test func longDocumentsAreAnsweredPageByPage() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        let id = "000_0befeabcef7abe3a"
        let whole = try #require(try fixture.store.document(id: id))
        let server = fixture.server(configure: { $0.documentPageSentences = 3 })
        try await server.live { client in
            var text = ""
            var sentences: [Int] = []
            var events = 0
            var uri: String? = "/api/documents/\(id)"
            var pages = 0
            while let next = uri {
                let r = try await client.call(next)
                #expect(r.status == 200)
                #expect(r.json["text_start"] as? Int == text.unicodeScalars.count)
                text += r.json["text"] as? String ?? ""
                let page = (r.json["sentences"] as? [[String: Any]] ?? []).compactMap { $0["index"] as? Int }
                #expect(page.count <= 3)
                sentences += page
                events += (r.json["events"] as? [[String: Any]] ?? []).count
                for m in r.json["mentions"] as? [[String: Any]] ?? [] {
                    let sentence = try #require(m["start"] as? Int)
                    #expect(sentence >= (r.json["text_start"] as? Int ?? 0))
                }
                uri = r.json["next"] as? String
                pages += 1
            }
            #expect(pages == (whole.sentences.count + 2) / 3)
            #expect(text == whole.document.text)
            #expect(sentences == whole.sentences.map(\.index))
            #expect(events == (try fixture.store.events(inDocument: id)).count)
            let page = try await client.call("/documents/\(id)?sentence=3")
            #expect(page.status == 200 && page.text.contains("Next part"))
        }
    }
}
