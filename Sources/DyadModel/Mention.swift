import DyadText

/// Something recognised in a sentence: a place, an actor, a quantity or a date.
///
/// Mentions are what the event coder builds events from, and what `dyad mentions` prints: the
/// evidence of recognition, located by token and byte span.
public struct Mention: Sendable, Hashable {
    /// The four kinds of things recognised.
    public enum Kind: String, Sendable, Hashable {
        case place, actor, quantity, date
    }

    /// What sort of place a place mention is.
    public enum PlaceKind: String, Sendable, Hashable {
        case country, subdivision, city
    }

    /// What sort of actor an actor mention is, which decides how the coder may use it.
    public enum ActorKind: String, Sendable, Hashable {
        /// One named or titled person ("Kazakh President Tokayev").
        case person
        /// An institution or organisation ("the Moscow Prosecutor's Office", "NATO").
        case organization
        /// People in the plural ("Russians", "anti-war protesters").
        case group
        /// A government named by its seat or capital ("the Kremlin").
        case government
    }

    public var kind: Kind
    /// The sentence index in the document.
    public var sentence: Int
    /// Token indices into the document's `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// UTF-8 byte span in the document text.
    public var start: Int
    public var end: Int
    /// ISO alpha-3 (or IGO, NGO, UNO, EUR, ...) for places and actors.
    public var country: CountryCode?
    /// PLOVER sector for actors.
    public var sector: Sector?
    /// Canonical name: the lexicon's name of a named actor or place.
    public var name: String?
    public var lat: Double?
    public var lon: Double?
    public var placeKind: PlaceKind?
    /// True when a place is a capital (it can stand for the government: "Moscow said").
    public var isCapital: Bool = false
    public var actorKind: ActorKind?
    /// The role phrase's kind for actors built around a role.
    public var roleKind: RoleKind?
    public var quantity: Quantity?
    /// What a quantity counts ("people", "arrested", "dead"; see `QuantityUnit`).
    public var unit: String?
    public var date: DateMention?

    /// Creates a mention of `kind` over a token and byte span.
    public init(kind: Kind, sentence: Int, tokens: Range<Int>, start: Int, end: Int) {
        self.kind = kind
        self.sentence = sentence
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}
