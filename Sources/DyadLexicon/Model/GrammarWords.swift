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
        case warContext
        case labourContext
        case victim
        case aim
        case legalCase
        case rally
        case plunder
        case reducedPassive
        case nounSense
        case objectRequired
        case aimed
        case harm
        case belief
        case prospect
        case legislation
        case enact
        case compass
        case resultState
        case patientNoun
        case attendance
        case purposeNoun
        case decide
        case armedConflict
        case sequence
        case compassPart
        case auxiliary
        case blaze
        case lyNoun
        case regain
        case territory
        case patientPossessor
        case defeat
        case contest
        case bodilyHarm
        case responsibility
        case allegation
        case homeland
        case admission
        case electorate
        case ballot
        case succession
        case populace
        case warning
        case pending
        case acquittal
        case culpable
        case offence
        case speculative
        case retaliation
        case welcoming
        case danger
        case site
        case hosting
        case occasion
        case newborn
        case measure
        case weaponsTest
        case carryOut
        case journey
        case nameParticle
        case naming
        case allegedly
        case trial
        case requestNoun
        case promise
        case affliction
        case possession
        case anaphoric
        case actReference
        case mutualCombat
        case agentHands
        case facility
        case detonation
        case domesticMode
        case declining
        case testing
        case exercise
        case obstruction
        case announcing
        case adjectiveSense

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
            "war-context",
            "labour-context",
            "victim",
            "aim",
            "legal-case",
            "rally",
            "plunder",
            "reduced-passive",
            "noun-sense",
            "object-required",
            "aimed",
            "harm",
            "belief",
            "prospect",
            "legislation",
            "enact",
            "compass",
            "result-state",
            "patient-noun",
            "attendance",
            "purpose-noun",
            "decide",
            "armed-conflict",
            "sequence",
            "compass-part",
            "auxiliary",
            "blaze",
            "ly-noun",
            "regain",
            "territory",
            "patient-possessor",
            "defeat",
            "contest",
            "bodily-harm",
            "responsibility",
            "allegation",
            "homeland",
            "admission",
            "electorate",
            "ballot",
            "succession",
            "populace",
            "warning",
            "pending",
            "acquittal",
            "culpable",
            "offence",
            "speculative",
            "retaliation",
            "welcoming",
            "danger",
            "site",
            "hosting",
            "occasion",
            "newborn",
            "measure",
            "weapons-test",
            "carry-out",
            "journey",
            "name-particle",
            "naming",
            "allegedly",
            "trial",
            "request-noun",
            "promise",
            "affliction",
            "possession",
            "anaphoric",
            "act-reference",
            "mutual-combat",
            "agent-hands",
            "facility",
            "detonation",
            "domestic-mode",
            "declining",
            "testing",
            "exercise",
            "obstruction",
            "announcing",
            "adjective-sense",
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

    /// A bit per class (bit `WordClass.rawValue` of the 192 in three words): one lookup answers every class.
    private struct ClassBits: Sendable {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

        mutating func insert(_ c: WordClass) {
            let bit: UInt64 = 1 << UInt64(c.rawValue % 64)
            switch c.rawValue / 64 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            default: words.2 |= bit
            }
        }

        func contains(_ c: WordClass) -> Bool {
            let bit: UInt64 = 1 << UInt64(c.rawValue % 64)
            switch c.rawValue / 64 {
            case 0: return words.0 & bit != 0
            case 1: return words.1 & bit != 0
            default: return words.2 & bit != 0
            }
        }
    }

    /// Per token key, the classes it belongs to.
    private var classes: [UInt64: ClassBits]

    /// Compiles rows into the per-key class table.
    public init(_ rows: [Row]) {
        precondition(WordClass.allCases.count <= 192, "one bit per class in three UInt64 words")
        var classes: [UInt64: ClassBits] = [:]
        for row in rows {
            for w in row.words { classes[TokenKey.of(w), default: ClassBits()].insert(row.wordClass) }
        }
        self.classes = classes
    }

    /// Whether a token key (a token's normalised form) belongs to a class.
    public func contains(_ wordClass: WordClass, _ key: UInt64) -> Bool {
        classes[key]?.contains(wordClass) ?? false
    }

    /// The keys of one class.
    public subscript(_ wordClass: WordClass) -> Set<UInt64> {
        Set(classes.compactMap { $0.value.contains(wordClass) ? $0.key : nil })
    }
}
