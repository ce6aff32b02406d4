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
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = rows.map { $0["id"] }
        var actors: [Int64: (source: [CodedEvent.Actor], target: [CodedEvent.Actor])] = [:]
        let actorRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT event_id, side, text, country, sector, name, implied FROM event_actors
                WHERE event_id IN (\(Filter.marks(ids.count))) ORDER BY event_id, side, position
                """, arguments: StatementArguments(ids))
        while let r = try actorRows.next() {
            let country: String? = r["country"]
            let sector: String? = r["sector"]
            // A sector this build does not know (a store written with an unchecked user lexicon) reads as nil.
            let a = CodedEvent.Actor(
                text: r["text"], country: country.map(CountryCode.init(rawValue:)),
                sector: sector.flatMap(Sector.init(rawValue:)), name: r["name"], implied: r["implied"])
            let id: Int64 = r["event_id"]
            if (r["side"] as String) == "source" {
                actors[id, default: ([], [])].source.append(a)
            } else {
                actors[id, default: ([], [])].target.append(a)
            }
        }
        return try rows.map { r in
            let id: Int64 = r["id"]
            let typeCode: String = r["type"]
            // Dyad only stores the types it codes; anything else is a damaged or foreign row.
            guard let type = EventType(rawValue: typeCode) else {
                throw StoreError.database(path: path, detail: "event \(id) has an unknown type \"\(typeCode)\"")
            }
            let date: String? = r["date"]
            let day: String? = r["day"]
            var place: CodedEvent.Place?
            if let name: String = r["place_name"] {
                let precision: String? = r["place_precision"]
                place = CodedEvent.Place(
                    name: name, country: CountryCode(r["place_country"] ?? ""), lat: r["lat"], lon: r["lon"],
                    precision: precision.flatMap(CodedEvent.PlacePrecision.init(rawValue:)) ?? .point)
            }
            var quantity: CodedEvent.Count?
            if let value: Double = r["quantity_value"] {
                quantity = CodedEvent.Count(
                    value: value, qualifier: Qualifier(rawValue: r["quantity_qualifier"] ?? "") ?? .exact,
                    unit: r["quantity_unit"], text: r["quantity_text"] ?? "",
                    scope: (r["quantity_scope"] as String?).flatMap(CodedEvent.QuantityScope.init(rawValue:)),
                    period: r["quantity_period"])
            }
            let contexts: String = r["contexts"]
            let modality: String? = r["modality"]
            var event = CodedEvent(
                document: r["doc_id"], type: type, mode: r["mode"], source: actors[id]?.source ?? [],
                target: actors[id]?.target ?? [], date: date.flatMap { Day(iso: $0) }, place: place,
                quantity: quantity, attribution: r["attribution"],
                evidence: CodedEvent.Evidence(
                    sentence: r["evidence_sentence"], start: r["evidence_start"], end: r["evidence_end"],
                    text: r["evidence_text"]),
                modality: modality.flatMap { CodedEvent.Modality(rawValue: $0) },
                contexts: contexts.isEmpty ? [] : contexts.split(separator: ",").map(String.init),
                trigger: r["trigger"], mentions: r["mentions"], cameo: r["cameo"],
                datePrecision: (r["date_precision"] as String?).flatMap(CodedEvent.DatePrecision.init(rawValue:)),
                historical: r["historical"], confidence: r["confidence"])
            event.sourceSlot = (r["source_slot"] as String?).flatMap(CodedEvent.SlotSource.init(rawValue:))
            event.targetSlot = (r["target_slot"] as String?).flatMap(CodedEvent.SlotSource.init(rawValue:))
            return StoredEvent(id: id, clusterID: r["cluster_id"], day: day.flatMap { Day(iso: $0) }, event: event)
        }
    }
}
