import DyadModel
import DyadText
import Foundation

@testable import DyadLexicon

/// The lexicon files read the slow, plain way the loader read them before it parsed bytes: every
/// line split into string cells, every cell a `String`. The fast loader must give exactly these
/// rows, so this is the yardstick, not a second implementation to keep in step with features:
/// it reads only the files whose readers were rewritten for speed.
struct ReferenceLexiconReader {
    let directory: String

    /// Rows of a TSV file: header cells and (line, cells), cells trimmed of spaces and padded to
    /// the header with "".
    struct Table {
        var header: [String]
        var rows: [(line: Int, cells: [String])]

        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }
    }

    func table(_ name: String) throws -> Table? {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try String(contentsOf: url, encoding: .utf8)
        var header: [String] = []
        var rows: [(Int, [String])] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: " "))
            }
            if header.isEmpty {
                header = cells
                continue
            }
            if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
            rows.append((i + 1, cells))
        }
        return Table(header: header, rows: rows)
    }

    static func alternatives(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ")) }.filter {
            !$0.isEmpty
        }
    }

    func countries() throws -> [CountryEntry] {
        guard let t = try table("countries.tsv") else { return [] }
        var out: [CountryEntry] = try t.rows.map { _, c in
            CountryEntry(
                code: CountryCode(c[t.column("code")]), name: c[t.column("name")],
                aliases: Self.alternatives(c[t.column("aliases")]),
                adjectives: Self.alternatives(c[t.column("adjectives")]),
                people: Self.alternatives(c[t.column("people")]), capitals: Self.alternatives(c[t.column("capitals")]),
                seats: Self.alternatives(c[t.column("seats")]), lat: try Self.double(c[t.column("lat")]),
                lon: try Self.double(c[t.column("lon")]),
                state: t.header.firstIndex(of: "state").flatMap { c[$0].isEmpty ? nil : CountryCode(c[$0]) })
        }
        if let v = try table("country_variants.tsv") {
            for (_, c) in v.rows where !c[v.column("variant")].isEmpty {
                let i = out.firstIndex { $0.code.rawValue == c[v.column("code")] }!
                out[i].aliases.append(c[v.column("variant")])
            }
        }
        return out
    }

    struct NotANumber: Error {}

    static func double(_ s: String) throws -> Double? {
        if s.isEmpty { return nil }
        guard let v = Double(s) else { throw NotANumber() }
        return v
    }

    func subdivisions() throws -> [SubdivisionEntry] {
        guard let t = try table("subdivisions.tsv") else { return [] }
        return try t.rows.map { _, c in
            SubdivisionEntry(
                name: c[t.column("name")], aliases: Self.alternatives(c[t.column("aliases")]),
                country: CountryCode(c[t.column("country")]), kind: c[t.column("kind")],
                lat: try Self.double(c[t.column("lat")]), lon: try Self.double(c[t.column("lon")]))
        }
    }

    func cities() throws -> [CityEntry] {
        guard let t = try table("cities.tsv") else { return [] }
        return t.rows.map { _, c in
            CityEntry(
                id: Int(c[t.column("id")])!, name: c[t.column("name")],
                aliases: Self.alternatives(c[t.column("aliases")]),
                country: CountryCode(c[t.column("country")]), admin1: c[t.column("admin1")],
                lat: Double(c[t.column("lat")])!, lon: Double(c[t.column("lon")])!,
                population: Int(c[t.column("population")]) ?? 0)
        }
    }

    func roles() throws -> [RoleEntry] {
        guard let t = try table("roles.tsv") else { return [] }
        return t.rows.map { _, c in
            let s = c[t.column("sector")]
            return RoleEntry(
                phrase: c[t.column("phrase")], sector: s.isEmpty ? nil : Sector(rawValue: s)!,
                kind: RoleKind(rawValue: c[t.column("kind")])!)
        }
    }

    func actors(_ file: String) throws -> [ActorEntry] {
        guard let t = try table(file) else { return [] }
        return t.rows.map { _, c in
            let spells = t.optionalColumn("spells").map { Self.alternatives(c[$0]).map(Self.spell) } ?? []
            let source = t.optionalColumn("source").map { c[$0] } ?? ""
            return ActorEntry(
                name: c[t.column("name")], aliases: Self.alternatives(c[t.column("aliases")]),
                country: CountryCode(c[t.column("country")]),
                sector: Self.alternatives(c[t.column("sector")]).first.map { Sector(rawValue: $0)! },
                kind: c[t.column("kind")], note: t.optionalColumn("note").map { c[$0] } ?? "", spells: spells,
                codedOutsideSpells: t.optionalColumn("outside").map { c[$0] } != "none",
                source: source.isEmpty ? "curated" : source)
        }
    }

    /// `COUNTRY SECTOR FROM..TO`, as written in the built-in files (well formed).
    static func spell(_ text: String) -> ActorSpell {
        let parts = text.split(separator: " ")
        let days = parts[2].components(separatedBy: "..")
        return ActorSpell(
            country: CountryCode(String(parts[0])), sector: parts[1] == "-" ? nil : Sector(rawValue: String(parts[1]))!,
            from: days[0].isEmpty ? nil : Day(iso: days[0])!, to: days[1].isEmpty ? nil : Day(iso: days[1])!)
    }

    func units() throws -> [UnitEntry] {
        guard let t = try table("units.tsv") else { return [] }
        return t.rows.map { _, c in
            UnitEntry(
                word: c[t.column("word")], unit: c[t.column("unit")],
                kind: UnitEntry.Kind(rawValue: c[t.column("kind")])!)
        }
    }

    func events() throws -> [EventPattern] {
        guard let t = try table("events.tsv") else { return [] }
        func opt(_ s: String) -> String? { s.isEmpty ? nil : s }
        return t.rows.map { _, c in
            EventPattern(
                forms: Self.alternatives(c[t.column("trigger")]), type: EventType(rawValue: c[t.column("type")])!,
                mode: opt(c[t.column("mode")]), kind: EventPattern.Kind(rawValue: c[t.column("kind")])!,
                hasTarget: c[t.column("target")] == "yes", context: opt(c[t.column("context")]),
                unit: opt(c[t.column("unit")]),
                recipient: t.optionalColumn("recipient").map { Self.alternatives(c[$0]) } ?? [])
        }
    }

    func commonWords() throws -> Set<String> {
        let url = URL(fileURLWithPath: directory).appendingPathComponent("common_words.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        var out = Set<String>()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let w = line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r"))
            if !w.isEmpty && !w.hasPrefix("#") { out.insert(w.lowercased()) }
        }
        return out
    }
}
