import Foundation
import Hummingbird

/// The request context of every route: Hummingbird's basic context, with the JSON encoder that
/// `ResponseEncodable` answers (`/healthz`) are written with set to sorted keys, as every other
/// JSON body of the API is.
public struct DyadRequestContext: RequestContext {
    /// What Hummingbird keeps for every request (route parameters, the matched endpoint's path
    /// that `/metrics` labels requests with).
    public var coreContext: CoreRequestContextStorage

    /// Made by Hummingbird for each request from the connection's source.
    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Sorted keys and unescaped slashes, like `JSONObject`, so clients see one style of JSON.
    public var responseEncoder: JSONEncoder { JSONAnswer.encoder }
}

/// The JSON encoder of the Codable answers, shared by `DyadRequestContext` and the cached
/// answers encoded once per state of the store (`/api/stats/...`).
enum JSONAnswer {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// A value's JSON as bytes, for the response cache.
    static func bytes(_ value: some Encodable) throws -> [UInt8] { Array(try encoder.encode(value)) }
}
