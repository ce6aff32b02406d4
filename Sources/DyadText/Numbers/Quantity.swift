/// A number mentioned in text — "about 98,000", "at least 1,386", "dozens of" — with how exact
/// the writer claims it to be.
///
/// Event data records how many people took part, were arrested or were killed. News rarely gives
/// a bare count, so the value comes with the hedge around it and the tokens it was read from,
/// letting the coder attach it to the right noun and report its precision.
public struct Quantity: Sendable, Hashable {
    /// The numeric value: 98000 for "98,000", 1500000 for "1.5 million", 24 for "dozens".
    public var value: Double
    /// The hedge in front of the number ("about", "at least", "up to"), or `.exact`.
    public var qualifier: Qualifier
    /// True for amounts given only as an order of magnitude ("dozens", "tens of thousands",
    /// "several hundred"), whose value is a conventional stand-in.
    public var isVague: Bool
    /// The whole expression — qualifier words, a currency sign, the number and, after a vague
    /// plural, its "of" — as indices into `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// Only the number itself ("1.5 million", "a dozen", "tens of thousands").
    public var numberTokens: Range<Int>
    /// The currency of an amount of money ("$473 million", "5 million euros"): "dollars",
    /// "euros"...; nil for counts. Money is never a count of people, whatever verb follows.
    public var currency: String?

    /// Creates a quantity; `QuantityParser` is the usual source.
    public init(value: Double, qualifier: Qualifier, isVague: Bool, tokens: Range<Int>, numberTokens: Range<Int>) {
        self.value = value
        self.qualifier = qualifier
        self.isVague = isVague
        self.tokens = tokens
        self.numberTokens = numberTokens
    }
}

/// How a number is hedged in the text.
///
/// Casualty and crowd figures are often lower or upper bounds ("at least 1,386", "up to 300");
/// aggregating them as exact counts would bias the data, so the hedge is kept with the value.
public enum Qualifier: String, Sendable, Codable {
    /// No hedge: "38 cities".
    case exact
    /// An estimate: "about", "some", "an estimated", "nearly", and every vague amount.
    case approximately
    /// A lower bound: "at least", "more than", "over".
    case atLeast = "at_least"
    /// An upper bound: "up to", "fewer than", "as many as".
    case atMost = "at_most"
}
