import DyadModel
import DyadText
import Foundation

/// The lexicon as rows read from its data files, before compilation into matchers.
///
/// Keeping the rows separate from the compiled form lets a user's folder be merged row by row
/// (a user row replaces ours when its key matches) and lets tests build small lexicons in code.
public struct LexiconData: Sendable {
    public var countries: [CountryEntry] = []
    public var subdivisions: [SubdivisionEntry] = []
    public var cities: [CityEntry] = []
    public var roles: [RoleEntry] = []
    public var actors: [ActorEntry] = []
    public var units: [UnitEntry] = []
    /// Event triggers.
    public var events: [EventPattern] = []
    /// Lower-case English words that are never a place or person name on their own.
    public var commonWords: Set<String> = []
    /// Grammar words the event rules read (`grammar.tsv`).
    public var grammar: [GrammarWords.Row] = []
    /// Per-type coding policy (`types.tsv`).
    public var policies: [TypePolicy] = []
    /// Verb patterns imported from PETRARCH-2's CAMEO dictionary (`verbs.tsv`).
    public var verbs: [VerbPattern] = []
    /// Phrases that take a sentence or a story out of coding (`discards.tsv`, `discards_imported.tsv`).
    public var topicFilters: [TopicFilter] = []
    /// Head nouns of organisation names the lexicon does not list (`organization_heads.tsv`).
    public var organizationHeads: [OrganizationHead] = []
    /// Armed conflicts between states, with their days (`conflicts.tsv`).
    public var conflicts: [ArmedConflict] = []
    /// Words only one country's news uses, that set a story naming no country (`country_cues.tsv`).
    public var countryCues: [CountryCue] = []

    /// An empty lexicon, to be filled in code.
    public init() {}

    /// The file names a lexicon folder may hold.
    public static let fileNames = [
        "countries.tsv", "subdivisions.tsv", "cities.tsv", "roles.tsv", "actors.tsv", "units.tsv", "events.tsv",
        "grammar.tsv", "types.tsv", "verbs.tsv",
        "actors_imported.tsv", "country_variants.tsv", "common_words.txt", "discards.tsv", "discards_imported.tsv",
        "organization_heads.tsv", "conflicts.tsv", "country_cues.tsv", "actors_mined.tsv",
    ]

    /// Reads every known file present in `directory`.
    /// - Parameters:
    ///   - directory: a folder holding files named as in `fileNames`; missing files are skipped.
    ///   - requireCountries: whether `countries.tsv` must exist (true for the base lexicon).
    /// - Throws: `LexiconError` naming the file and line of the first bad row.
    public init(directory: String, requireCountries: Bool = true) throws {
        let fm = FileManager.default
        func path(_ name: String) -> String? {
            let p = (directory as NSString).appendingPathComponent(name)
            return fm.fileExists(atPath: p) ? p : nil
        }
        if requireCountries && path("countries.tsv") == nil {
            throw LexiconError.unreadable(
                path: (directory as NSString).appendingPathComponent("countries.tsv"), reason: "missing")
        }
        // The cities and the imported actors are most of the data: read them on other threads meanwhile.
        let citiesResult = BackgroundRead<[CityEntry]>()
        let importedResult = BackgroundRead<[ActorEntry]>()
        let group = DispatchGroup()
        if let citiesPath = path("cities.tsv") {
            DispatchQueue.global().async(group: group) {
                citiesResult.result = Result { try Self.readCities(citiesPath) }
            }
        }
        if let importedPath = path("actors_imported.tsv") {
            DispatchQueue.global().async(group: group) {
                // ~25,000 rows: on two threads of their own.
                importedResult.result = Result { try Self.readActors(importedPath, parts: 2) }
            }
        }
        defer { group.wait() }
        if let p = path("countries.tsv") { countries = try Self.readCountries(p) }
        if let p = path("subdivisions.tsv") { subdivisions = try Self.readSubdivisions(p) }
        if let p = path("roles.tsv") { roles = try Self.readRoles(p) }
        if let p = path("actors.tsv") { actors = try Self.readActors(p) }
        if let p = path("country_variants.tsv") { try Self.addCountryVariants(p, to: &countries) }
        if let p = path("units.tsv") { units = try Self.readUnits(p) }
        if let p = path("events.tsv") { events = try Self.readEvents(p) }
        if let p = path("grammar.tsv") { grammar = try Self.readGrammar(p) }
        if let p = path("types.tsv") { policies = try Self.readPolicies(p) }
        if let p = path("verbs.tsv") { verbs = try Self.readVerbs(p) }
        topicFilters = Self.mergedTopicFilters(
            imported: try path("discards_imported.tsv").map(Self.readTopicFilters) ?? [],
            curated: try path("discards.tsv").map(Self.readTopicFilters) ?? [])
        if let p = path("organization_heads.tsv") { organizationHeads = try Self.readOrganizationHeads(p) }
        if let p = path("conflicts.tsv") { conflicts = try Self.readConflicts(p) }
        if let p = path("country_cues.tsv") { countryCues = try Self.readCountryCues(p) }
        if let p = path("common_words.txt") { commonWords = try Self.readCommonWords(p) }
        group.wait()
        if let r = citiesResult.result { cities = try r.get() }
        // Imported actors come after the curated ones: where a phrase is in both, the curated row wins.
        if let r = importedResult.result { actors += try r.get() }
        // Mined actors last (scripts/mine_actors.py): a name recurring in one country's stories.
        if let p = path("actors_mined.tsv") { actors += try Self.readActors(p) }
    }

    /// Merges a user's rows into these: rows with a key already present (country code, city id,
    /// role phrase, actor name, unit word, subdivision name+country) replace ours; others are added.
    public mutating func merge(_ other: LexiconData) {
        countries = Self.merged(countries, other.countries) { $0.code.rawValue }
        subdivisions = Self.merged(subdivisions, other.subdivisions) { "\($0.name)\t\($0.country)" }
        cities = Self.merged(cities, other.cities) { String($0.id) }
        roles = Self.merged(roles, other.roles) { $0.phrase.lowercased() }
        actors = Self.merged(actors, other.actors) { $0.name }
        units = Self.merged(units, other.units) { "\($0.word.lowercased())\t\($0.kind.rawValue)" }
        commonWords.formUnion(other.commonWords)
        // A user's event row replaces ours when it shares its first form.
        events = Self.merged(events, other.events) { $0.forms.first?.lowercased() ?? "" }
        // A user's grammar rows add words to a class; a user's type row replaces ours.
        grammar += other.grammar
        policies = Self.merged(policies, other.policies) { $0.type.rawValue }
        // A user's verb rows come first, so that they are tried before ours at equal specificity.
        verbs = other.verbs + verbs
        // A user's filter row replaces ours with the same phrase (scope `off` switches it off).
        topicFilters = Self.merged(topicFilters, other.topicFilters) { $0.phrase }
        organizationHeads = Self.merged(organizationHeads, other.organizationHeads) { $0.head }
        // A user's conflict row replaces ours for the same two states and start.
        conflicts = Self.merged(conflicts, other.conflicts) { "\($0.parties.map(\.rawValue).sorted())\t\($0.start)" }
        // A user's cue replaces ours with the same phrase.
        countryCues = Self.merged(countryCues, other.countryCues) { $0.phrase }
    }

    /// Carries rows read on another thread back to the loader (written before `group.wait()`
    /// returns, read after).
    private final class BackgroundRead<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    private static func merged<T>(_ base: [T], _ extra: [T], key: (T) -> String) -> [T] {
        guard !extra.isEmpty else { return base }
        var index: [String: Int] = [:]
        var out = base
        for (i, row) in out.enumerated() { index[key(row)] = i }
        for row in extra {
            if let i = index[key(row)] {
                out[i] = row
            } else {
                index[key(row)] = out.count
                out.append(row)
            }
        }
        return out
    }

    // MARK: - Readers

    /// A coordinate cell: nil when empty.
    private static func double(_ c: TSVRow, _ col: Int, _ path: String, _ name: String) throws -> Double? {
        if c.isEmpty(col) { return nil }
        guard let v = c.double(col) else {
            throw LexiconError.badRow(path: path, line: c.line, problem: "\(name) is not a number: \"\(c[col])\"")
        }
        return v
    }

    static func readCountries(_ path: String) throws -> [CountryEntry] {
        let f = try TSVFile(path: path)
        let (code, name, aliases, adj, people, caps, seats, lat, lon) = (
            try f.column("code"), try f.column("name"), try f.column("aliases"), try f.column("adjectives"),
            try f.column("people"), try f.column("capitals"), try f.column("seats"), try f.column("lat"),
            try f.column("lon")
        )
        // Optional: a user's countries.tsv may leave it out.
        let state = f.optionalColumn("state")
        return try f.mapRows { c in
            guard !c.isEmpty(code), !c.isEmpty(name) else {
                throw LexiconError.badRow(path: path, line: c.line, problem: "code and name are required")
            }
            return CountryEntry(
                code: CountryCode(c[code]), name: c[name], aliases: c.alternatives(aliases),
                adjectives: c.alternatives(adj), people: c.alternatives(people),
                capitals: c.alternatives(caps), seats: c.alternatives(seats),
                lat: try double(c, lat, path, "lat"), lon: try double(c, lon, path, "lon"),
                state: state.flatMap { c.isEmpty($0) ? nil : CountryCode(c[$0]) })
        }
    }

    static func readSubdivisions(_ path: String) throws -> [SubdivisionEntry] {
        let f = try TSVFile(path: path)
        let (name, aliases, country, kind, lat, lon) = (
            try f.column("name"), try f.column("aliases"), try f.column("country"), try f.column("kind"),
            try f.column("lat"), try f.column("lon")
        )
        return try f.mapRows { c in
            guard !c.isEmpty(name), !c.isEmpty(country) else {
                throw LexiconError.badRow(path: path, line: c.line, problem: "name and country are required")
            }
            return SubdivisionEntry(
                name: c[name], aliases: c.alternatives(aliases), country: CountryCode(c[country]), kind: c[kind],
                lat: try double(c, lat, path, "lat"), lon: try double(c, lon, path, "lon"))
        }
    }

    /// Reads `cities.tsv`.
    /// - Parameter parts: how many threads read the rows (the file has ~34,000).
    static func readCities(_ path: String, parts: Int = 1) throws -> [CityEntry] {
        let f = try TSVFile(path: path)
        let (id, name, aliases, country, admin1, lat, lon, pop) = (
            try f.column("id"), try f.column("name"), try f.column("aliases"), try f.column("country"),
            try f.column("admin1"), try f.column("lat"), try f.column("lon"), try f.column("population")
        )
        return try f.mapRows(parts: parts) { c in
            guard let i = c.int(id), let la = c.double(lat), let lo = c.double(lon) else {
                throw LexiconError.badRow(path: path, line: c.line, problem: "id, lat and lon must be numbers")
            }
            return CityEntry(
                id: i, name: c[name], aliases: c.alternatives(aliases), country: CountryCode(c[country]),
                admin1: c[admin1], lat: la, lon: lo, population: c.int(pop) ?? 0)
        }
    }

    static func readRoles(_ path: String) throws -> [RoleEntry] {
        let f = try TSVFile(path: path)
        let (phrase, sector, kind) = (try f.column("phrase"), try f.column("sector"), try f.column("kind"))
        return try f.mapRows { c in
            guard let k = RoleKind(rawValue: c[kind]) else {
                throw LexiconError.badRow(
                    path: path, line: c.line, problem: "kind must be person, body or group, not \"\(c[kind])\"")
            }
            guard !c.isEmpty(phrase) else {
                throw LexiconError.badRow(path: path, line: c.line, problem: "empty phrase")
            }
            let s = c.isEmpty(sector) ? nil : try Self.sector(c.cell(sector), path, c.line)
            return RoleEntry(phrase: c[phrase], sector: s, kind: k)
        }
    }

    /// Reads spelling variants of country names (`code`, `variant`) into the countries' aliases.
    /// - Throws: `LexiconError.badRow` for a code that `countries.tsv` does not list.
    static func addCountryVariants(_ path: String, to countries: inout [CountryEntry]) throws {
        let f = try TSVFile(path: path)
        let (code, variant) = (try f.column("code"), try f.column("variant"))
        var index: [String: Int] = [:]
        for (i, c) in countries.enumerated() { index[c.code.rawValue] = i }
        let rows = try f.mapRows { c in
            guard let i = index[c[code]] else {
                throw LexiconError.badRow(path: path, line: c.line, problem: "unknown country code \"\(c[code])\"")
            }
            return (i, c[variant])
        }
        for (i, v) in rows where !v.isEmpty { countries[i].aliases.append(v) }
    }

    static func readEvents(_ path: String) throws -> [EventPattern] {
        let f = try TSVFile(path: path)
        let (trigger, type, mode, kind, target, context, unit) = (
            try f.column("trigger"), try f.column("type"), try f.column("mode"), try f.column("kind"),
            try f.column("target"), try f.column("context"), try f.column("unit")
        )
        let recipient = f.optionalColumn("recipient")
        return try f.mapRows { c in
            let line = c.line
            guard let eventType = EventType(rawValue: c[type]) else {
                throw LexiconError.badRow(
                    path: path, line: line,
                    problem: "unknown event type \"\(c[type])\" (expected one of "
                        + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            guard let k = EventPattern.Kind(rawValue: c[kind]) else {
                throw LexiconError.badRow(
                    path: path, line: line,
                    problem: "kind must be verb, verb-intransitive, noun or request, not \"\(c[kind])\"")
            }
            let forms = c.alternatives(trigger)
            guard !forms.isEmpty else { throw LexiconError.badRow(path: path, line: line, problem: "no trigger forms") }
            return EventPattern(
                forms: forms, type: eventType, mode: c.isEmpty(mode) ? nil : c[mode], kind: k,
                hasTarget: c.cell(target, is: "yes"), context: c.isEmpty(context) ? nil : c[context],
                unit: c.isEmpty(unit) ? nil : c[unit], recipient: recipient.map { c.alternatives($0) } ?? [])
        }
    }

    static func readUnits(_ path: String) throws -> [UnitEntry] {
        let f = try TSVFile(path: path)
        let (word, unit, kind) = (try f.column("word"), try f.column("unit"), try f.column("kind"))
        return try f.mapRows { c in
            guard let k = UnitEntry.Kind(rawValue: c[kind]) else {
                throw LexiconError.badRow(
                    path: path, line: c.line, problem: "kind must be noun or participle, not \"\(c[kind])\"")
            }
            return UnitEntry(word: c[word], unit: c[unit], kind: k)
        }
    }
}
