import DyadModel
import DyadText

/// Draws realistic-looking coded documents (skewed countries and types, two years of days, counts,
/// one sentence per event) to fill a large store for query benchmarks without a large corpus.
public struct SyntheticEvents: Sendable {
    /// Country codes, most frequent first.
    public static let countries = [
        "USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "IND", "ISR", "PSE", "IRN", "TUR", "SYR", "IRQ", "AFG",
        "PAK", "JPN", "KOR", "PRK", "BRA", "MEX", "NGA", "ZAF", "EGY", "SAU", "KAZ", "GEO", "POL", "ITA", "ESP",
        "CAN", "AUS", "IDN", "PHL", "VEN", "COL", "ETH", "SDN", "KEN", "MMR",
    ]
    /// Event types, most frequent first.
    public static let types: [EventType] = [
        .assault, .coerce, .protest, .consult, .accuse, .request, .agree, .support, .threaten, .aid, .cooperate,
        .reject, .sanction, .mobilize, .concede, .retreat, .migrate,
    ]
    static let sectors: [Sector] = [
        .government, .military, .police, .civilians, .opposition, .judiciary, .legislature, .medical, .refugees,
    ]
    static let verbs = [
        "attacked", "arrested", "protested against", "met", "accused", "asked", "agreed with", "backed",
        "threatened", "sent aid to", "signed a deal with", "rejected", "sanctioned", "deployed troops near",
        "released", "withdrew from", "fled to",
    ]

    /// A small deterministic generator (SplitMix64), so that runs are repeatable.
    public struct Random {
        public init(state: UInt64) { self.state = state }
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        /// Skewed towards small indices (roughly Zipf): most news is about a few countries.
        mutating func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow2(Double(below(10_000)) / 10_000))) }
        func pow2(_ x: Double) -> Double { x * x * x }
    }

    public var seed: UInt64
    public var eventsPerDocument: Int

    public init(seed: UInt64 = 1, eventsPerDocument: Int = 8) {
        self.seed = seed
        self.eventsPerDocument = eventsPerDocument
    }

    /// Document `n` (ids `synthetic-n`), the same for the same seed.
    public func item(_ n: Int) -> IngestItem {
        var r = Random(state: seed &+ UInt64(n) &* 0x1000_0001)
        let start = Day(year: 2021, month: 1, day: 1)!
        let published = start.adding(days: r.below(730))
        let id = "synthetic-\(n)"
        var sentences: [StoredSentence] = []
        var events: [CodedEvent] = []
        var offset = 0
        for i in 0..<eventsPerDocument {
            let t = r.skewed(Self.types.count)
            let a = CountryCode(Self.countries[r.skewed(Self.countries.count)])
            let b = CountryCode(Self.countries[r.skewed(Self.countries.count)])
            let sa = Self.sectors[r.below(Self.sectors.count)]
            let sb = Self.sectors[r.below(Self.sectors.count)]
            let count = r.below(4) == 0 ? Double(1 + r.below(500)) : nil
            let text =
                "Officials of \(a) \(Self.verbs[t]) people of \(b)"
                + (count.map { " after \(Int($0)) people were counted" } ?? "") + "."
            sentences.append(StoredSentence(index: i, start: offset, end: offset + text.count, text: text))
            let day = published.adding(days: -r.below(3))
            let hasTarget = r.below(4) != 0
            events.append(
                CodedEvent(
                    document: id, type: Self.types[t], mode: nil,
                    source: [CodedEvent.Actor(text: "Officials of \(a)", country: a, sector: sa)],
                    target: hasTarget ? [CodedEvent.Actor(text: "people of \(b)", country: b, sector: sb)] : [],
                    date: r.below(3) == 0 ? nil : day,
                    place: CodedEvent.Place(
                        name: "Capital of \(b)", country: b, lat: Double(r.below(120)) - 60,
                        lon: Double(r.below(360)) - 180),
                    quantity: count.map {
                        CodedEvent.Count(value: $0, qualifier: .exact, unit: "people", text: "\(Int($0))")
                    },
                    attribution: nil,
                    evidence: CodedEvent.Evidence(sentence: i, start: offset, end: offset + text.count, text: text),
                    modality: nil, contexts: [], trigger: Self.verbs[t]))
            offset += text.count + 1
        }
        let doc = Document(
            id: id, date: published, text: sentences.map(\.text).joined(separator: " "), origin: "synthetic")
        return IngestItem(document: doc, contentHash: IngestItem.contentHash(doc), sentences: sentences, events: events)
    }
}
