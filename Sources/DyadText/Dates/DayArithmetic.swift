/// Calendar arithmetic the date resolver needs: weeks, months, weekends and picking the year of
/// a date written without one.
///
/// Kept in its own namespace rather than as `Day` extensions so it cannot clash with helpers
/// other parts of the module add to `Day`.
enum DateMath {
    /// The Monday of the ISO week containing `d`.
    static func monday(_ d: Day) -> Day { d.adding(days: 1 - d.weekday) }

    /// The first day of the month `n` months after the month of `d` (before it when negative).
    static func firstOfMonth(_ d: Day, adding n: Int = 0) -> Day {
        let m0 = d.year * 12 + (d.month - 1) + n
        return Day(year: m0 / 12, month: m0 % 12 + 1, day: 1) ?? d
    }

    /// The whole of `month` in `year`, or nil when the year is out of range.
    static func monthRange(_ month: Int, year: Int) -> (Day, Day)? {
        guard let first = Day(year: year, month: month, day: 1),
            let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
        else { return nil }
        return (first, last)
    }

    /// The whole of `year`.
    static func yearRange(_ year: Int) -> (Day, Day)? {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31)
        else { return nil }
        return (first, last)
    }

    /// Picks the year for a day and month written without one.
    ///
    /// Without a future marker the date is the latest such day on or before `reference` (so
    /// "30 December" read on 3 January is last year's). With one it is the candidate nearest to
    /// `reference`, which looks forward across a year end ("will meet on 5 January" read on
    /// 28 December) but keeps a recent past date in a future-tense clause.
    static func inferYear(day: Int, month: Int, reference: Day, allowFuture: Bool) -> Day? {
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap {
            Day(year: $0, month: month, day: day)
        }
        if allowFuture {
            return candidates.min {
                let a = abs($0.ordinal - reference.ordinal)
                let b = abs($1.ordinal - reference.ordinal)
                return a != b ? a < b : $0 > $1
            }
        }
        return candidates.last { $0 <= reference }
    }

    /// Picks the year of a month written without one, the way `inferYear` does for days,
    /// comparing the month's first day.
    static func inferMonthYear(_ month: Int, reference: Day, allowFuture: Bool) -> Int {
        let firstOfCurrent = firstOfMonth(reference)
        if !allowFuture { return month <= reference.month ? reference.year : reference.year - 1 }
        var best = reference.year
        var bestDistance = Int.max
        for y in [reference.year - 1, reference.year, reference.year + 1] {
            guard let first = Day(year: y, month: month, day: 1) else { continue }
            let distance = abs(first.ordinal - firstOfCurrent.ordinal)
            if distance < bestDistance || (distance == bestDistance && y > best) {
                best = y
                bestDistance = distance
            }
        }
        return best
    }

    /// The Saturday–Sunday of a weekend relative to `d`.
    ///
    /// - Parameter which: `.last` for the weekend before the current one, `.next` for the
    ///   coming one; anything else for the current weekend when `d` falls in one, otherwise the
    ///   most recent one (or the coming one when `future`).
    static func weekend(of d: Day, _ which: CalendarWords.Modifier, future: Bool) -> (Day, Day) {
        let wd = d.weekday
        let saturday: Day
        switch which {
        case .last:
            saturday = d.adding(days: wd == 6 ? -7 : wd == 7 ? -8 : -(wd + 1))
        case .next:
            saturday = d.adding(days: wd == 6 ? 7 : wd == 7 ? 6 : 6 - wd)
        default:
            if wd >= 6 {
                saturday = d.adding(days: 6 - wd)
            } else {
                saturday = d.adding(days: future ? 6 - wd : -(wd + 1))
            }
        }
        return (saturday, saturday.adding(days: 1))
    }
}
