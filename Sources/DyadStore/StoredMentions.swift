import DyadModel
import DyadText
import Foundation

/// The compact JSON a store keeps for a document's recognised mentions (`documents.mentions`).
///
/// Mentions outnumber events ten to one and, written as the objects `dyad mentions` prints, took
/// more room than the documents' text. Stored, each is an array of its values in a fixed order,
/// without the document id (the row has it) or the mention's words (cut from the text by the
/// offsets, as sentences are):
///
/// | kind | array |
/// | --- | --- |
/// | place | `[sentence, start, end, "place", country, name, lat, lon, place_kind]` |
/// | actor | `[sentence, start, end, "actor", country, name, sector, actor_kind]` |
/// | quantity | `[sentence, start, end, "quantity", value, qualifier, unit, vague]` |
/// | date | `[sentence, start, end, "date", date, date_kind, last_date]` |
///
/// `start` and `end` are character offsets in the document. The `mentions` view unpacks the
/// arrays into rows with named columns, so SQL users never read this form.
public enum StoredMentions {
    /// The JSON array of `mentions` (all of a document's, in sentence order).
    /// - Parameters:
    ///   - mentions: what the recognizer found, per sentence.
    ///   - text: the analysed document, to turn byte offsets into character offsets.
    public static func json(_ mentions: [SentenceMentions], text: AnalyzedText) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        var first = true
        for m in mentions.flatMap(\.all) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            append(m, text: text, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads back what `json` wrote: the document's mentions in stored order, their words cut
    /// from `text` (the document text, or the part of it that starts at character `textOffset`)
    /// by their character offsets. Arrays that do not have the stored shape (a damaged row) are
    /// skipped.
    public static func decode(_ json: String, text: String, textOffset: Int = 0) -> [StoredMention] {
        guard json != "[]", let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] else {
            return []
        }
        let scalars = Array(text.unicodeScalars)
        func number(_ v: Any) -> Double? { (v as? NSNumber)?.doubleValue }
        func string(_ v: Any) -> String? { v as? String }
        return rows.compactMap { r -> StoredMention? in
            guard r.count >= 7, let sentence = number(r[0]), let start = number(r[1]), let end = number(r[2]),
                let kind = string(r[3]).flatMap(Mention.Kind.init(rawValue:))
            else { return nil }
            guard [sentence, start, end].allSatisfy({ $0.isFinite && abs($0) < 1e15 }) else { return nil }
            let lo = min(max(0, Int(start) - textOffset), scalars.count)
            let hi = min(max(lo, Int(end) - textOffset), scalars.count)
            var words = String.UnicodeScalarView()
            words.append(contentsOf: scalars[lo..<hi])
            var m = StoredMention(
                kind: kind, sentence: Int(sentence), start: lo + textOffset, end: hi + textOffset, text: String(words))
            switch kind {
            case .place:
                guard r.count >= 9 else { return nil }
                m.country = string(r[4]).map(CountryCode.init(rawValue:))
                m.name = string(r[5])
                m.lat = number(r[6])
                m.lon = number(r[7])
                m.placeKind = string(r[8]).flatMap(Mention.PlaceKind.init(rawValue:))
            case .actor:
                guard r.count >= 8 else { return nil }
                m.country = string(r[4]).map(CountryCode.init(rawValue:))
                m.name = string(r[5])
                m.sector = string(r[6]).flatMap(Sector.init(rawValue:))
                m.actorKind = string(r[7]).flatMap(Mention.ActorKind.init(rawValue:))
            case .quantity:
                guard r.count >= 8 else { return nil }
                m.value = number(r[4])
                m.qualifier = string(r[5]).flatMap(Qualifier.init(rawValue:))
                m.unit = string(r[6])
                m.isVague = (r[7] as? NSNumber)?.boolValue
            case .date:
                m.date = string(r[4]).flatMap { Day(iso: $0) }
                m.dateKind = string(r[5]).flatMap(DateMention.Kind.init(rawValue:))
                m.lastDate = string(r[6]).flatMap { Day(iso: $0) }
            }
            return m
        }
    }

    /// Appends one mention's array; the offsets shift a part's mentions into its whole document.
    static func append(
        _ m: Mention, text: AnalyzedText, to out: inout [UInt8], sentenceOffset: Int = 0, characterOffset: Int = 0
    ) {
        var a = ArrayWriter(&out)
        a.int(m.sentence + sentenceOffset, &out)
        a.int(text.characterOffset(ofByte: m.start) + characterOffset, &out)
        a.int(text.characterOffset(ofByte: m.end) + characterOffset, &out)
        switch m.kind {
        case .place:
            a.string("place", &out)
            a.string(m.country?.rawValue, &out)
            a.string(m.name, &out)
            a.double(m.lat, &out)
            a.double(m.lon, &out)
            a.string(m.placeKind?.rawValue, &out)
        case .actor:
            a.string("actor", &out)
            a.string(m.country?.rawValue, &out)
            a.string(m.name, &out)
            a.string(m.sector?.rawValue, &out)
            a.string(m.actorKind?.rawValue, &out)
        case .quantity:
            a.string("quantity", &out)
            a.double(m.quantity?.value, &out)
            a.string(m.quantity?.qualifier.rawValue, &out)
            a.string(m.unit, &out)
            a.raw(m.quantity.map { $0.isVague ? "true" : "false" } ?? "null", &out)
        case .date:
            a.string("date", &out)
            a.string(m.date?.day.description, &out)
            a.string(m.date?.kind.rawValue, &out)
            a.string(m.date?.lastDay?.description, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends the elements of one JSON array.
    struct ArrayWriter {
        private var needsComma = false

        init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "[")) }

        private mutating func separate(_ out: inout [UInt8]) {
            if needsComma { out.append(UInt8(ascii: ",")) }
            needsComma = true
        }

        mutating func raw(_ json: String, _ out: inout [UInt8]) {
            separate(&out)
            out.append(contentsOf: json.utf8)
        }

        mutating func int(_ v: Int, _ out: inout [UInt8]) { raw(String(v), &out) }

        mutating func double(_ v: Double?, _ out: inout [UInt8]) {
            guard let v, v.isFinite else { return raw("null", &out) }
            raw(JSONObject.format(v), &out)
        }

        mutating func string(_ v: String?, _ out: inout [UInt8]) {
            guard let v else { return raw("null", &out) }
            separate(&out)
            JSONObject.appendString(v, to: &out)
        }
    }
}
