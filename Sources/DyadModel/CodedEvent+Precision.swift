import DyadText

extension CodedEvent {
    /// How exactly an event's place is known, as ACLED's `geo_precision` and UCDP's `where_prec`
    /// tell their users: a point on the map only for a named city or site.
    public enum PlacePrecision: String, Sendable, Hashable, CaseIterable {
        /// A named city, town or site: its coordinates are the place's.
        case point
        /// A region (province, state, oblast): its coordinates, if any, are the region's.
        case admin1
        /// Only the country is known: its coordinates are the country's representative point,
        /// which is not where anything happened (maps shade the country instead).
        case country
        /// No place.
        case none
    }

    /// How exactly an event's date is known, as ACLED's `time_precision` and UCDP's `date_prec`.
    public enum DatePrecision: String, Sendable, Hashable, CaseIterable {
        /// A day the text states ("on Tuesday", "21 September", "yesterday").
        case day
        /// A span of up to a week ("last week", "over the weekend").
        case week
        /// A span of up to a month ("in September", "earlier this month").
        case month
        /// A longer span ("last year", "in 2016", "since February"): `date` is its first day.
        case year
        /// The text gives no date for the event: it is its document's date (or none).
        case document

        /// The precision of a date expression covering `first ... last` (nil: one day).
        public static func of(first: Day, last: Day?) -> DatePrecision {
            guard let last else { return .day }
            let days = last.ordinal - first.ordinal
            if days <= 1 { return .day }
            if days <= 7 { return .week }
            if days <= 31 { return .month }
            return .year
        }
    }

    /// Why a count is not the figure of one day's event, so aggregates leave it out.
    public enum QuantityScope: String, Sendable, Hashable, CaseIterable {
        /// A total over a period ("in a year", "since February", "so far this year", "each year"),
        /// or a figure too large for one day's event with no period stated.
        case periodTotal = "period_total"
        /// A figure of a past event (its event is `historical`).
        case historical
        /// A figure that is not a fact: "enough fentanyl to kill four million", "could kill".
        case hypothetical
    }

    /// How the coder filled an actor slot: the confidence model weighs them.
    public enum SlotSource: String, Sendable, Hashable, CaseIterable {
        /// Read from a dependency arc of the trigger or its light verb (subject, object, by-agent,
        /// possessor, a preposition's object).
        case tree
        /// The nearest actor in the clause, before or after the trigger (no arc links them).
        case nearby
        /// Supplied by the domain (arrests are the police's), or the people of the event's place.
        case implied
        /// A country or place name standing for its government or people.
        case place
    }

    /// The place's precision, `none` without a place.
    public var placePrecision: PlacePrecision { place?.precision ?? .none }

    /// Whether the count should be drawn as this event's figure (it has no scope).
    public var countsForAggregates: Bool { quantity != nil && quantity?.scope == nil }
}
