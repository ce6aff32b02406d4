import DyadModel
import DyadText
import GRDB

extension SQLiteStore {
    /// The `events` columns a page reads, as `storedEvents` decodes them.
    static let eventColumns = """
        e.id, e.doc_id, e.type, e.mode, e.date, e.day, e.place_name, e.place_country, e.lat, e.lon,
        e.quantity_value, e.quantity_qualifier, e.quantity_unit, e.quantity_text, e.attribution,
        e.evidence_sentence, e.evidence_start, e.evidence_end, e.evidence_text, e.modality, e.contexts,
        e.trigger, e.mentions, e.cluster_id, e.cameo, e.confidence, e.place_precision, e.date_precision,
        e.historical, e.quantity_scope, e.quantity_period, e.source_slot, e.target_slot
        """

    /// A quantity column as aggregates sum it: NULL for a count with a scope (a period total, a
    /// past or hypothetical figure), which is never drawn as one day's figure.
    static func aggregated(_ column: String) -> String {
        let t = column.hasPrefix("e.") ? "e." : ""
        return "CASE WHEN \(t)quantity_scope IS NULL THEN \(column) END"
    }

    /// Rebuilds the events of `rows` (read with `eventColumns`) with their actors, in row order.
    /// - Throws: `StoreError.database` for a row whose type Dyad does not code (a damaged or
    ///   foreign row): every stored type comes from `EventType`.
    func storedEvents(_ rows: [Row], db: Database) throws -> [StoredEvent] {
        guard let first = rows.first else { return [] }
        let c = EventColumns(first)
        return try withActors(rows.map { try event(from: $0, c) }, db: db)
    }

    /// The events of a statement's rows, decoded as the statement steps: SQLite's values are read
    /// straight from the statement (`StatementColumnConvertible`), not copied into `Row`s first and
    /// converted from `DatabaseValue`s, which was the costliest part of a page after the column
    /// lookups by name (perf, `GET /api/events` on a million events).
    func storedEvents(_ statement: Statement, arguments: StatementArguments, db: Database) throws -> [StoredEvent] {
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var columns: EventColumns?
        var events: [StoredEvent] = []
        while let r = try rows.next() {
            let c = columns ?? EventColumns(r)
            columns = c
            events.append(try event(from: r, c))
        }
        return try withActors(events, db: db)
    }

    /// `events` with their actors (one query for the page), in the same order.
    func withActors(_ events: [StoredEvent], db: Database) throws -> [StoredEvent] {
        guard !events.isEmpty else { return [] }
        let ids = events.map(\.id)
        var actors: [Int64: (source: [CodedEvent.Actor], target: [CodedEvent.Actor])] = [:]
        let actorSQL = """
            SELECT event_id, side, text, country, sector, name, implied FROM event_actors
            WHERE event_id IN (\(Filter.marks(ids.count))) ORDER BY event_id, side, position
            """
        // Pages of the API's sizes reuse a statement prepared once per connection; the larger
        // pages of an export are prepared each time (there are too many sizes to keep).
        let statement = ids.count <= 128 ? try db.cachedStatement(sql: actorSQL) : try db.makeStatement(sql: actorSQL)
        let actorRows = try Row.fetchCursor(statement, arguments: StatementArguments(ids))
        while let r = try actorRows.next() {
            let country: String? = r[3]
            let sector: String? = r[4]
            // A sector this build does not know (a store written with an unchecked user lexicon) reads as nil.
            let a = CodedEvent.Actor(
                text: r[2], country: country.map(CountryCode.init(rawValue:)),
                sector: sector.flatMap(Sector.init(rawValue:)), name: r[5], implied: r[6])
            let id: Int64 = r[0]
            if (r[1] as String) == "source" {
                actors[id, default: ([], [])].source.append(a)
            } else {
                actors[id, default: ([], [])].target.append(a)
            }
        }
        return events.map { e in
            var e = e
            e.event.source = actors[e.id]?.source ?? []
            e.event.target = actors[e.id]?.target ?? []
            return e
        }
    }

    /// One event of a page's row, without its actors (`withActors` adds them).
    func event(from r: Row, _ c: EventColumns) throws -> StoredEvent {
        let id: Int64 = r[c.id]
        let typeCode: String = r[c.type]
        // Dyad only stores the types it codes; anything else is a damaged or foreign row.
        guard let type = EventType(rawValue: typeCode) else {
            throw StoreError.database(path: path, detail: "event \(id) has an unknown type \"\(typeCode)\"")
        }
        let date: String? = r[c.date]
        let day: String? = r[c.day]
        var place: CodedEvent.Place?
        if let name: String = r[c.placeName] {
            let precision: String? = r[c.placePrecision]
            place = CodedEvent.Place(
                name: name, country: CountryCode(r[c.placeCountry] ?? ""), lat: r[c.lat], lon: r[c.lon],
                precision: precision.flatMap(CodedEvent.PlacePrecision.init(rawValue:)) ?? .point)
        }
        var quantity: CodedEvent.Count?
        if let value: Double = r[c.quantityValue] {
            quantity = CodedEvent.Count(
                value: value, qualifier: Qualifier(rawValue: r[c.quantityQualifier] ?? "") ?? .exact,
                unit: r[c.quantityUnit], text: r[c.quantityText] ?? "",
                scope: (r[c.quantityScope] as String?).flatMap(CodedEvent.QuantityScope.init(rawValue:)),
                period: r[c.quantityPeriod])
        }
        let contexts: String = r[c.contexts]
        let modality: String? = r[c.modality]
        var event = CodedEvent(
            document: r[c.docID], type: type, mode: r[c.mode], source: [],
            target: [], date: date.flatMap { Day(iso: $0) }, place: place,
            quantity: quantity, attribution: r[c.attribution],
            evidence: CodedEvent.Evidence(
                sentence: r[c.evidenceSentence], start: r[c.evidenceStart], end: r[c.evidenceEnd],
                text: r[c.evidenceText]),
            modality: modality.flatMap { CodedEvent.Modality(rawValue: $0) },
            contexts: contexts.isEmpty ? [] : contexts.split(separator: ",").map(String.init),
            trigger: r[c.trigger], mentions: r[c.mentions], cameo: r[c.cameo],
            datePrecision: (r[c.datePrecision] as String?).flatMap(CodedEvent.DatePrecision.init(rawValue:)),
            historical: r[c.historical], confidence: r[c.confidence])
        event.sourceSlot = (r[c.sourceSlot] as String?).flatMap(CodedEvent.SlotSource.init(rawValue:))
        event.targetSlot = (r[c.targetSlot] as String?).flatMap(CodedEvent.SlotSource.init(rawValue:))
        return StoredEvent(id: id, clusterID: r[c.clusterID], day: day.flatMap { Day(iso: $0) }, event: event)
    }
}

/// Where each of `SQLiteStore.eventColumns` is in a page's rows (by name, once per page, so a
/// query that selects them in another order or with more columns still decodes right).
struct EventColumns {
    let id, docID, type, mode, date, day, placeName, placeCountry, lat, lon: Int
    let quantityValue, quantityQualifier, quantityUnit, quantityText, attribution: Int
    let evidenceSentence, evidenceStart, evidenceEnd, evidenceText, modality, contexts: Int
    let trigger, mentions, clusterID, cameo, confidence, placePrecision, datePrecision: Int
    let historical, quantityScope, quantityPeriod, sourceSlot, targetSlot: Int

    init(_ row: Row) {
        var names: [String: Int] = [:]
        for (i, name) in row.columnNames.enumerated() where names[name] == nil { names[name] = i }
        // A column the query did not select is a programming error in this module, not bad data.
        func at(_ name: String) -> Int {
            guard let i = names[name] else { preconditionFailure("event page without column \(name)") }
            return i
        }
        id = at("id")
        docID = at("doc_id")
        type = at("type")
        mode = at("mode")
        date = at("date")
        day = at("day")
        placeName = at("place_name")
        placeCountry = at("place_country")
        lat = at("lat")
        lon = at("lon")
        quantityValue = at("quantity_value")
        quantityQualifier = at("quantity_qualifier")
        quantityUnit = at("quantity_unit")
        quantityText = at("quantity_text")
        attribution = at("attribution")
        evidenceSentence = at("evidence_sentence")
        evidenceStart = at("evidence_start")
        evidenceEnd = at("evidence_end")
        evidenceText = at("evidence_text")
        modality = at("modality")
        contexts = at("contexts")
        trigger = at("trigger")
        mentions = at("mentions")
        clusterID = at("cluster_id")
        cameo = at("cameo")
        confidence = at("confidence")
        placePrecision = at("place_precision")
        datePrecision = at("date_precision")
        historical = at("historical")
        quantityScope = at("quantity_scope")
        quantityPeriod = at("quantity_period")
        sourceSlot = at("source_slot")
        targetSlot = at("target_slot")
    }
}
