import DyadText

/// The grammar words the event rules read: which verbs report speech, which auxiliaries make an
/// event future or conditional, which prepositions say where (`grammar.tsv`).
///
/// They are data rather than Swift literals so that a user lexicon can add a reporting verb or a
/// light verb without touching code, and so that every rule reading a word class reads the same
/// list (before, the coder's files disagreed on them).
public struct GrammarWords: Sendable {
    /// The word classes of `grammar.tsv`; each is read by one named rule of the coder.
    public enum WordClass: Int, Sendable, CaseIterable, Hashable {
        case reporting
        case reportingWeak
        case according
        case future
        case conditional
        case conditionMark
        case hypothetical
        case negation
        case refusal
        case locative
        case background
        case nonAgentive
        case receiving
        case partitive
        case objectControl
        case demandModal
        case relative
        case personPronoun
        case groupPronoun
        case thingPronoun
        case countryAnaphor
        case verbalProtest
        case exemplifying
        case sharedSubject
        case firstPerson
        case possessivePronoun
        case preposition
        case article
        case reportingNoun
        case sportSense
        case transnational
        case threatModal
        case reciprocal
        case recording
        case mishap
        case needsParty
        case armedOnly
        case givenName
        case averting
        case circumstance
        case vehicle
        case sponsorSuffix
        case preparation
        case conflict
        case protester
        case helping
        case absence
        case candidacy
        case market
        case verbalAttack
        case criticismVerb
        case statement
        case animal
        case participation
        case medical
        case quarrel
        case command
        case reflexive
        case plea
        case verbalModifier
        case service
        case verbish
        case question

        /// The class's name in `grammar.tsv`.
        public var name: String { Self.names[rawValue] }

        /// The class named `name` in `grammar.tsv`, or nil.
        public init?(name: String) {
            guard let i = Self.names.firstIndex(of: name) else { return nil }
            self.init(rawValue: i)
        }

        static let names = [
            "reporting",
            "reporting-weak",
            "according",
            "future",
            "conditional",
            "condition-mark",
            "hypothetical",
            "negation",
            "refusal",
            "locative",
            "background",
            "non-agentive",
            "receiving",
            "partitive",
            "object-control",
            "demand-modal",
            "relative",
            "person-pronoun",
            "group-pronoun",
            "thing-pronoun",
            "country-anaphor",
            "verbal-protest",
            "exemplifying",
            "shared-subject",
            "first-person",
            "possessive-pronoun",
            "preposition",
            "article",
            "reporting-noun",
            "sport-sense",
            "transnational",
            "threat-modal",
            "reciprocal",
            "recording",
            "mishap",
            "needs-party",
            "armed-only",
            "given-name",
            "averting",
            "circumstance",
            "vehicle",
            "sponsor-suffix",
            "preparation",
            "conflict",
            "protester",
            "helping",
            "absence",
            "candidacy",
            "market",
            "verbal-attack",
            "criticism-verb",
            "statement",
            "animal",
            "participation",
            "medical",
            "quarrel",
            "command",
            "reflexive",
            "plea",
            "verbal-modifier",
            "service",
            "verbish",
            "question",
        ]
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

    /// Per token key, a bit per class (bit `WordClass.rawValue`): one lookup answers every class.
    private var classes: [UInt64: UInt64]

    /// Compiles rows into the per-key class table.
    public init(_ rows: [Row]) {
        precondition(WordClass.allCases.count <= 64, "one bit per class in a UInt64")
        var classes: [UInt64: UInt64] = [:]
        for row in rows {
            for w in row.words { classes[TokenKey.of(w), default: 0] |= 1 << UInt64(row.wordClass.rawValue) }
        }
        self.classes = classes
    }

    /// Whether a token key (a token's normalised form) belongs to a class.
    public func contains(_ wordClass: WordClass, _ key: UInt64) -> Bool {
        guard let bits = classes[key] else { return false }
        return bits & (1 << UInt64(wordClass.rawValue)) != 0
    }

    /// The keys of one class.
    public subscript(_ wordClass: WordClass) -> Set<UInt64> {
        Set(classes.compactMap { $0.value & (1 << UInt64(wordClass.rawValue)) != 0 ? $0.key : nil })
    }
}
