import DyadText
import Hummingbird

/// An error the server answers with: a status and a JSON body `{"error": code, "detail": text}`.
///
/// Every failure, whether thrown by a handler, by Hummingbird (no route, body too large) or by the
/// store, leaves the server as one of these, so clients parse one error shape.
public struct APIError: Error, Sendable, Hashable, HTTPResponseError {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short machine-readable code (`bad_parameter`, `not_found`...).
    public var code: String
    /// What went wrong and what to do, for a person.
    public var detail: String
    /// Extra headers (`Allow` on 405, `WWW-Authenticate` on 401).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ detail: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers
    }

    /// A query or path parameter that is malformed or out of range (400).
    public static func badParameter(_ name: String, _ detail: String) -> APIError {
        APIError(.badRequest, "bad_parameter", "\(name): \(detail)")
    }

    /// Something asked for by id that does not exist (404).
    public static func notFound(_ detail: String) -> APIError { APIError(.notFound, "not_found", detail) }

    /// The JSON body.
    var json: JSONObject {
        var o = JSONObject()
        o.set("error", code)
        o.set("detail", detail)
        o.set("status", Int(status.code))
        return o
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        var bytes = json.bytes()
        bytes.append(0x0A)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
