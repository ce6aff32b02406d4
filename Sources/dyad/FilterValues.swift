import ArgumentParser
import DyadLexicon
import DyadModel

/// Checks and resolves the values of `--type`, `--source`, `--target` and `--place` before they
/// reach the store, so that a typo is an error (exit 2) instead of an empty answer.
///
/// Countries may be written as codes (`RUS`, `igo`) or as names, adjectives or peoples the
/// lexicon knows (`Russia`, `Russian`, `Russians` → `RUS`); an unknown value fails with the codes
/// whose names come closest.
struct FilterValues {
    /// Countries of the built-in lexicon (nil when it cannot be loaded: codes are then only
    /// checked for their shape, and names cannot be resolved).
    let countries: [CountryEntry]?

    init(countries: [CountryEntry]?) { self.countries = countries }

    /// The built-in lexicon's countries, loaded once per command.
    static func load() -> FilterValues {
        FilterValues(countries: try? LexiconData(directory: LexiconLocator.locate()).countries)
    }

    /// The event type named by `value`, or a usage error listing the types.
    func type(_ value: String) throws -> String {
        let upper = value.uppercased()
        guard EventType(rawValue: upper) != nil else {
            let all = EventType.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--type \(value): not an event type; use one of \(all)")
        }
        return upper
    }

    /// The country code `value` stands for, or a usage error naming the closest codes.
    func country(_ value: String, option: String) throws -> String {
        let upper = value.uppercased()
        let isCode = upper.utf8.count == 3 && upper.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
        guard let countries else {
            if isCode { return upper }
            throw ValidationError(
                "--\(option) \(value): not a country code (three letters: RUS, UKR, IGO); names need the lexicon")
        }
        if isCode
            && (CountryCode.nonState.contains(CountryCode(upper)) || countries.contains { $0.code.rawValue == upper })
        {
            return upper
        }
        let key = value.lowercased()
        for c in countries {
            let names = [c.name] + c.aliases + c.adjectives + c.people
            if names.contains(where: { $0.lowercased() == key }) { return c.code.rawValue }
        }
        let close = countries.map { c -> (Int, String) in
            let names = [c.name, c.code.rawValue] + c.aliases
            return (names.map { Self.distance($0.lowercased(), key) }.min() ?? .max, "\(c.code.rawValue) (\(c.name))")
        }
        .sorted { $0 < $1 }.prefix(4).map(\.1)
        throw ValidationError(
            "--\(option) \(value): not a country code or a country's name; closest: \(close.joined(separator: ", "))")
    }

    /// Edit distance between two short strings (for suggestions).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var prev = row[0]
            row[0] = i
            for j in 1...b.count {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }
}
