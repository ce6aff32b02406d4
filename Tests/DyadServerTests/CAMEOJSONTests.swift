import DyadModel
import DyadStore
import DyadText
import Foundation
import Testing

@testable import DyadServer

/// The API's event JSON carries a pattern's CAMEO code, and the OpenAPI document describes it.
@Suite struct CAMEOJSONTests {
    static func stored(cameo: String?) -> StoredEvent {
        let e = CodedEvent(
            document: "d", type: .accuse, mode: "disapprove", source: [], target: [], date: nil, place: nil,
            quantity: nil, attribution: nil, evidence: .init(sentence: 0, start: 0, end: 9, text: "chastised"),
            modality: nil, contexts: [], trigger: "chastised", cameo: cameo)
        return StoredEvent(id: 3, clusterID: nil, day: nil, event: e)
    }

    @Test func theEventJSONHasCAMEOOnlyWhenThePatternGaveIt() throws {
        let with = try #require(
            JSONSerialization.jsonObject(with: Data(Self.stored(cameo: "111").apiJSON.bytes())) as? [String: Any])
        #expect(with["cameo"] as? String == "111" && with["id"] as? Int == 3)
        let without = try #require(
            JSONSerialization.jsonObject(with: Data(Self.stored(cameo: nil).apiJSON.bytes())) as? [String: Any])
        #expect(without["cameo"] == nil)
    }

    @Test func theOpenAPIEventSchemaDescribesCAMEO() throws {
        let doc = try #require(JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let schemas = (doc["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let event = schemas?["Event"] as? [String: Any]
        let cameo = (event?["properties"] as? [String: Any])?["cameo"] as? [String: Any]
        #expect(cameo?["type"] as? String == "string")
    }
}
