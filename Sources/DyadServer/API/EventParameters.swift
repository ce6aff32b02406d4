import DyadModel
import DyadQuery
import DyadStore
import DyadText

/// The codes of the event types Dyad codes (`EventType`: PLOVER's 16 plus the MIGRATE extension),
/// in PLOVER order: what `type=` accepts and the order the dashboard stacks and colours them in.
public enum EventTypes {
    public static let all = EventType.allCases.map(\.rawValue)
    static let set = Set(all)
}

/// Validated query parameters: the `dyad query` filters plus paging and grouping.
///
/// Every value is checked before it reaches the store (dates, types, country codes, lengths,
/// ranges), and the store binds them as SQL arguments; a bad value is a 400 naming the parameter.
public struct EventParameters: Sendable, Hashable {
    /// The filters of `dyad query`.
    public static let filterNames: Set<String> = [
        "from", "to", "type", "source", "target", "place", "actor", "text", "min_confidence", "include_historical",
        "cluster",
    ]

    public var query: EventQuery
    /// Page size or row count (1...1000).
    public var limit: Int
    /// Time bucket for timelines.
    public var by: CountDimension
    /// A quantity unit to sum per bucket ("arrested").
    public var unit: String?
    /// Rows per event type in the dyad table.
    public var perType: Int

    /// The parameters that take one value (the others, like `type`, take lists).
    static let singleValued: Set<String> = [
        "from", "to", "actor", "text", "limit", "after", "by", "unit", "per_type", "min_confidence",
        "include_historical",
        "cluster", "sort", "order",
    ]

    /// What `sort` accepts: the keys of `EventSort`.
    static let sortNames = EventSort.Key.allCases.map(\.rawValue)

    /// Parses and validates `q`, allowing only the filters plus `extra` names.
    /// - Throws: `APIError.badParameter` naming the first bad parameter.
    public init(_ q: QueryString, extra: Set<String> = [], defaultLimit: Int = 50) throws(APIError) {
        let unknown = q.unknown(allowed: Self.filterNames.union(extra))
        if let name = unknown.first {
            throw .badParameter(
                name,
                "unknown parameter; expected one of \(Self.filterNames.union(extra).sorted().joined(separator: ", "))")
        }
        // A parameter that takes one value given twice is refused rather than silently taking one.
        if let name = q.repeated(among: Self.singleValued) {
            throw .badParameter(name, "given more than once; give it once")
        }
        var query = EventQuery()
        query.from = try Self.day(q, "from")
        query.to = try Self.day(q, "to")
        if let from = query.from, let to = query.to, to < from {
            throw .badParameter("to", "\(to) is before from \(from)")
        }
        query.types = try q.list("type").map { t throws(APIError) in
            let upper = t.uppercased()
            guard EventTypes.set.contains(upper) else {
                throw .badParameter(
                    "type", "\(Self.quoted(t)) is not a PLOVER type (\(EventTypes.all.joined(separator: ", ")))")
            }
            return upper
        }
        query.sourceCountries = try Self.countries(q, "source")
        query.targetCountries = try Self.countries(q, "target")
        query.placeCountries = try Self.countries(q, "place")
        query.actor = try Self.words(q, "actor")
        query.text = try Self.words(q, "text")
        if let text = query.text, !text.contains(where: { $0.isLetter || $0.isNumber }) {
            throw .badParameter("text", "give at least one word")
        }
        if let c = q.value("min_confidence"), !c.isEmpty {
            guard c.count <= 10, let v = Double(c), v >= 0, v <= 1 else {
                throw .badParameter("min_confidence", "\(Self.quoted(c)) must be a number from 0 to 1")
            }
            query.minConfidence = v > 0 ? v : nil
        }
        if let h = q.value("include_historical") {
            switch h.lowercased() {
            case "1", "true", "yes", "on": query.includeHistorical = true
            case "0", "false", "no", "off", "": query.includeHistorical = false
            default: throw .badParameter("include_historical", "\(Self.quoted(h)) must be 1 or 0")
            }
        }
        if let c = q.value("cluster"), !c.isEmpty {
            guard c.count <= 20, let id = Int64(c), id > 0 else {
                throw .badParameter("cluster", "\(Self.quoted(c)) is not a cluster id (a positive integer)")
            }
            query.clusterID = id
        }
        limit = try Self.integer(q, "limit", in: 1...1000) ?? defaultLimit
        if let after = q.value("after") {
            guard let id = Int64(after), id >= 0 else {
                throw .badParameter("after", "\(Self.quoted(after)) is not an event id (a non-negative integer)")
            }
            query.afterID = id
        }
        query.sort = try Self.sort(q)
        by = .day
        if let b = q.value("by") {
            guard let d = CountDimension(rawValue: b.lowercased()), d.isTime else {
                throw .badParameter("by", "\(Self.quoted(b)) must be day, week or month")
            }
            by = d
        }
        if let u = q.value("unit") {
            guard u.count <= 32, u.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                throw .badParameter("unit", "\(Self.quoted(u)) is not a unit name (people, arrested, dead...)")
            }
            unit = u.lowercased()
        }
        perType = try Self.integer(q, "per_type", in: 1...100) ?? 10
        self.query = query
    }

    /// The `sort` and `order` parameters: a key of `EventSort` (id when absent) and `asc` (the
    /// default) or `desc`.
    static func sort(_ q: QueryString) throws(APIError) -> EventSort {
        var sort = EventSort.storage
        if let name = q.value("sort"), !name.isEmpty {
            guard let key = EventSort.Key(rawValue: name.lowercased()) else {
                throw .badParameter("sort", "\(quoted(name)) must be one of \(sortNames.joined(separator: ", "))")
            }
            sort.key = key
        }
        if let order = q.value("order"), !order.isEmpty {
            switch order.lowercased() {
            case "asc": sort.descending = false
            case "desc": sort.descending = true
            default: throw .badParameter("order", "\(quoted(order)) must be asc or desc")
            }
        }
        return sort
    }

    static func day(_ q: QueryString, _ name: String) throws(APIError) -> Day? {
        guard let s = q.value(name) else { return nil }
        let shape =
            s.utf8.count == 10
            && s.enumerated().allSatisfy { i, c in i == 4 || i == 7 ? c == "-" : c.isASCII && c.isNumber }
        guard shape, let d = Day(iso: s) else { throw .badParameter(name, "\(quoted(s)) is not a date YYYY-MM-DD") }
        return d
    }

    static func countries(_ q: QueryString, _ name: String) throws(APIError) -> [String] {
        try q.list(name).map { c throws(APIError) in
            let upper = c.uppercased()
            guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
                throw .badParameter(name, "\(quoted(c)) is not a country code (three letters: RUS, UKR, IGO)")
            }
            return upper
        }
    }

    static func words(_ q: QueryString, _ name: String) throws(APIError) -> String? {
        guard let s = q.value(name) else { return nil }
        guard s.count <= 200 else { throw .badParameter(name, "longer than 200 characters") }
        guard !s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .badParameter(name, "contains control characters")
        }
        return s
    }

    static func integer(_ q: QueryString, _ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let s = q.value(name) else { return nil }
        guard let n = Int(s), range.contains(n) else {
            throw .badParameter(name, "\(quoted(s)) must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// A value quoted for an error message, shortened so a huge parameter does not echo back whole.
    static func quoted(_ s: String) -> String {
        "\"" + (s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
    }
}
