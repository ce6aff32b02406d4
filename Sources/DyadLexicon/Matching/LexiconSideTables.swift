import Dispatch
import DyadModel
import DyadText

/// The parts of the compiled lexicon that do not depend on the name automaton: the event
/// triggers, the common words, the capital city of each country and the cities per country.
///
/// `Lexicon.init` builds them on another thread while it fills the name automaton, which is
/// the longest part of compiling and runs on one thread.
struct LexiconSideTables: Sendable {
    var eventAutomaton: PhraseAutomaton<Lexicon.EventTrigger>
    /// Bits of the first keys of event triggers (see `Lexicon.mayStartEvent`).
    var eventFilter: [UInt64]
    var commonWords: Set<UInt64>
    /// Country index → city index of its (largest) capital.
    var capitalCity: [Int: Int]
    var cityCount: [CountryCode: Int]

    init(_ data: LexiconData, tokenizer: Tokenizer) {
        var events = PhraseAutomaton<Lexicon.EventTrigger>(expectedTransitions: data.events.count * 16)
        var eventFilter = [UInt64](repeating: 0, count: 1024)
        for (i, e) in data.events.enumerated() {
            for form in e.forms {
                let toks =
                    form.utf8.withContiguousStorageIfAvailable { tokenizer.tokenize($0) }
                    ?? tokenizer.tokenize(Array(form.utf8))
                guard !toks.isEmpty else { continue }
                // Forms ending in -ed/-en can head a passive ("were arrested by police").
                let participle = Lexicon.headIsParticiple(form.lowercased())
                events.insert(toks.lazy.map(\.key), Lexicon.EventTrigger(pattern: i, participle: participle))
                let f = Lexicon.lowerFilterIndex(toks[0].key)
                eventFilter[f >> 6] |= 1 << UInt64(f & 63)
            }
        }
        self.eventAutomaton = events
        self.eventFilter = eventFilter
        self.commonWords = Set(data.commonWords.map { TokenKey.of($0) })
        (self.capitalCity, self.cityCount) = Self.cities(data)
    }

    /// Each country's capital city (the most populous city named as one of its capitals, by a
    /// name or alias the automaton takes) and the number of cities per country.
    private static func cities(_ data: LexiconData) -> (capitals: [Int: Int], counts: [CountryCode: Int]) {
        let capitals = CapitalNames(data.countries)
        var capitalCity: [Int: Int] = [:]
        // One dictionary look-up per city: the country's slot, for its count and its capitals.
        var slots: [CountryCode: Int] = [:]
        var counts: [Int] = []
        var codes: [CountryCode] = []
        var own: [[CapitalNames.Entry]] = []
        data.cities.withUnsafeBufferPointer { cities in
            for i in cities.indices {
                let country = cities[i].country
                let slot: Int
                if let s = slots[country] {
                    slot = s
                } else {
                    slot = counts.count
                    slots[country] = slot
                    counts.append(0)
                    codes.append(country)
                    own.append(capitals[country])
                }
                counts[slot] += 1
                guard !own[slot].isEmpty else { continue }
                let name = cities[i].name
                let aliases = cities[i].aliases
                // The names the automaton takes for the city (see `Lexicon.init`).
                for k in -1..<aliases.count {
                    let n = k < 0 ? name : aliases[k]
                    guard k < 0 || n != name && !aliases[..<k].contains(n) else { continue }
                    if let ci = CapitalNames.country(of: n, among: own[slot]),
                        capitalCity[ci].map({ cities[$0].population < cities[i].population }) ?? true
                    {
                        capitalCity[ci] = i
                    }
                }
            }
        }
        var cityCount: [CountryCode: Int] = [:]
        for (slot, code) in codes.enumerated() { cityCount[code] = counts[slot] }
        return (capitalCity, cityCount)
    }

    /// Builds the tables on another thread; `wait()` returns them.
    static func start(_ data: LexiconData, tokenizer: Tokenizer) -> Pending {
        let pending = Pending()
        DispatchQueue.global().async(group: pending.group) {
            pending.tables = LexiconSideTables(data, tokenizer: tokenizer)
        }
        return pending
    }

    /// Tables being built on another thread (written before the group leaves, read after).
    final class Pending: @unchecked Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate var tables: LexiconSideTables?

        func wait() -> LexiconSideTables {
            group.wait()
            return tables!
        }
    }
}
