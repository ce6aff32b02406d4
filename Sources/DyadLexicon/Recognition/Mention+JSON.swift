import DyadText

extension Mention {
    /// The mention as the JSON object `dyad mentions --format jsonl` prints: `doc`, `sentence`,
    /// `start`/`end` (character offsets, as Python indexes the text), `text`, `kind`, and the
    /// kind's fields.
    public func json(document: String, text: AnalyzedText) -> JSONObject {
        // Keys are set in sorted order (the output contract) so no sort is needed.
        var o = JSONObject(presorted: true)
        let startChar = text.characterOffset(ofByte: start)
        let endChar = text.characterOffset(ofByte: end)
        switch kind {
        case .place:
            o.set("country", country)
            o.set("doc", document)
            o.set("end", endChar)
            o.set("kind", kind.rawValue)
            o.set("lat", lat)
            o.set("lon", lon)
            o.set("name", name)
            o.set("place_kind", placeKind?.rawValue)
            o.set("sentence", sentence)
            o.set("start", startChar)
            o.set("text", text.string(start..<end))
        case .actor:
            o.set("actor_kind", actorKind?.rawValue)
            o.set("country", country)
            o.set("doc", document)
            o.set("end", endChar)
            o.set("kind", kind.rawValue)
            o.set("name", name)
            o.set("sector", sector)
            o.set("sentence", sentence)
            o.set("start", startChar)
            o.set("text", text.string(start..<end))
        case .quantity:
            o.set("doc", document)
            o.set("end", endChar)
            o.set("kind", kind.rawValue)
            o.set("qualifier", quantity?.qualifier.rawValue)
            o.set("sentence", sentence)
            o.set("start", startChar)
            o.set("text", text.string(start..<end))
            o.set("unit", unit)
            o.set("vague", quantity?.isVague)
            o.set("value", quantity?.value)
        case .date:
            o.set("date", date?.day.description)
            o.set("date_kind", date?.kind.rawValue)
            o.set("doc", document)
            o.set("end", endChar)
            o.set("kind", kind.rawValue)
            if let last = date?.lastDay { o.set("last_date", last.description) }
            o.set("sentence", sentence)
            o.set("start", startChar)
            o.set("text", text.string(start..<end))
        }
        return o
    }
}
