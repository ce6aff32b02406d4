import DyadModel
import DyadStore
import DyadText
import PostgresNIO

extension PostgresStore {
    /// The `events` columns a page reads, in the order `storedEvents` decodes them.
    static let eventColumns = """
        e.id, e.doc_id, e.type, e.mode, e.date, e.day, e.place_name, e.place_country, e.lat, e.lon,
        e.quantity_value, e.quantity_qualifier, e.quantity_unit, e.quantity_text, e.attribution,
        e.evidence_sentence, e.evidence_start, e.evidence_end, e.evidence_text, e.modality, e.contexts,
        e.trigger, e.mentions, e.cluster_id, e.cameo, e.confidence, e.place_precision, e.date_precision,
        e.historical, e.quantity_scope, e.quantity_period, e.source_slot, e.target_slot
        """

    /// Rebuilds the events of `rows` (read with `eventColumns`) with their actors, in row order.
    /// - Throws: `StoreError.database` for a row whose type Dyad does not code (a damaged or
    ///   foreign row).
    func storedEvents(_ rows: [PostgresRandomAccessRow], session s: Session) throws -> [StoredEvent] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0[0].decode(Int64.self) }
        var actors: [Int64: (source: [CodedEvent.Actor], target: [CodedEvent.Actor])] = [:]
        var sql = SQL()
        sql += """
            SELECT event_id, side, text, country, sector, name, implied FROM event_actors
            WHERE event_id = ANY(\(sql.bind(ids))) ORDER BY event_id, side, position
            """
        for r in try s.query(sql) {
            let country = try r[3].decode(String?.self)
            let sector = try r[4].decode(String?.self)
            // A sector this build does not know (an unchecked user lexicon) reads as nil.
            let a = CodedEvent.Actor(
                text: try r[2].decode(String?.self), country: country.map(CountryCode.init(rawValue:)),
                sector: sector.flatMap(Sector.init(rawValue:)), name: try r[5].decode(String?.self),
                implied: try r[6].decode(Bool.self))
            let id = try r[0].decode(Int64.self)
            if try r[1].decode(String.self) == "source" {
                actors[id, default: ([], [])].source.append(a)
            } else {
                actors[id, default: ([], [])].target.append(a)
            }
        }
        return try rows.map { r in
            let id = try r[0].decode(Int64.self)
            let typeCode = try r[2].decode(String.self)
            guard let type = EventType(rawValue: typeCode) else {
                throw StoreError.database(path: path, detail: "event \(id) has an unknown type \"\(typeCode)\"")
            }
            var place: CodedEvent.Place?
            if let name = try r[6].decode(String?.self) {
                place = CodedEvent.Place(
                    name: name, country: CountryCode(try r[7].decode(String?.self) ?? ""),
                    lat: try r[8].decode(Double?.self), lon: try r[9].decode(Double?.self),
                    precision: try r[26].decode(String?.self).flatMap(CodedEvent.PlacePrecision.init(rawValue:))
                        ?? .point)
            }
            var quantity: CodedEvent.Count?
            if let value = try r[10].decode(Double?.self) {
                quantity = CodedEvent.Count(
                    value: value, qualifier: Qualifier(rawValue: try r[11].decode(String?.self) ?? "") ?? .exact,
                    unit: try r[12].decode(String?.self), text: try r[13].decode(String?.self) ?? "",
                    scope: try r[29].decode(String?.self).flatMap(CodedEvent.QuantityScope.init(rawValue:)),
                    period: try r[30].decode(String?.self))
            }
            let contexts = try r[20].decode(String.self)
            var event = CodedEvent(
                document: try r[1].decode(String.self), type: type, mode: try r[3].decode(String?.self),
                source: actors[id]?.source ?? [], target: actors[id]?.target ?? [],
                date: try r[4].decode(String?.self).flatMap { Day(iso: $0) }, place: place, quantity: quantity,
                attribution: try r[14].decode(String?.self),
                evidence: CodedEvent.Evidence(
                    sentence: try r[15].decode(Int.self), start: try r[16].decode(Int.self),
                    end: try r[17].decode(Int.self), text: try r[18].decode(String.self)),
                modality: try r[19].decode(String?.self).flatMap { CodedEvent.Modality(rawValue: $0) },
                contexts: contexts.isEmpty ? [] : contexts.split(separator: ",").map(String.init),
                trigger: try r[21].decode(String.self), mentions: try r[22].decode(Int.self),
                cameo: try r[24].decode(String?.self),
                datePrecision: try r[27].decode(String?.self).flatMap(CodedEvent.DatePrecision.init(rawValue:)),
                historical: try r[28].decode(Bool.self), confidence: try r[25].decode(Double.self))
            event.sourceSlot = try r[31].decode(String?.self).flatMap(CodedEvent.SlotSource.init(rawValue:))
            event.targetSlot = try r[32].decode(String?.self).flatMap(CodedEvent.SlotSource.init(rawValue:))
            return StoredEvent(
                id: id, clusterID: try r[23].decode(Int64?.self),
                day: try r[5].decode(String?.self).flatMap { Day(iso: $0) }, event: event)
        }
    }
}
