import DyadText

extension Mention {
    /// Appends the mention as one JSON line (with its newline) to `out`: the object
    /// `dyad mentions --format jsonl` prints, keys sorted: `doc`, `sentence`, `start`/`end`
    /// (character offsets, as Python indexes the text), `text`, `kind`, and the kind's fields.
    public func appendJSONLine(document: String, text: AnalyzedText, to out: inout [UInt8]) {
        var w = JSONFieldWriter(&out)
        let startChar = text.characterOffset(ofByte: start)
        let endChar = text.characterOffset(ofByte: end)
        let surface = text.bytes[start..<end]
        switch kind {
        case .place:
            w.string("country", country?.rawValue, &out)
            w.string("doc", document, &out)
            w.int("end", endChar, &out)
            w.string("kind", "place", &out)
            w.double("lat", lat, &out)
            w.double("lon", lon, &out)
            w.string("name", name, &out)
            w.string("place_kind", placeKind?.rawValue, &out)
            w.int("sentence", sentence, &out)
            w.int("start", startChar, &out)
            w.string("text", bytes: surface, &out)
        case .actor:
            w.string("actor_kind", actorKind?.rawValue, &out)
            w.string("country", country?.rawValue, &out)
            w.string("doc", document, &out)
            w.int("end", endChar, &out)
            w.string("kind", "actor", &out)
            w.string("name", name, &out)
            w.string("sector", sector?.rawValue, &out)
            w.int("sentence", sentence, &out)
            w.int("start", startChar, &out)
            w.string("text", bytes: surface, &out)
        case .quantity:
            w.string("doc", document, &out)
            w.int("end", endChar, &out)
            w.string("kind", "quantity", &out)
            w.string("qualifier", quantity?.qualifier.rawValue, &out)
            w.int("sentence", sentence, &out)
            w.int("start", startChar, &out)
            w.string("text", bytes: surface, &out)
            w.string("unit", unit, &out)
            w.bool("vague", quantity?.isVague, &out)
            w.double("value", quantity?.value, &out)
        case .date:
            w.string("date", date?.day.description, &out)
            w.string("date_kind", date?.kind.rawValue, &out)
            w.string("doc", document, &out)
            w.int("end", endChar, &out)
            w.string("kind", "date", &out)
            if let last = date?.lastDay { w.string("last_date", last.description, &out) }
            w.int("sentence", sentence, &out)
            w.int("start", startChar, &out)
            w.string("text", bytes: surface, &out)
        }
        w.end(&out)
        out.append(0x0A)
    }
}
