import DyadModel
import DyadText
import Foundation

extension LexiconData {
    /// Reads `actors.tsv`, `actors_imported.tsv` or `actors_mined.tsv`.
    /// - Parameter parts: how many threads read the rows (the imported file has ~25,000).
    /// - Throws: `LexiconError.badRow` naming the file, line and the bad cell.
    static func readActors(_ path: String, parts: Int = 1) throws -> [ActorEntry] {
        let f = try TSVFile(path: path)
        let (name, aliases, country, sector, kind) = (
            try f.column("name"), try f.column("aliases"), try f.column("country"), try f.column("sector"),
            try f.column("kind")
        )
        let note = f.optionalColumn("note")
        let spells = f.optionalColumn("spells")
        let source = f.optionalColumn("source")
        let outside = f.optionalColumn("outside")
        return try f.mapRows(parts: parts) { c in
            let line = c.line
            guard !c.isEmpty(name), !c.isEmpty(country) else {
                throw LexiconError.badRow(path: path, line: line, problem: "name and country are required")
            }
            // A secondary code may follow the first ("GOV|PRE"); each must be a sector, the first is used.
            var first: Sector?
            try forEachAlternative(c.cell(sector)) { code in
                let s = try Self.sector(code, path, line)
                if first == nil { first = s }
            }
            let codedOutside: Bool
            if let outside, !c.isEmpty(outside) {
                guard c.cell(outside, is: "default") || c.cell(outside, is: "none") else {
                    throw LexiconError.badRow(
                        path: path, line: line, problem: "outside is \"\(c[outside])\" (expected default or none)")
                }
                codedOutside = !c.cell(outside, is: "none")
            } else {
                codedOutside = true
            }
            var dated: [ActorSpell] = []
            if let spells, !c.isEmpty(spells) {
                let cell = c.cell(spells)
                dated.reserveCapacity(cell.reduce(1) { $1 == UInt8(ascii: "|") ? $0 + 1 : $0 })
                try forEachAlternative(cell) { dated.append(try Self.spell($0, path, line)) }
            }
            return ActorEntry(
                name: c[name], aliases: c.alternatives(aliases), country: CountryCode(c[country]),
                sector: first, kind: c[kind], note: note.map { c[$0] } ?? "", spells: dated,
                codedOutsideSpells: codedOutside, source: source.map { Self.source(c.cell($0)) } ?? "curated")
        }
    }

    /// The `source` cell, sharing one string for the values the built-in files repeat 25,000 times.
    private static func source(_ cell: UnsafeBufferPointer<UInt8>) -> String {
        if cell.isEmpty { return "curated" }
        for (bytes, string) in knownSources
        where cell.count == bytes.utf8CodeUnitCount && memcmp(cell.baseAddress!, bytes.utf8Start, cell.count) == 0 {
            return string
        }
        return String(decoding: cell, as: UTF8.self)
    }

    private static let knownSources: [(StaticString, String)] = [
        ("curated", "curated"), ("phoenix:countries", "phoenix:countries"),
        ("phoenix:international", "phoenix:international"), ("phoenix:milnonstate", "phoenix:milnonstate"),
        ("mined:rss2022_en", "mined:rss2022_en"),
    ]

    /// Calls `body` with each non-empty `|`-separated alternative of a cell, spaces trimmed (the
    /// alternatives `TSVFile.alternatives` returns), without making strings of them.
    static func forEachAlternative(
        _ c: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        guard !c.isEmpty else { return }
        var start = 0
        for k in 0...c.count where k == c.count || c[k] == UInt8(ascii: "|") {
            var a = start
            var b = k
            while a < b && c[a] == 0x20 { a += 1 }
            while b > a && c[b - 1] == 0x20 { b -= 1 }
            if a < b { try body(UnsafeBufferPointer(rebasing: c[a..<b])) }
            start = k + 1
        }
    }

    /// Parses one dated code, `COUNTRY SECTOR FROM..TO` (`-` for no sector, either day may be
    /// left out: `EGY GOV 1981-10-14..2011-02-11`, `EGY ELI 2011-02-12..`).
    /// - Throws: `LexiconError.badRow` naming the file, line and what is wrong with the spell.
    static func spell(_ text: String, _ path: String, _ line: Int) throws -> ActorSpell {
        var text = text
        return try text.withUTF8 { try spell($0, path, line) }
    }

    /// `spell` on the cell's bytes: the imported actors hold ~25,000 spells. A spell the fast
    /// path does not take is parsed again by `checkedSpell`, which says what is wrong.
    static func spell(_ u: UnsafeBufferPointer<UInt8>, _ path: String, _ line: Int) throws -> ActorSpell {
        // Three fields separated by runs of spaces.
        var fields = (0..<0, 0..<0, 0..<0)
        var count = 0
        var k = 0
        while k < u.count {
            while k < u.count && u[k] == 0x20 { k += 1 }
            let s = k
            while k < u.count && u[k] != 0x20 { k += 1 }
            guard k > s else { continue }
            switch count {
            case 0: fields.0 = s..<k
            case 1: fields.1 = s..<k
            case 2: fields.2 = s..<k
            default: return try checkedSpell(u, path, line)
            }
            count += 1
        }
        guard count == 3, fields.0.count == 3 else { return try checkedSpell(u, path, line) }
        let sectorField = UnsafeBufferPointer(rebasing: u[fields.1])
        var sector: Sector?
        if !(sectorField.count == 1 && sectorField[0] == UInt8(ascii: "-")) {
            guard let s = Sector(code: sectorField) else { return try checkedSpell(u, path, line) }
            sector = s
        }
        let range = fields.2
        var dots = range.lowerBound
        while dots + 1 < range.upperBound && !(u[dots] == 0x2E && u[dots + 1] == 0x2E) { dots += 1 }
        guard dots + 1 < range.upperBound else { return try checkedSpell(u, path, line) }
        guard let from = day(u, range.lowerBound..<dots), let to = day(u, (dots + 2)..<range.upperBound) else {
            return try checkedSpell(u, path, line)
        }
        if let f = from, let t = to, t < f { return try checkedSpell(u, path, line) }
        return ActorSpell(
            country: CountryCode(String(decoding: UnsafeBufferPointer(rebasing: u[fields.0]), as: UTF8.self)),
            sector: sector, from: from, to: to)
    }

    /// A day of a spell: `.some(nil)` for an empty field, nil when it is not `YYYY-MM-DD` (as
    /// `Day(iso:)` reads it).
    private static func day(_ u: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Day?? {
        if r.isEmpty { return .some(nil) }
        guard r.count == 10, u[r.lowerBound + 4] == UInt8(ascii: "-"), u[r.lowerBound + 7] == UInt8(ascii: "-") else {
            return nil
        }
        func num(_ a: Int, _ n: Int) -> Int? {
            var v = 0
            for i in (r.lowerBound + a)..<(r.lowerBound + a + n) {
                let d = Int(u[i]) - 48
                guard d >= 0, d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), let day = Day(year: y, month: m, day: d) else {
            return nil
        }
        return .some(day)
    }

    /// Parses a spell field by field, saying which part is wrong.
    private static func checkedSpell(_ bytes: UnsafeBufferPointer<UInt8>, _ path: String, _ line: Int) throws
        -> ActorSpell
    {
        let text = String(decoding: bytes, as: UTF8.self)
        func bad(_ why: String) -> LexiconError {
            .badRow(path: path, line: line, problem: "spell \"\(text)\": \(why) (expected COUNTRY SECTOR FROM..TO)")
        }
        let u = Array(text.utf8)
        let parts = u.split(separator: 0x20, omittingEmptySubsequences: true)
        guard parts.count == 3, parts[0].count == 3 else { throw bad("three fields needed") }
        let sectorCode = String(decoding: parts[1], as: UTF8.self)
        let sector = sectorCode == "-" ? nil : try Self.sector(sectorCode, path, line)
        let range = Array(parts[2])
        guard
            let dots = range.indices.first(where: { $0 + 1 < range.count && range[$0] == 0x2E && range[$0 + 1] == 0x2E }
            )
        else { throw bad("no .. between the days") }
        func day(_ s: ArraySlice<UInt8>) throws -> Day? {
            if s.isEmpty { return nil }
            let t = String(decoding: s, as: UTF8.self)
            guard let d = Day(iso: t) else { throw bad("\"\(t)\" is not a YYYY-MM-DD day") }
            return d
        }
        let from = try day(range[..<dots])
        let to = try day(range[(dots + 2)...])
        if let from, let to, to < from { throw bad("ends before it starts") }
        return ActorSpell(
            country: CountryCode(String(decoding: parts[0], as: UTF8.self)), sector: sector, from: from, to: to)
    }

    /// A sector cell's code as a `Sector`.
    /// - Throws: `LexiconError.badRow` naming the file, line and the unknown code.
    static func sector(_ code: UnsafeBufferPointer<UInt8>, _ path: String, _ line: Int) throws -> Sector {
        if let s = Sector(code: code) { return s }
        return try sector(String(decoding: code, as: UTF8.self), path, line)
    }

    /// A sector cell's code as a `Sector`.
    /// - Throws: `LexiconError.badRow` naming the file, line and the unknown code.
    static func sector(_ code: String, _ path: String, _ line: Int) throws -> Sector {
        guard let s = Sector(rawValue: code) else {
            throw LexiconError.badRow(
                path: path, line: line,
                problem: "unknown sector \"\(code)\" (expected a PLOVER sector code: "
                    + Sector.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        return s
    }
}

extension Sector {
    /// The sector a code's bytes spell ("GOV"), without making a string of them.
    init?(code: UnsafeBufferPointer<UInt8>) {
        guard code.count == 3 else { return nil }
        let key = UInt32(code[0]) << 16 | UInt32(code[1]) << 8 | UInt32(code[2])
        guard let s = Sector.byPackedCode[key] else { return nil }
        self = s
    }

    /// Every sector by its three code bytes packed into an integer.
    private static let byPackedCode: [UInt32: Sector] = Dictionary(
        uniqueKeysWithValues: Sector.allCases.compactMap { s in
            let u = Array(s.rawValue.utf8)
            guard u.count == 3 else { return nil }
            return (UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2]), s)
        })
}
