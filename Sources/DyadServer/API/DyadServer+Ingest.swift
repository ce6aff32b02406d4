import DyadStore
import DyadText
import Foundation
import Hummingbird

/// `POST /api/documents`: the one route that writes.
extension DyadServer {
    /// Codes and stores one JSON document or a JSON Lines batch, all or nothing: a batch with any
    /// unreadable line is refused whole (400, each problem listed) so a client can fix and resend it.
    func ingest(_ request: Request, _ context: DyadRequestContext) async throws -> IngestAnswer {
        try authorize(request)
        guard let coding else {
            throw APIError(.forbidden, "read_only", "this server was started without a coder and only reads")
        }
        let limit = configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError(
                .contentTooLarge, "body_too_large", "the body has \(length) bytes; this server accepts \(limit)")
        }
        // Backpressure: a coding slot now, or 503 and come back later (before reading the body,
        // so a refused client's body is never held).
        guard codingSlots.tryAcquire() else {
            throw APIError(
                .serviceUnavailable, "busy",
                "\(codingSlots.limit) documents are being coded already; retry in "
                    + "\(ServerConfiguration.retryAfterSeconds) s",
                headers: [.retryAfter: String(ServerConfiguration.retryAfterSeconds)])
        }
        defer { codingSlots.release() }
        let body = try await request.body.collect(upTo: limit)
        let bytes = Array(body.readableBytesView)
        let documents = try Self.documents(in: bytes, maxDocumentBytes: configuration.maxDocumentBytes)
        let store = store
        let progress = try await offload {
            try StoreIngestor(store: store, threads: 1, batchSize: 256, coding: coding)
                .run(documents.map { Result<Document, DocumentIssue>.success($0) })
        }
        cache.invalidate()
        let o = progress.outcome
        metrics.recordIngest(documents: o.added + o.replaced, events: o.events)
        return IngestAnswer(
            added: o.added, replaced: o.replaced, skipped: o.skipped, events: o.events, documents: documents.map(\.id))
    }

    /// 403 when the server has no token (read-only), 401 when the request's bearer token is
    /// missing or wrong (compared in constant time).
    func authorize(_ request: Request) throws {
        guard let token = configuration.token else {
            throw APIError(
                .forbidden, "read_only", "this server is read-only; start it with --token-file FILE or DYAD_TOKEN")
        }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"dyad\""]
        // The scheme name is case-insensitive (RFC 7235), the token is not.
        guard let header = request.headers[.authorization], header.utf8.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else {
            throw APIError(
                .unauthorized, "unauthorized", "send Authorization: Bearer <token>", headers: challenge)
        }
        let given = Array(header.dropFirst(7).drop(while: { $0 == " " }).utf8)
        let expected = Array(token.utf8)
        var difference = given.count ^ expected.count
        for i in 0..<given.count { difference |= Int(given[i] ^ expected[i % max(1, expected.count)]) }
        guard difference == 0 else {
            throw APIError(.unauthorized, "unauthorized", "the bearer token is wrong", headers: challenge)
        }
    }

    /// The documents of a body: one JSON object (possibly spread over lines) or JSON Lines.
    ///
    /// A document without an id is named by its content (`doc-` and the hash of its text), so
    /// two posts without ids never replace each other and posting the same text again is
    /// recognised; two documents of one body with the same id are refused, naming both lines.
    static func documents(in bytes: [UInt8], maxDocumentBytes: Int = 8 << 20) throws -> [Document] {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw APIError(.badRequest, "bad_body", "the body is empty; send a JSON document or JSON Lines")
        }
        var lines = bytes
        // A pretty-printed single object is re-serialised onto one line for the JSON Lines reader.
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)), object is [String: Any],
            bytes.contains(0x0A), let flat = try? JSONSerialization.data(withJSONObject: object)
        {
            lines = Array(flat)
        }
        var documents: [Document] = []
        var problems: [String] = []
        var origins: [String: String] = [:]
        for result in DocumentReader.documents(
            fromJSONLines: lines, origin: "body", maxDocumentBytes: maxDocumentBytes, missingIDs: .contentHash)
        {
            switch result {
            case .success(let d):
                if let first = origins.updateValue(d.origin, forKey: d.id) {
                    problems.append("\(d.origin): id \"\(d.id)\" is also the id of \(first)")
                    origins[d.id] = first
                } else {
                    documents.append(d)
                }
            case .failure(let issue): problems.append(issue.description)
            }
        }
        if !problems.isEmpty {
            throw APIError(.badRequest, "bad_body", problems.prefix(20).joined(separator: "; "))
        }
        guard !documents.isEmpty else { throw APIError(.badRequest, "bad_body", "no documents in the body") }
        return documents
    }
}

/// The answer of `POST /api/documents`: what the store did with the body, and the ids of its
/// documents (given, or made from their content), encoded by Hummingbird with sorted keys.
struct IngestAnswer: ResponseEncodable, Sendable {
    var added: Int
    var replaced: Int
    var skipped: Int
    var events: Int
    var documents: [String]
}
