/// Whose an actor or place is: an ISO 3166-1 alpha-3 code ("RUS"), `KOS`, or one of PLOVER's
/// international non-state codes (`IGO`, `UNO`, `EUR`, `NGO`, `ISM`, `IMG`, `MNC`).
///
/// A wrapper rather than an enum: the lexicon (and a user's lexicon) decides which codes exist,
/// and the printed form must stay exactly the string it was read as. What the type adds is the one
/// definition of which codes are not states (`isState`), which the recognizer and the coder used
/// to spell out separately, and differently.
public struct CountryCode: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The code as read and as printed.
    public let rawValue: String

    /// Wraps a code as written (no validation: the lexicon's data decides what exists).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a code as written.
    public init(_ code: String) { self.rawValue = code }

    /// A code written in the source ("RUS"), as tests and fixed rules write them.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// PLOVER's international non-state entities (manual, "Non-state international actors"): they
    /// stand in the country field but are nobody's state, so they never lend an actor a country.
    public static let nonState: Set<CountryCode> = ["IGO", "NGO", "UNO", "EUR", "IMG", "MNC", "ISM"]

    /// Whether the code names a state (or territory) rather than an international non-state entity:
    /// a three-letter code outside `nonState`.
    public var isState: Bool { rawValue.count == 3 && !Self.nonState.contains(self) }

    /// Whether the code is PLOVER's multinational corporation: a company before a noun lends that
    /// noun nothing ("an *Uber* passenger", "*Twitter* users"), unlike a state or a body.
    public var isMultinational: Bool { rawValue == "MNC" }

    /// The code as printed ("RUS").
    public var description: String { rawValue }

    /// Orders by code, as the string codes did (the coder breaks ties between countries by it).
    public static func < (a: CountryCode, b: CountryCode) -> Bool { a.rawValue < b.rawValue }
}
