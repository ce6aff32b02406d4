import DyadText

/// Public initialisers (first argument unlabelled, to stay apart from the internal memberwise ones), so that code outside the coder (the event store reading rows back, tests)
/// can rebuild an event value without running the coder.
extension CodedEvent {
    /// Creates an event from its parts.
    public init(
        _ document: String, type: String, mode: String?, source: [Actor], target: [Actor], date: Day?, place: Place?,
        quantity: Count?, attribution: String?, evidence: Evidence, modality: Modality?, contexts: [String],
        trigger: String, mentions: Int = 1
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
    }
}

extension CodedEvent.Place {
    /// Creates a place; coordinates are nil when the gazetteer has none.
    public init(_ name: String, country: String, lat: Double?, lon: Double?) {
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
    }
}

extension CodedEvent.Count {
    /// Creates a count: its value, qualifier, unit and the words it was read from.
    public init(_ value: Double, qualifier: Qualifier, unit: String?, text: String) {
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.text = text
    }
}

extension CodedEvent.Evidence {
    /// Creates an evidence span (character offsets into the document text).
    public init(_ sentence: Int, start: Int, end: Int, text: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }
}
