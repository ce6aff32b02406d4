import DyadLexicon
import DyadModel
import DyadText

/// A place in a sentence where an actor stands: a recognised actor, a country acting as one,
/// a pronoun or "the country" resolved to an earlier actor, or several of these joined by
/// commas and "and" (a compound actor).
struct ActorSlot {
    /// Token span in the document.
    var tokens: Range<Int>
    var actors: [CodedEvent.Actor]
    /// The kind of the (first) actor, for coreference.
    var kind: Mention.ActorKind?
    /// Whether it came from a country or capital name rather than an actor phrase.
    var fromPlace = false
    /// Whether a preposition governs it ("in Germany", "to Russia"), and which.
    var preposition: UInt64?
}

/// What earlier sentences make available for "he", "they", "the country".
struct Discourse {
    var lastPerson: ActorSlot?
    var lastGroup: ActorSlot?
    var lastOrganization: ActorSlot?
    var lastCountry: CodedEvent.Actor?

    mutating func remember(_ slot: ActorSlot) {
        guard !slot.actors.isEmpty else { return }
        switch slot.kind {
        case .person: lastPerson = slot
        case .group: lastGroup = slot
        default: lastOrganization = slot
        }
        if slot.actors.count > 1 { lastGroup = slot }
        if let c = slot.actors.first?.country, c.rawValue.count == 3, slot.fromPlace || slot.kind != .group {
            lastCountry = CodedEvent.Actor(text: slot.actors.first?.text, country: c, sector: .government)
        }
    }
}

/// Token keys the coder's rules look at.
enum Words {
    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map { TokenKey.of($0) }) }

    static let and = TokenKey.of("and")
    static let comma = TokenKey.of(",")
    static let by = TokenKey.of("by")
    static let to = TokenKey.of("to")
    static let that = TokenKey.of("that")
    static let of = TokenKey.of("of")
    static let the = TokenKey.of("the")
    static let country = TokenKey.of("country")
    static let possessive = TokenKey.of("'s")
    static let from = TokenKey.of("from")
    static let inKey = TokenKey.of("in")
    static let against = TokenKey.of("against")
    static let at = TokenKey.of("at")
    static let his = TokenKey.of("his")
    static let her = TokenKey.of("her")
    static let their = TokenKey.of("their")
    static let it = TokenKey.of("it")

    /// Prepositions after which a place is where something happened, not who acted.
    static let locative = keys([
        "in", "at", "near", "inside", "across", "throughout", "within", "into", "outside", "around", "from",
        "through", "over", "along", "toward", "towards", "via", "between",
    ])
    /// All prepositions that make a noun phrase an object rather than a subject.
    static let prepositions = locative.union(
        keys([
            "to", "of", "for", "with", "against", "on", "by", "about", "after", "before", "during", "since",
            "than", "among", "under", "upon", "per", "despite", "following", "amid", "behind",
        ]))
    /// Auxiliaries that, before a participle, make a passive.
    static let beAuxiliaries = keys(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "'s"])
    static let negations = keys(["not", "n't", "never", "no", "without", "nor"])
    static let future = keys(["will", "'ll", "shall", "going"])
    static let conditional = keys(["would", "could", "might", "may", "if", "unless", "should", "'d"])
    static let hypothetical = keys([
        "considering", "considers", "consider", "considered", "mulling", "mulls", "weighing", "weighs", "plans",
        "planning", "planned", "proposed", "proposes", "propose", "intends", "intend", "intending", "wants", "want",
        "seeking", "seeks", "ready", "prepared", "willing", "threatened", "threatens", "threatening", "vowed",
        "vows", "pledged", "pledges", "promised", "promises", "offered", "offers",
    ])
    /// Verbs that report speech: their subject or object is who says so, not an actor of the event.
    static let reporting = keys([
        "said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "added", "adds",
        "asserted", "asserts", "noted", "notes", "claimed", "claims", "quoted", "explained", "insisted", "according",
        "wrote", "writes",
    ])
    /// Verbs that report speech only when a "that" clause or a quote goes with them ("announced
    /// that …" reports; "announced the closure" is the event).
    static let weakReporting = keys([
        "announced", "announces", "declared", "declares", "confirmed", "confirms", "suggested", "suggests",
        "believes", "believed", "argued", "argues", "warned", "warns", "stressed", "stresses", "emphasized",
        "emphasised", "acknowledged", "admitted", "estimated", "estimates",
    ])
    /// Words that end a clause for subject and object search.
    static let clauseBreaks = keys([
        ";", ":", "that", "which", "who", "whom", "whose", "while", "whereas", "because", "after", "before", "when",
        "as", "but", "although", "though", "--", "(", ")",
    ])
    static let personPronouns = keys(["he", "she", "him", "her", "his"])
    static let groupPronouns = keys(["they", "them", "their"])
    static let thingPronouns = keys(["it", "its"])
    static let articles = keys(["the", "a", "an"])
}
