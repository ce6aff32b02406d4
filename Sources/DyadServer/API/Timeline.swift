import DyadStore
import DyadText

/// Event counts per time bucket and type, with summed quantities: what `/api/stats/timeline`
/// returns and the dashboard's chart draws.
struct Timeline: Sendable {
    /// One day, week (its Monday) or month.
    struct Bucket: Sendable {
        var key: String
        var events = 0
        var quantity = 0.0
        /// Events and summed quantity per type.
        var types: [String: (events: Int, quantity: Double)] = [:]
        /// The total of the chosen unit's quantities ("arrested").
        var unitTotal = 0.0
    }

    var by: CountDimension
    var buckets: [Bucket]
    /// Events without any day (neither their own date nor their document's).
    var undated: Int
    /// The unit whose totals `unitTotal` holds, if any.
    var unit: String?
    /// Totals per unit over the whole range (only when units were asked for), largest first.
    var units: [(unit: String, total: Double)]

    /// Counts from the store (rollups when the filters allow); quantities per unit need a scan of
    /// the events with a quantity, so they are read only when `unit` is set or `allUnits` asked.
    /// With `allUnits` and no unit, the unit drawn is `arrested` when present, else the largest.
    init(_ store: any EventStore, _ p: EventParameters, allUnits: Bool = false) throws {
        by = p.by
        var byKey: [String: Bucket] = [:]
        undated = 0
        for row in try store.crossCounts(p.query, by: p.by, and: .type, perGroup: nil) {
            if row.first == "-" {
                undated += row.events
                continue
            }
            var b = byKey[row.first] ?? Bucket(key: row.first)
            b.events += row.events
            b.quantity += row.quantity
            b.types[row.second] = (row.events, row.quantity)
            byKey[row.first] = b
        }
        unit = p.unit
        units = []
        if p.unit != nil || allUnits {
            let rows = try store.quantities(p.query, by: p.by).filter { $0.key != "-" }
            var totals: [String: Double] = [:]
            for r in rows { totals[r.unit, default: 0] += r.total }
            units = totals.map { ($0.key, $0.value) }.sorted { ($0.total, $1.unit) > ($1.total, $0.unit) }
            if unit == nil { unit = totals["arrested"] != nil ? "arrested" : units.first?.unit }
            for r in rows where r.unit == unit { byKey[r.key, default: Bucket(key: r.key)].unitTotal += r.total }
        }
        buckets = byKey.values.sorted { $0.key < $1.key }
    }
}

/// The JSON of `GET /api/stats/timeline` (Codable, encoded once per state of the store: the
/// response cache keeps the bytes): `unit` is null when no unit was asked for, and each bucket has
/// `unit_total` only when one was.
extension Timeline: Encodable {
    enum CodingKeys: String, CodingKey {
        case by, unit, buckets
        case undatedEvents = "undated_events"
    }

    /// Events and summed quantity of one type in one bucket.
    struct TypeCount: Encodable {
        var events: Int
        var quantity: Double
    }

    struct BucketJSON: Encodable {
        var key: String
        var events: Int
        var quantity: Double
        var types: [String: TypeCount]
        var unitTotal: Double?

        enum CodingKeys: String, CodingKey {
            case key, events, quantity, types
            case unitTotal = "unit_total"
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(by.rawValue, forKey: .by)
        try c.encode(unit, forKey: .unit)
        try c.encode(undated, forKey: .undatedEvents)
        try c.encode(
            buckets.map { b in
                BucketJSON(
                    key: b.key, events: b.events, quantity: b.quantity,
                    types: b.types.mapValues { TypeCount(events: $0.events, quantity: $0.quantity) },
                    unitTotal: unit == nil ? nil : b.unitTotal)
            }, forKey: .buckets)
    }
}
