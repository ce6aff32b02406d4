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
        let ascii = Self.isASCII(name)
        var lower: String?
        var found: Int?
        for e in entries {
            if ascii && e.isASCII {
                if Self.equalsLowercased(name, e.name) { found = e.country }
            } else if ascii || !e.isASCII || Self.mayLowercaseToASCII(name) {
                if lower == nil { lower = name.lowercased() }
                if lower == e.name { found = e.country }
            }
        }
        return found
    }

    /// Whether a name that is not all ASCII can, lower-cased, equal an ASCII string.
    ///
    /// Strings are equal when canonically equivalent. Lower-casing maps no letter outside ASCII to
    /// ASCII but the KELVIN SIGN (U+212A, to "k"), and the only characters canonically
    /// equivalent to ASCII ones are U+212A, U+037E GREEK QUESTION MARK (";") and U+1FEF GREEK
    /// VARIA ("`"); any other scalar outside ASCII stays in the lower-cased name. So a name
    /// holding another one never equals an ASCII capital, and most non-ASCII city names (of a
    /// country whose capitals are ASCII) need no lower-cased copy. A test checks both facts
    /// over every scalar.
    static func mayLowercaseToASCII(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.isASCII || asciiEquivalents.contains($0.value) }
    }

    /// The scalars outside ASCII that lower-case to ASCII or are canonically equivalent to it.
    static let asciiEquivalents: Set<UInt32> = [0x212A, 0x037E, 0x1FEF]

    /// Whether ASCII `name`, lower-cased, is `lower` (also ASCII).
    private static func equalsLowercased(_ name: String, _ lower: String) -> Bool {
        guard name.utf8.count == lower.utf8.count else { return false }
        return
            name.utf8.withContiguousStorageIfAvailable { a in
                lower.utf8.withContiguousStorageIfAvailable { b in
                    for i in 0..<a.count where ((a[i] &- 65) < 26 ? a[i] | 0x20 : a[i]) != b[i] { return false }
                    return true
                }
            }.flatMap { $0 } ?? (name.lowercased() == lower)
    }

    /// Whether every byte of `s` is ASCII.
    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { u in
            var any: UInt8 = 0
            for b in u { any |= b }
            return any < 0x80
        } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }
}
