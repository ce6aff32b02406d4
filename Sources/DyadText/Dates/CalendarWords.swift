/// The English calendar vocabulary as token-key tables: month and weekday names, relative day
/// words, and the words around them that decide how a date resolves.
///
/// Shared by `DateResolver` and `QuantityParser` (which leaves a number next to a month name to
/// the resolver). Every lookup is one `KeyTable` probe.
enum CalendarWords {
    /// Month names and their news abbreviations ("Sept." has the key of "sept") → 1…12.
    static let months = KeyTable<Int>(words: [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ])

    /// A period named by "last", "this", "next"… .
    enum Period: Sendable { case week, weekend, month, year }

    /// The unit in "two days ago".
    enum AgoUnit: Sendable { case day, week, month, year }

    /// A word that can anchor a date expression.
    enum Head: Sendable {
        /// A month name; only a date when capitalised and in a date pattern.
        case month(Int)
        /// Monday … Sunday → 1…7.
        case weekday(Int)
        /// yesterday (-1), today, tonight (0), tomorrow (+1).
        case relative(Int)
        /// week, weekend, month, year after a modifier.
        case period(Period)
        /// "ago", read backwards: "two days ago".
        case ago
        /// morning, afternoon, evening, night: "this morning", "last night".
        case partOfDay
    }

    /// Every anchor word. Month names are here too so the resolver needs one probe per word.
    static let heads: KeyTable<Head> = {
        var pairs: [(String, Head)] = [
            ("monday", .weekday(1)), ("tuesday", .weekday(2)), ("wednesday", .weekday(3)),
            ("thursday", .weekday(4)), ("friday", .weekday(5)), ("saturday", .weekday(6)), ("sunday", .weekday(7)),
            ("yesterday", .relative(-1)), ("today", .relative(0)), ("tonight", .relative(0)),
            ("tomorrow", .relative(1)), ("week", .period(.week)), ("weekend", .period(.weekend)),
            ("month", .period(.month)), ("year", .period(.year)), ("ago", .ago), ("morning", .partOfDay),
            ("afternoon", .partOfDay), ("evening", .partOfDay), ("night", .partOfDay),
        ]
        for (name, m) in [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
            ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ] {
            pairs.append((name, .month(m)))
        }
        return KeyTable(words: pairs)
    }()

    /// How a modifier before a date shifts it.
    enum Modifier: Sendable, Equatable {
        case none, last, this, next, earlierThis, past, early, mid, late
    }

    /// Single-word modifiers.
    static let modifiers = KeyTable<Modifier>(words: [
        ("last", .last), ("previous", .last), ("this", .this), ("next", .next), ("coming", .next),
        ("past", .past), ("early", .early), ("mid", .mid), ("late", .late),
    ])

    /// A preposition in front of a date, kept in the mention's span.
    enum Preposition: Sendable, Equatable { case on, `in`, at, over, during, since, until }

    static let prepositions = KeyTable<Preposition>(words: [
        ("on", .on), ("in", .in), ("at", .at), ("over", .over), ("during", .during), ("since", .since),
        ("until", .until), ("till", .until), ("til", .until), ("through", .until),
    ])

    /// "ago" units.
    static let agoUnits = KeyTable<AgoUnit>(words: [
        ("day", .day), ("days", .day), ("week", .week), ("weeks", .week), ("month", .month),
        ("months", .month), ("year", .year), ("years", .year),
    ])

    /// Words that mark the clause before a date as about the future.
    static let futureWords = KeySet(["will", "shall", "'ll", "wo", "next", "tomorrow", "upcoming", "forthcoming"])
    /// Words before "to" that make it a plan ("plans to", "is to").
    static let planVerbs = KeySet(["plans", "plan", "planning", "intends", "intend", "aims", "going"])
    /// Present forms of "be" ("is to", "is expected to").
    static let presentBe = KeySet(["is", "are", "'s", "'re", "am", "be"])
    /// Participles that need a present "be" before them to mark the future ("is expected to").
    static let scheduleWords = KeySet(["expected", "scheduled", "set", "due", "slated", "planned"])
    /// Words and marks that end the clause a future marker is looked for in.
    static let clauseBoundaries = KeySet([
        ",", ";", ":", ".", "!", "?", "--", "(", ")", "\"",
        "said", "says", "say", "told", "tells", "announced", "added",
        "reported", "stated", "noted", "wrote", "according", "but", "because", "although", "though", "whereas",
    ])
}
