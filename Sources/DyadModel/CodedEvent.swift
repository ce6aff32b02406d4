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
        /// ISO alpha-3, or a PLOVER non-state code (IGO, NGO, UNO, EUR, ISM, IMG, MNC).
        public var country: CountryCode?
        /// PLOVER sector.
        public var sector: Sector?
        /// Canonical name of a named actor.
        public var name: String?
        /// True when the text does not name the actor and the domain fixes it (arrests → police).
        public var implied: Bool = false

        public init(
            text: String?, country: CountryCode?, sector: Sector?, name: String? = nil, implied: Bool = false
        ) {
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
        public var country: CountryCode
        public var lat: Double?
        public var lon: Double?
        /// How exactly the place is known: a city or site (`point`), a region (`admin1`), only the
        /// country (`country`, its coordinates are the country's representative point).
        public var precision: PlacePrecision

        /// Creates a place; coordinates are nil when the gazetteer has none.
        public init(name: String, country: CountryCode, lat: Double?, lon: Double?, precision: PlacePrecision = .point)
        {
            self.name = name
            self.country = country
            self.lat = lat
            self.lon = lon
            self.precision = precision
        }
    }

    /// How many, and of what.
    public struct Count: Sendable, Hashable {
        public var value: Double
        public var qualifier: Qualifier
        /// What is counted (see `QuantityUnit`).
        public var unit: String?
        /// The words the count was read from.
        public var text: String
        /// Set when the count is not one day's figure of this event: a total over a period, a
        /// figure of the past, or a hypothetical one (see `QuantityScope`). Aggregates leave it out.
        public var scope: QuantityScope?
        /// The words giving the period of a period total ("in a year", "since February"), if any.
        public var period: String?

        /// Creates a count: its value, qualifier, unit and the words it was read from.
        public init(
            value: Double, qualifier: Qualifier, unit: String?, text: String, scope: QuantityScope? = nil,
            period: String? = nil
        ) {
            self.value = value
            self.qualifier = qualifier
            self.unit = unit
            self.text = text
            self.scope = scope
            self.period = period
        }
    }

    /// The sentence span the event was read from.
    public struct Evidence: Sendable, Hashable {
        public var sentence: Int
        /// Character offsets (Unicode scalars) into the document text.
        public var start: Int
        public var end: Int
        public var text: String

        /// Creates an evidence span (character offsets into the document text).
        public init(sentence: Int, start: Int, end: Int, text: String) {
            self.sentence = sentence
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// PLOVER's auxiliary modes: events that are not (yet) facts are kept and marked.
    public enum Modality: String, Sendable, Hashable {
        case future, conditional, hypothetical
    }

    public var document: String
    /// What happened: a PLOVER type or MIGRATE.
    public var type: EventType
    /// The PLOVER mode word ("arrest", "restrict"), if any.
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
    /// The CAMEO code of the verb pattern (`verbs.tsv`) the trigger came from, nil for a curated
    /// trigger: CAMEO-based analyses can then use the pattern's own code instead of one mapped
    /// back from the PLOVER type (`cameoCoding`). Kept as written in the lexicon.
    public var cameo: String?
    /// How exactly `date` is known (`document` when there is no date of its own).
    public var datePrecision: DatePrecision
    /// True when the event's date lies more than the configured span (365 days by default) before
    /// its document's date: a past event told as background, kept out of timelines and rollups.
    public var historical: Bool = false
    /// How the actor and recipient slots were filled (`SlotSource`), nil for an empty side; the
    /// confidence model reads them.
    public var sourceSlot: SlotSource?
    public var targetSlot: SlotSource?
    /// The probability that the record matches what an annotator would code (see
    /// `CodedEvent+Confidence.swift`): set by the coder when it finishes an event, read back by
    /// the store. Events built by hand get the model's value for their fields at creation.
    public var confidence: Double = 0

    /// Creates an event from its parts (the coder builds events with it; the store, the synthetic
    /// benchmark and tests rebuild them without running the coder).
    public init(
        document: String, type: EventType, mode: String?, source: [Actor], target: [Actor], date: Day?, place: Place?,
        quantity: Count?, attribution: String?, evidence: Evidence, modality: Modality?, contexts: [String],
        trigger: String, mentions: Int = 1, cameo: String? = nil, datePrecision: DatePrecision? = nil,
        historical: Bool = false, confidence: Double? = nil
    ) {
        self.document = document
        self.type = type
        self.mode = mode
        self.source = source
        self.target = target
        self.date = date
        self.place = place
        self.quantity = quantity
        self.attribution = attribution
        self.evidence = evidence
        self.modality = modality
        self.contexts = contexts
        self.trigger = trigger
        self.mentions = mentions
        self.cameo = cameo
        self.datePrecision = datePrecision ?? (date == nil ? .document : .day)
        self.historical = historical
        self.confidence = 0
        self.confidence = confidence ?? modelConfidence
    }
}
