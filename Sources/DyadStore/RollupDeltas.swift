import DyadText
import GRDB

/// Changes to the count tables, gathered over one ingest batch and written once per key.
///
/// Two tables keep counts so that dashboards never scan events:
/// - `rollups`: per day × type × source country set × target country set × place country. Exact for
///   any filter on days, types and countries, but with many countries it has nearly a row per event.
/// - `rollup_periods`: per dimension, the coarse counts whole-store group-bys read: `day` (period =
///   the day, key empty) for day, week, month and type; `unit` (period = the day, key = the counted
///   unit, "arrested") for quantity lines; `source_country`, `target_country` and `place_country`
///   (period = the day, key = one country, an event counted once under each of its countries) for
///   time and type counts filtered to one country; and `source`, `target`, `place` and `dyad` per
///   month (period `YYYY-MM`) and for all time (period `*`), keyed by the group's label.
///
/// Adding an event adds one to a key of each; removing a replaced document's events adds minus
/// one. Summing in memory first turns thousands of per-event upserts into one per distinct key.
struct RollupDeltas {
    struct FineKey: Hashable {
        var day: String
        var type: String
        var sources: String
        var targets: String
        var place: String
    }

    struct PeriodKey: Hashable {
        var dimension: String
        var period: String
        var type: String
        var key: String
    }

    struct Total {
        var events = 0
        var quantity = 0.0
    }

    struct PlaceKey: Hashable {
        var period: String
        var type: String
        var name: String
        var country: String
    }

    /// A count under one country of one side (`country_rollups`).
    struct CountryKey: Hashable {
        var side: String
        var country: String
        var dimension: String
        var period: String
        var type: String
        var key: String
    }

    /// A place's events under one actor country of one side (`actor_place_rollups`, no type).
    struct ActorPlaceKey: Hashable {
        var side: String
        var country: String
        var period: String
        var name: String
        var placeCountry: String
    }

    /// A place's events with the sums that average their coordinates.
    struct PlaceTotal {
        var events = 0
        var quantity = 0.0
        var latSum = 0.0
        var lonSum = 0.0
        /// Events with coordinates.
        var located = 0
    }

    private(set) var fine: [FineKey: Total] = [:]
    private(set) var periods: [PeriodKey: Total] = [:]
    private(set) var places: [PlaceKey: PlaceTotal] = [:]
    private(set) var actorPlaces: [ActorPlaceKey: PlaceTotal] = [:]
    private(set) var countries: [CountryKey: Total] = [:]

    var isEmpty: Bool { fine.isEmpty }

    /// Empty deltas sized for about `expectedEvents` events, so the tables do not grow (and
    /// rehash) key by key through a batch.
    init(expectedEvents: Int = 0) {
        fine.reserveCapacity(expectedEvents)
        periods.reserveCapacity(expectedEvents * 4)
        places.reserveCapacity(expectedEvents)
        actorPlaces.reserveCapacity(expectedEvents * 2)
        countries.reserveCapacity(expectedEvents * 2)
    }

    /// The label a group shows for a country set or place: the codes, or "-" for none.
    static func label(_ codes: String) -> String { codes.isEmpty ? "-" : codes }

    /// The label of a dyad group: `RUS -> UKR`.
    static func dyadLabel(sources: String, targets: String) -> String {
        label(sources) + " -> " + label(targets)
    }

    /// Counts `events` (negative to remove) with their summed `quantity` under one fine key.
    /// - Parameters:
    ///   - day: `YYYY-MM-DD`, or empty for events with no date and no document date.
    ///   - unit: the counted unit of the events' quantity ("arrested"), nil when they have none.
    mutating func add(
        day: String, type: String, sources: String, targets: String, place: String, unit: String?, events: Int,
        quantity: Double
    ) {
        func bump(_ t: inout Total) {
            t.events += events
            t.quantity += quantity
        }
        bump(&fine[FineKey(day: day, type: type, sources: sources, targets: targets, place: place), default: Total()])
        bump(&periods[PeriodKey(dimension: "day", period: day, type: type, key: ""), default: Total()])
        if let unit {
            bump(&periods[PeriodKey(dimension: "unit", period: day, type: type, key: unit), default: Total()])
        }
        // Per single country and day: a dashboard filtered to one country reads these.
        for (dimension, set) in [("source_country", sources), ("target_country", targets), ("place_country", place)] {
            for country in set.split(separator: "+") {
                bump(
                    &periods[
                        PeriodKey(dimension: dimension, period: day, type: type, key: String(country)),
                        default: Total()])
            }
        }
        let month = day.isEmpty ? "" : String(day.prefix(7))
        let keys = [
            ("source", Self.label(sources)), ("target", Self.label(targets)), ("place", Self.label(place)),
            ("dyad", Self.dyadLabel(sources: sources, targets: targets)),
        ]
        for (dimension, key) in keys {
            for period in [month, "*"] {
                bump(&periods[PeriodKey(dimension: dimension, period: period, type: type, key: key), default: Total()])
            }
        }
        // Per single country of each side: quantity lines, place counts and dyads of a view
        // filtered to that country (see `countryRollupParts`).
        let placeLabel = keys[2].1
        let dyad = keys[3].1
        for (side, set) in [("source", sources), ("target", targets), ("place", place)] {
            for code in set.split(separator: "+") {
                let country = String(code)
                func bumpCountry(_ dimension: String, _ period: String, _ key: String) {
                    let k = CountryKey(
                        side: side, country: country, dimension: dimension, period: period, type: type, key: key)
                    bump(&countries[k, default: Total()])
                }
                if let unit { bumpCountry("unit", day, unit) }
                for period in [month, "*"] {
                    if side != "place" { bumpCountry("place", period, placeLabel) }
                    bumpCountry("dyad", period, dyad)
                }
            }
        }
    }

    /// Counts events (negative to remove) at a named place, per day, per month and for all time
    /// (`place_rollups`, what the dashboard's map reads), and the same under each of their source
    /// and target countries (`actor_place_rollups`, the map filtered to one actor country);
    /// undated events only under "" and "*".
    /// - Parameters:
    ///   - sources: the events' source country set (`EST+LTU`), empty for none; likewise `targets`.
    mutating func addPlace(
        name: String, country: String, day: String, type: String, sources: String, targets: String, events: Int,
        quantity: Double, latSum: Double, lonSum: Double, located: Int
    ) {
        func bump(_ t: inout PlaceTotal) {
            t.events += events
            t.quantity += quantity
            t.latSum += latSum
            t.lonSum += lonSum
            t.located += located
        }
        let periods = day.isEmpty ? ["", "*"] : [day, String(day.prefix(7)), "*"]
        for period in periods {
            bump(&places[PlaceKey(period: period, type: type, name: name, country: country), default: PlaceTotal()])
            for (side, set) in [("source", sources), ("target", targets)] {
                for actorCountry in set.split(separator: "+") {
                    let key = ActorPlaceKey(
                        side: side, country: String(actorCountry), period: period, name: name, placeCountry: country)
                    bump(&actorPlaces[key, default: PlaceTotal()])
                }
            }
        }
    }

    /// Applies the changes: one upsert per key, then removes keys whose count fell to zero.
    func write(_ db: Database) throws {
        try Self.apply(
            db, table: "rollups", keys: ["day", "type", "source_countries", "target_countries", "place_country"],
            counts: ["event_count", "quantity"],
            rows: fine.map { k, t in
                ([k.day, k.type, k.sources, k.targets, k.place], [Double(t.events), t.quantity])
            })
        try Self.apply(
            db, table: "rollup_periods", keys: ["dimension", "period", "type", "key"],
            counts: ["event_count", "quantity"],
            rows: periods.map { k, t in ([k.dimension, k.period, k.type, k.key], [Double(t.events), t.quantity]) })
        try Self.apply(
            db, table: "place_rollups", keys: ["period", "type", "name", "country"],
            counts: ["event_count", "quantity", "lat_sum", "lon_sum", "located"],
            rows: places.map { k, t in
                (
                    [k.period, k.type, k.name, k.country],
                    [Double(t.events), t.quantity, t.latSum, t.lonSum, Double(t.located)]
                )
            })
        try Self.apply(
            db, table: "country_rollups", keys: ["side", "country", "dimension", "period", "type", "key"],
            counts: ["event_count", "quantity"],
            rows: countries.map { k, t in
                ([k.side, k.country, k.dimension, k.period, k.type, k.key], [Double(t.events), t.quantity])
            })
        try Self.apply(
            db, table: "actor_place_rollups", keys: ["side", "country", "period", "name", "place_country"],
            counts: ["event_count", "quantity", "lat_sum", "lon_sum", "located"],
            rows: actorPlaces.map { k, t in
                (
                    [k.side, k.country, k.period, k.name, k.placeCountry],
                    [Double(t.events), t.quantity, t.latSum, t.lonSum, Double(t.located)]
                )
            })
    }

    /// Adds each row's changes to the count columns of `table` (inserting the key when new), then
    /// deletes keys whose `event_count` (the first count column) fell to zero.
    private static func apply(
        _ db: Database, table: String, keys: [String], counts: [String], rows: [(key: [String], change: [Double])]
    ) throws {
        let marks = Array(repeating: "?", count: keys.count + counts.count).joined(separator: ", ")
        let sums = counts.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ")
        var upsert = try RowInserter(
            db,
            sql: """
                INSERT INTO \(table) (\((keys + counts).joined(separator: ", "))) VALUES (\(marks))
                ON CONFLICT (\(keys.joined(separator: ", "))) DO UPDATE SET \(sums)
                """)
        let match = keys.map { "\($0) = ?" }.joined(separator: " AND ")
        var drop = try RowInserter(db, sql: "DELETE FROM \(table) WHERE \(match) AND event_count <= 0")
        for row in rows where row.change.contains(where: { $0 != 0 }) {
            for k in row.key { upsert.bind(k) }
            // Counts are integers, sums are reals: bind each as its column expects.
            for (name, value) in zip(counts, row.change) {
                if name == "event_count" || name == "located" { upsert.bind(Int(value)) } else { upsert.bind(value) }
            }
            try upsert.run(db)
            if row.change[0] < 0 {
                for k in row.key { drop.bind(k) }
                try drop.run(db)
            }
        }
    }
}

/// Which months of a day range are whole, so that month rollups can answer for them and day
/// rollups only for the partial months at the edges.
struct MonthSpan {
    /// First and last whole month (`YYYY-MM`), nil when the range holds no whole month.
    var months: (first: String, last: String)?
    /// Day ranges not covered by whole months (inclusive; nil bound = open).
    var edges: [(from: Day?, to: Day?)]

    /// Splits `from...to` (either may be open) into whole months and edge day ranges.
    init(from: Day?, to: Day?) {
        func monthKey(_ y: Int, _ m: Int) -> String {
            (y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "") + "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
        }
        // First whole month: the month of `from` if it starts on the 1st, else the next one.
        var first: (y: Int, m: Int)?
        if let from {
            first =
                from.day == 1
                ? (from.year, from.month) : (from.month == 12 ? (from.year + 1, 1) : (from.year, from.month + 1))
        }
        var last: (y: Int, m: Int)?
        if let to {
            let isLastDay = to.day == Day.daysIn(month: to.month, year: to.year)
            last = isLastDay ? (to.year, to.month) : (to.month == 1 ? (to.year - 1, 12) : (to.year, to.month - 1))
        }
        let firstKey = first.map { monthKey($0.y, $0.m) } ?? "0000-00"
        let lastKey = last.map { monthKey($0.y, $0.m) } ?? "9999-99"
        guard firstKey <= lastKey else {
            months = nil
            edges = [(from, to)]
            return
        }
        months = (firstKey, lastKey)
        edges = []
        if let from, let first, from.day != 1, let start = Day(year: first.y, month: first.m, day: 1) {
            edges.append((from, start.adding(days: -1)))
        }
        if let to, let last, to.day != Day.daysIn(month: to.month, year: to.year) {
            let (ny, nm) = last.m == 12 ? (last.y + 1, 1) : (last.y, last.m + 1)
            if let next = Day(year: ny, month: nm, day: 1) { edges.append((next, to)) }
        }
    }
}
