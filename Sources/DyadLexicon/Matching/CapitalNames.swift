import DyadModel

/// Each country's capital names, lower-cased, for finding a capital's city row while the cities
/// are compiled.
///
/// A city name is compared with its own country's capitals only, byte by byte when both are
/// ASCII, so the ~40,000 city names need neither a lower-cased copy nor a hashed key each.
struct CapitalNames {
    /// A capital name, lower-cased, and the index of its country.
    struct Entry {
        var name: String
        var isASCII: Bool
        var country: Int
    }

    private var byCode: [CountryCode: [Entry]] = [:]

    init(_ countries: [CountryEntry]) {
        for (i, c) in countries.enumerated() {
            for n in c.capitals {
                let lower = n.lowercased()
                byCode[c.code, default: []].append(
                    Entry(name: lower, isASCII: lower.utf8.allSatisfy { $0 < 0x80 }, country: i))
            }
        }
    }

    /// The capitals of the country with this code.
    subscript(code: CountryCode) -> [Entry] { byCode[code] ?? [] }

    /// The country of the capital among `entries` that `name` is, lower-cased (the last listed
    /// when several are).
    static func country(of name: String, among entries: [Entry]) -> Int? {
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        var lower: String?
        var found: Int?
        for e in entries {
            if ascii && e.isASCII {
                if Self.equalsLowercased(name, e.name) { found = e.country }
            } else {
                if lower == nil { lower = name.lowercased() }
                if lower == e.name { found = e.country }
            }
        }
        return found
    }

    /// Whether ASCII `name`, lower-cased, is `lower` (also ASCII).
    private static func equalsLowercased(_ name: String, _ lower: String) -> Bool {
        guard name.utf8.count == lower.utf8.count else { return false }
        for (a, b) in zip(name.utf8, lower.utf8) {
            let la = (a &- 65) < 26 ? a | 0x20 : a
            if la != b { return false }
        }
        return true
    }
}
