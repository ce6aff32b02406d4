import DyadText

extension CodedEvent {
    /// The record as EVAL.md defines it (keys sorted), plus `modality`, `contexts`, `trigger`,
    /// `mentions` and `confidence`, which the scorer ignores, and `cameo` when the trigger was a
    /// CAMEO verb pattern (absent otherwise, so records of curated triggers are unchanged);
    /// `place_precision`, `date_precision` and `historical` (see `CodedEvent+Precision.swift`).
    public var json: JSONObject {
        var o = JSONObject()
        o.set("doc", document)
        o.set("type", type.rawValue)
        o.set("mode", mode)
        o.set("source", source.map(\.json))
        o.set("target", target.map(\.json))
        o.set("date", date?.description)
        if let place { o.set("place", place.json) } else { o.setNull("place") }
        if let quantity { o.set("quantity", quantity.json(withText: true)) } else { o.setNull("quantity") }
        o.set("attribution", attribution)
        var ev = JSONObject()
        ev.set("sentence", evidence.sentence)
        ev.set("start", evidence.start)
        ev.set("end", evidence.end)
        ev.set("text", evidence.text)
        o.set("evidence", ev)
        o.set("modality", modality?.rawValue)
        o.set("contexts", contexts)
        o.set("trigger", trigger)
        o.set("mentions", mentions)
        o.set("confidence", confidence)
        if let cameo { o.set("cameo", cameo) }
        o.set("place_precision", placePrecision.rawValue)
        o.set("date_precision", datePrecision.rawValue)
        o.set("historical", historical)
        return o
    }
}

extension CodedEvent.Actor {
    /// `{"text", "country", "sector"}` plus `name` and `implied` when they apply.
    public var json: JSONObject {
        var o = JSONObject()
        o.set("text", text)
        o.set("country", country?.rawValue)
        o.set("sector", sector?.rawValue)
        if let name { o.set("name", name) }
        if implied { o.set("implied", true) }
        return o
    }
}

extension CodedEvent.Place {
    /// `{"name", "country", "lat", "lon"}`, shared by the event record and the exports.
    public var json: JSONObject {
        var p = JSONObject()
        p.set("name", name)
        p.set("country", country.rawValue)
        p.set("lat", lat)
        p.set("lon", lon)
        return p
    }
}

extension CodedEvent.Count {
    /// `{"value", "qualifier", "unit"}`, the counted words when `withText` is set, and `scope`
    /// and `period` when the count is not one day's figure.
    public func json(withText: Bool) -> JSONObject {
        var q = JSONObject()
        q.set("value", value)
        q.set("qualifier", qualifier.rawValue)
        q.set("unit", unit)
        if withText { q.set("text", text) }
        if let scope { q.set("scope", scope.rawValue) }
        if let period { q.set("period", period) }
        return q
    }
}
