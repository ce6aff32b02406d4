/// A date expression in text resolved to calendar days: "on Tuesday", "since 21 September",
/// "last week".
///
/// Event data is dated by the day the event happened, not the day the article appeared. News
/// mostly dates events relative to publication, so the resolver turns those expressions into days
/// and the coder picks the one that governs each event.
public struct DateMention: Sendable, Hashable {
    /// The expression's tokens, including its preposition or modifier ("on", "since", "last"),
    /// as indices into `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// The resolved day, or the first day of a range or of a "since" period. For `.until`, the
    /// day the period ends.
    public var day: Day
    /// The last day of a range, or the document date for "since"; nil for a single day.
    public var lastDay: Day?
    /// What the expression says about the days.
    public var kind: Kind

    /// Creates a mention; `DateResolver` is the usual source.
    public init(tokens: Range<Int>, day: Day, lastDay: Day? = nil, kind: Kind) {
        self.tokens = tokens
        self.day = day
        self.lastDay = lastDay
        self.kind = kind
    }

    /// The kind of time an expression names, so a coder can tell a point from a period.
    public enum Kind: String, Sendable {
        /// One day: "on Tuesday", "21 September", "yesterday", "two days ago".
        case day
        /// A period from `day` to `lastDay`: "last week", "in September", "over the weekend".
        case range
        /// From `day` up to the document date: "since 21 September".
        case since
        /// Up to and including `day`: "until 5 October".
        case until
    }
}
