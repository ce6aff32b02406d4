import DyadModel
import DyadStore
import DyadText
import Foundation

/// A fresh temporary folder per test, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// An event built by hand, so that each test controls type (a code such as "PROTEST"), countries,
/// day and place.
func event(
    _ doc: String, _ type: String, source: [String], target: [String] = [], date: String? = nil,
    place: String? = nil, quantity: Double? = nil, sentence: Int = 0, actorText: String = "officials"
) -> CodedEvent {
    CodedEvent(
        document: doc, type: EventType(rawValue: type)!, mode: nil,
        source: source.map {
            CodedEvent.Actor(text: "\(actorText) of \($0)", country: CountryCode($0), sector: .government)
        },
        target: target.map { CodedEvent.Actor(text: "people of \($0)", country: CountryCode($0), sector: .civilians) },
        date: date.flatMap { Day(iso: $0) },
        place: place.map { CodedEvent.Place(name: "Capital of \($0)", country: CountryCode($0), lat: 10, lon: 20) },
        quantity: quantity.map {
            CodedEvent.Count(value: $0, qualifier: .exact, unit: "people", text: "\(Int($0)) people")
        },
        attribution: nil, evidence: CodedEvent.Evidence(sentence: sentence, start: 0, end: 5, text: "words"),
        modality: nil,
        contexts: [], trigger: "trigger")
}

/// A document whose sentences say `sentences`, with the given events.
func item(_ id: String, date: String = "2022-09-27", sentences: [String], events: [CodedEvent]) -> IngestItem {
    let text = sentences.joined(separator: " ")
    let doc = Document(id: id, date: Day(iso: date), text: text, origin: "test")
    var offset = 0
    var stored: [StoredSentence] = []
    for (i, s) in sentences.enumerated() {
        stored.append(StoredSentence(index: i, start: offset, end: offset + s.count, text: s))
        offset += s.count + 1
    }
    return IngestItem(document: doc, contentHash: IngestItem.contentHash(doc), sentences: stored, events: events)
}
