import DyadLexicon
import DyadText

/// One coded event: the record `dyad code --format jsonl` prints (see `../shared/eval/EVAL.md`).
///
/// Who (`source`) did what (`type`, `mode`) to whom (`target`), when, where, how many, according
/// to whom, with the evidence span it was read from.
public struct CodedEvent: Sendable, Hashable {
    /// An actor on one side of the event.
    public struct Actor: Sendable, Hashable {
        /// The words in the text ("the Moscow Prosecutor's Office"); nil for an implied actor.
        public var text: String?
        /// ISO alpha-3, or IGO, NGO, UNO, EUR, IMG, MNC.
        public var country: String?
        /// PLOVER sector code.
        public var sector: String?
        /// Canonical name of a named actor.
        public var name: String?
        /// True when the text does not name the actor and the domain fixes it (arrests → police).
        public var implied: Bool = false

        public init(text: String?, country: String?, sector: String?, name: String? = nil, implied: Bool = false) {
            self.text = text
            self.country = country
            self.sector = sector
            self.name = name
            self.implied = implied
        }
    }

    /// Where the event happened.
    public struct Place: Sendable, Hashable {
        public var name: String
        public var country: String
        public var lat: Double?
        public var lon: Double?
    }

    /// How many, and of what.
    public struct Count: Sendable, Hashable {
        public var value: Double
        public var qualifier: Qualifier
        public var unit: String?
        public var text: String
    }

    /// The sentence span the event was read from.
    public struct Evidence: Sendable, Hashable {
        public var sentence: Int
        /// Character offsets (Unicode scalars) into the document text.
        public var start: Int
        public var end: Int
        public var text: String
    }

    /// PLOVER's auxiliary modes: events that are not (yet) facts are kept and marked.
    public enum Modality: String, Sendable, Hashable {
        case future, conditional, hypothetical
    }

    public var document: String
    public var type: String
    public var mode: String?
    public var source: [Actor]
    public var target: [Actor]
    public var date: Day?
    public var place: Place?
    public var quantity: Count?
    public var attribution: String?
    public var evidence: Evidence
    public var modality: Modality?
    public var contexts: [String]
    /// The trigger words.
    public var trigger: String
    /// How many times the document told this event (after deduplication).
    public var mentions: Int = 1
}
