import DyadModel
import DyadStore
import DyadText
import Foundation

extension StoredEvent {
    /// The event as the API returns it: the `dyad code` record (keys sorted) plus the store's id,
    /// cluster id and day, and links to itself and its document, so a client can follow them.
    var apiJSON: JSONObject {
        var o = event.json
        o.set("id", Int(id))
        o.set("cluster_id", clusterID.map { Int($0) })
        o.set("day", day?.description)
        o.set("url", "/api/events/\(id)")
        o.set("document_url", "/api/documents/\(PathSegment.encode(event.document))")
        return o
    }
}

extension StoredSentence {
    /// `{"index", "start", "end", "text"}` (character offsets into the document text).
    var json: JSONObject {
        var o = JSONObject()
        o.set("index", index)
        o.set("start", start)
        o.set("end", end)
        o.set("text", text)
        return o
    }
}

/// Percent-encoding of one path segment (document ids may hold characters a path cannot).
enum PathSegment {
    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    static func decode(_ s: String) -> String { s.removingPercentEncoding ?? s }
}

/// Serialises an array of objects with a trailing newline.
func jsonArray(_ items: [JSONObject]) -> [UInt8] {
    var out: [UInt8] = [UInt8(ascii: "[")]
    for (i, o) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out += o.bytes()
    }
    out.append(UInt8(ascii: "]"))
    return out
}
