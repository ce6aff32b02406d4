import DyadModel
import DyadText

/// An event store: where coded documents and their events are kept, counted and pulled out again.
///
/// The command line and the server talk to this protocol only, never to SQL, so that the same
/// commands run on one SQLite file (`SQLiteStore`) or on a PostgreSQL server many workers write
/// to (`PostgresStore`, module `DyadPostgres`). Every method is synchronous and safe to call from
/// any thread.
public protocol EventStore: Sendable {
    /// Stores a batch of coded documents atomically: either the whole batch is committed or none of it.
    ///
    /// A document already stored with the same id and content hash is skipped (unless `replace` is
    /// true); a changed one has its events, actors and sentences deleted, its rollups and clusters
    /// adjusted, and is stored again.
    func ingest(_ items: [IngestItem], replace: Bool) throws -> IngestOutcome

    /// Makes everything written so far part of the main store file and reclaims temporary space
    /// (SQLite: copies the write-ahead log and truncates it). Called at the end of a bulk ingest.
    /// - Throws: `StoreError` when the store cannot be written.
    func checkpoint() throws

    /// A value that changes whenever anything commits to the store (from this process or any
    /// other), so that a server can keep computed answers until it changes. SQLite: the size and
    /// time of the database file and its write-ahead log; PostgreSQL: a counter every ingest
    /// transaction increments.
    /// Equal tokens mean "unchanged"; a token says nothing else (not ordered, not comparable
    /// across stores).
    /// - Throws: `StoreError` when the store cannot be read.
    func changeToken() throws -> StoreChangeToken

    /// The content hash of the stored document with this id, or nil when it is not stored.
    func documentState(_ id: String) throws -> String?

    /// The content hashes of those of `ids` that are stored (one query for a whole batch).
    func documentStates(_ ids: [String]) throws -> [String: String]

    /// Stored documents in id order after `afterID` (nil: from the start), at most `limit`, for re-coding.
    func documents(after afterID: String?, limit: Int) throws -> [Document]

    /// A page of events matching the query in `query.sort` order (storage order by default), from
    /// `query.limit`, `offset` or the keyset cursor `afterID` (an event id, valid in any order).
    func query(_ query: EventQuery) throws -> [StoredEvent]

    /// Event counts (and summed quantities) grouped by one dimension.
    func counts(_ query: EventQuery, by dimension: CountDimension) throws -> [CountRow]

    /// Visits every matching event in `query.sort` order (storage order by default) without holding
    /// them all in memory.
    /// The visitor may throw to stop early.
    func export(_ query: EventQuery, _ visit: (StoredEvent) throws -> Void) throws

    /// Totals and facts about the store (counts every table: `dyad stats`).
    func stats() throws -> StoreStats

    /// Documents, events and the first and last day, from indexes and rollups only: what a page
    /// header or a metrics scrape shows, in milliseconds on any store size.
    func overview() throws -> StoreOverview

    // MARK: Browsing (what `dyad serve` shows one item or one chart at a time)

    /// One event by id, nil when there is none: the server's event page and `/api/events/{id}`.
    func event(id: Int64) throws -> StoredEvent?

    /// One stored document with its sentences, nil when there is none, so a reader can see an
    /// event's whole context.
    func document(id: String) throws -> StoredDocument?

    /// The events coded from one document, in storage order (empty when there are none).
    func events(inDocument id: String) throws -> [StoredEvent]

    /// A page of a stored document (a run of sentences with their text, mentions and events), nil
    /// when it is not stored: what the server answers with, so no answer grows with a document.
    func documentPage(id: String, from: Int, maxSentences: Int, maxCharacters: Int) throws -> DocumentPage?

    /// Event counts grouped by two dimensions at once (day × type for a stacked timeline,
    /// dyad × type for a dyad table): one query instead of one per type.
    /// - Parameter perGroup: keep only the largest rows for each value of `second` (nil: all).
    func crossCounts(_ query: EventQuery, by first: CountDimension, and second: CountDimension, perGroup: Int?)
        throws -> [CrossCountRow]

    /// Summed quantities grouped by one dimension and the quantity's unit ("arrested", "dead"),
    /// because a sum of people and troops means nothing but "people arrested per day" does.
    func quantities(_ query: EventQuery, by dimension: CountDimension) throws -> [QuantityRow]

    /// The places events happened at (name, country, coordinates) with their counts, largest
    /// first, at most `query.limit`: what the map draws.
    func places(_ query: EventQuery) throws -> [PlaceCount]
}

/// A sentence of a stored document; offsets are character (Unicode scalar) offsets like the evidence's.
public struct StoredSentence: Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

/// What one `ingest` call did.
public struct IngestOutcome: Sendable, Hashable {
    /// Documents new to the store.
    public var added = 0
    /// Documents whose content changed (or that were re-coded) and were replaced.
    public var replaced = 0
    /// Documents already stored with the same content hash.
    public var skipped = 0
    /// Events written.
    public var events = 0

    public init(added: Int = 0, replaced: Int = 0, skipped: Int = 0, events: Int = 0) {
        self.added = added
        self.replaced = replaced
        self.skipped = skipped
        self.events = events
    }

    /// Adds another outcome's counts.
    public static func += (a: inout IngestOutcome, b: IngestOutcome) {
        a.added += b.added
        a.replaced += b.replaced
        a.skipped += b.skipped
        a.events += b.events
    }
}

/// Which events a query, count or export covers. Empty lists and nil values do not filter.
///
/// Country filters match when any actor on that side (or the place) has one of the codes.
public struct EventQuery: Sendable, Hashable {
    /// First day included (the event's date, else its document's date).
    public var from: Day?
    /// Last day included.
    public var to: Day?
    public var types: [String] = []
    public var sourceCountries: [String] = []
    public var targetCountries: [String] = []
    public var placeCountries: [String] = []
    /// Events with an actor of one of these codes on either side (source or target): what an
    /// actor's page lists, which the source and target filters (both must match) cannot say.
    public var eitherSideCountries: [String] = []
    /// A substring of an actor's text or canonical name, case-insensitive for ASCII.
    public var actor: String?
    /// Words that must all occur in the event's evidence sentence (full-text search).
    public var text: String?
    /// Page size; nil means no limit.
    public var limit: Int?
    public var offset: Int = 0
    /// Keyset cursor: only events after the one with this id in `sort` order (in storage order,
    /// those with a larger id); faster than `offset` for deep pages.
    public var afterID: Int64?
    /// The order of `query` pages and exports; counts ignore it.
    public var sort = EventSort.storage
    /// Only events whose confidence is at least this (nil: all).
    public var minConfidence: Double?
    /// Also historical events (dated more than a year before their document): left out by
    /// default, from lists, counts, timelines and the map alike (see `CodedEvent.historical`).
    public var includeHistorical = false
    /// Only the reports of one event across documents (`StoredEvent.clusterID`).
    public var clusterID: Int64?

    public init(
        from: Day? = nil, to: Day? = nil, types: [String] = [], sourceCountries: [String] = [],
        targetCountries: [String] = [], placeCountries: [String] = [], actor: String? = nil, text: String? = nil,
        limit: Int? = nil, offset: Int = 0, afterID: Int64? = nil, minConfidence: Double? = nil,
        includeHistorical: Bool = false
    ) {
        self.minConfidence = minConfidence
        self.includeHistorical = includeHistorical
        self.from = from
        self.to = to
        self.types = types
        self.sourceCountries = sourceCountries
        self.targetCountries = targetCountries
        self.placeCountries = placeCountries
        self.actor = actor
        self.text = text
        self.limit = limit
        self.offset = offset
        self.afterID = afterID
    }

    /// True when only the dimensions kept in rollups are filtered, so counts can come from rollups.
    /// Rollups hold no historical events and no confidences, and their country sets say nothing of
    /// a code being on either side.
    public var isRollupQuery: Bool {
        actor == nil && text == nil && minConfidence == nil && !includeHistorical && clusterID == nil
            && eitherSideCountries.isEmpty
    }
}

/// What `counts` groups by.
public enum CountDimension: String, Sendable, CaseIterable {
    case day, week, month, type, source, target, place, dyad

    /// Time dimensions sort by key; the others by count, largest first.
    public var isTime: Bool { self == .day || self == .week || self == .month }
}

/// One group of a count: its key ("2022-09-27", "PROTEST", "RUS", "RUS -> UKR"), events and summed quantity.
public struct CountRow: Sendable, Hashable {
    /// The group's value; "-" for events without one (no date, no actor, no place).
    public var key: String
    public var events: Int
    /// Sum of the events' quantities (people, arrests...), 0 when none has one.
    public var quantity: Double

    public init(key: String, events: Int, quantity: Double) {
        self.key = key
        self.events = events
        self.quantity = quantity
    }
}

/// An event read back from a store.
public struct StoredEvent: Sendable, Hashable {
    /// The event's row id (stable; usable as a cursor).
    public var id: Int64
    /// The cluster of reports of the same event across documents, if the event has a day.
    public var clusterID: Int64?
    /// The event's date, else its document's publication date.
    public var day: Day?
    public var event: CodedEvent

    public init(id: Int64, clusterID: Int64?, day: Day?, event: CodedEvent) {
        self.id = id
        self.clusterID = clusterID
        self.day = day
        self.event = event
    }
}

/// Totals and facts about a store, for `dyad stats`.
public struct StoreStats: Sendable, Hashable {
    public var path: String
    public var schemaVersion: Int
    public var documents = 0
    public var sentences = 0
    public var events = 0
    public var actors = 0
    public var clusters = 0
    /// Clusters told by more than one document.
    public var sharedClusters = 0
    public var rollupRows = 0
    public var firstDay: Day?
    public var lastDay: Day?
    /// Bytes on disk: the database file plus its write-ahead log.
    public var bytesOnDisk: Int64 = 0
    /// Event counts per type, largest first.
    public var types: [CountRow] = []

    public init(path: String, schemaVersion: Int) {
        self.path = path
        self.schemaVersion = schemaVersion
    }
}

/// A stored document with the sentences its events point into.
public struct StoredDocument: Sendable, Hashable {
    public var document: Document
    public var contentHash: String
    /// When the document was coded (ISO 8601), to tell a reader how fresh its events are.
    public var codedAt: String
    public var sentences: [StoredSentence]
    /// The places, actors, quantities and dates recognised when it was coded, so a reader sees
    /// what the events were coded from without running the recognizer again.
    public var mentions: [StoredMention]

    public init(
        document: Document, contentHash: String, codedAt: String, sentences: [StoredSentence],
        mentions: [StoredMention] = []
    ) {
        self.document = document
        self.contentHash = contentHash
        self.codedAt = codedAt
        self.sentences = sentences
        self.mentions = mentions
    }
}

/// One cell of a two-way count: the keys of both dimensions, events and summed quantity.
public struct CrossCountRow: Sendable, Hashable {
    /// The first dimension's key ("2022-09-27", "RUS -> UKR"); "-" for events without one.
    public var first: String
    /// The second dimension's key (usually the event type).
    public var second: String
    public var events: Int
    public var quantity: Double

    public init(first: String, second: String, events: Int, quantity: Double) {
        self.first = first
        self.second = second
        self.events = events
        self.quantity = quantity
    }
}

/// Summed quantities of one unit in one group: "2022-09-27, arrested: 1,386 over 3 events".
public struct QuantityRow: Sendable, Hashable {
    public var key: String
    /// The quantity's unit (units.tsv names: people, arrested, dead...); "-" when the coder gave none.
    public var unit: String
    /// Events with a quantity of this unit.
    public var events: Int
    public var total: Double

    public init(key: String, unit: String, events: Int, total: Double) {
        self.key = key
        self.unit = unit
        self.events = events
        self.total = total
    }
}

/// A place events happened at, with how many and their summed quantity.
public struct PlaceCount: Sendable, Hashable {
    public var name: String
    public var country: String
    /// Coordinates when the gazetteer knows them (averaged if a name was stored with several).
    public var lat: Double?
    public var lon: Double?
    public var events: Int
    public var quantity: Double
    /// `point`, `admin1` or `country` (`CodedEvent.PlacePrecision`): a country-level place's
    /// coordinates are the country's representative point, not where anything happened.
    public var precision = "point"

    public init(name: String, country: String, lat: Double?, lon: Double?, events: Int, quantity: Double) {
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
        self.events = events
        self.quantity = quantity
    }
}

/// The few totals a dashboard header shows (see `EventStore.overview()`).
public struct StoreOverview: Sendable, Hashable {
    public var documents: Int
    public var events: Int
    public var firstDay: Day?
    public var lastDay: Day?

    public init(documents: Int, events: Int, firstDay: Day?, lastDay: Day?) {
        self.documents = documents
        self.events = events
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}

/// What `EventStore.changeToken()` returns: opaque, compared only for equality.
public struct StoreChangeToken: Sendable, Hashable {
    /// The store's own description of its state (SQLite: sizes and modification times of the
    /// database file and its write-ahead log).
    public var parts: [Int64]

    public init(parts: [Int64]) { self.parts = parts }
}
