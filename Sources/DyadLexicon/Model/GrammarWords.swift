import DyadText

/// The grammar words the event rules read: which verbs report speech, which auxiliaries make an
/// event future or conditional, which prepositions say where (`grammar.tsv`).
///
/// They are data rather than Swift literals so that a user lexicon can add a reporting verb or a
/// light verb without touching code, and so that every rule reading a word class reads the same
/// list (before, the coder's files disagreed on them).
public struct GrammarWords: Sendable {
    /// The word classes of `grammar.tsv`; each is read by one named rule of the coder.
    public enum WordClass: String, Sendable, CaseIterable, Hashable {
        case reporting
        case reportingWeak = "reporting-weak"
        case according
        case future
        case conditional
        case conditionMark = "condition-mark"
        case hypothetical
        case negation
        case refusal
        case locative
        case background
        case nonAgentive = "non-agentive"
        case receiving
        case partitive
        case objectControl = "object-control"
        case demandModal = "demand-modal"
        case relative
        case personPronoun = "person-pronoun"
        case groupPronoun = "group-pronoun"
        case thingPronoun = "thing-pronoun"
        case countryAnaphor = "country-anaphor"
        case verbalProtest = "verbal-protest"
        case exemplifying
        case sharedSubject = "shared-subject"
    }

    /// One row of `grammar.tsv`: a class and its surface forms.
    public struct Row: Sendable, Hashable {
        public var wordClass: WordClass
        public var words: [String]

        public init(wordClass: WordClass, words: [String]) {
            self.wordClass = wordClass
            self.words = words
        }
    }

    /// Token keys (`TokenKey.of`) per class.
    private var keys: [WordClass: Set<UInt64>]

    /// Compiles rows into per-class key sets.
    public init(_ rows: [Row]) {
        var keys: [WordClass: Set<UInt64>] = [:]
        for c in WordClass.allCases { keys[c] = [] }
        for row in rows {
            for w in row.words { keys[row.wordClass, default: []].insert(TokenKey.of(w)) }
        }
        self.keys = keys
    }

    /// Whether a token key (a token's normalised form) belongs to a class.
    public func contains(_ wordClass: WordClass, _ key: UInt64) -> Bool {
        keys[wordClass]?.contains(key) ?? false
    }

    /// The key set of one class.
    public subscript(_ wordClass: WordClass) -> Set<UInt64> { keys[wordClass] ?? [] }
}
