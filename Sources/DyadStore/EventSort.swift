/// The order a page of events comes in: by id (storage order, the default), date, type or count,
/// ascending or descending, ties always broken by id ascending.
///
/// An analyst's table is sorted by what they are looking for (the newest events, the largest
/// crowds); keeping the id as the last key makes every order total, so pages never repeat or skip
/// an event, and an event id stays a valid cursor (`EventQuery.afterID`) in any order: a page
/// continues after that event's key and id.
public struct EventSort: Sendable, Hashable, CustomStringConvertible {
    /// What events are compared by.
    public enum Key: String, Sendable, CaseIterable {
        /// Storage order (the row id): what lists and exports used before sorting existed.
        case id
        /// The event's day (its own date, else its document's); undated events last either way.
        case date
        /// The PLOVER type code, alphabetically.
        case type
        /// The quantity's value (people, arrests, dead); events without one last either way.
        case count
    }

    public var key: Key
    public var descending: Bool

    public init(_ key: Key = .id, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }

    /// Storage order: id ascending.
    public static let storage = EventSort()

    /// True for storage order, which the stores answer with their id-ordered fast paths.
    public var isStorageOrder: Bool { key == .id && !descending }

    /// `date desc`, as the API spells it.
    public var description: String { "\(key.rawValue) \(descending ? "desc" : "asc")" }

    /// The SQL expression events are compared by, over the `events` table aliased `alias` (the same
    /// text in SQLite and PostgreSQL). Missing dates and counts map to a value past every real one
    /// in the direction of the sort, so they come last whichever way it goes.
    public func keyExpression(_ alias: String) -> String {
        switch key {
        case .id: return "\(alias).id"
        case .date: return "COALESCE(NULLIF(\(alias).day, ''), '\(descending ? "" : "9999-99-99")')"
        case .type: return "\(alias).type"
        case .count: return "COALESCE(\(alias).quantity_value, \(descending ? "-1" : "1e308"))"
        }
    }

    /// The ORDER BY list over `events e`: the key in its direction, then the id ascending.
    public var orderBy: String {
        if key == .id { return descending ? "e.id DESC" : "e.id" }
        return "\(keyExpression("e")) \(descending ? "DESC" : "ASC"), e.id"
    }

    /// The keyset condition over `events e` for "after the event whose id `after` binds to":
    /// events whose key is past that event's, or equal with a larger id. `after` returns the
    /// placeholder of one more binding of the cursor id (SQLite `?`, PostgreSQL `$n`), in the
    /// order the placeholders appear in the text.
    public func afterCondition(_ after: () -> String) -> String {
        switch key {
        case .id: return descending ? "e.id < \(after())" : "e.id > \(after())"
        default:
            let mine = keyExpression("e")
            let cursor = "(SELECT \(keyExpression("c")) FROM events c WHERE c.id = \(after()))"
            let equalCursor = "(SELECT \(keyExpression("c")) FROM events c WHERE c.id = \(after()))"
            return "(\(mine) \(descending ? "<" : ">") \(cursor) OR (\(mine) = \(equalCursor) AND e.id > \(after())))"
        }
    }
}
