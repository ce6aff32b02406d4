import DyadText

extension CodedEvent {
    /// The record as EVAL.md defines it (keys sorted), plus `modality`, `contexts`, `trigger`
    /// and `mentions`, which the scorer ignores.
    public var json: JSONObject {
        var o = JSONObject()
        o.set("doc", document)
        o.set("type", type)
        o.set("mode", mode)
        o.set("source", source.map(\.json))
        o.set("target", target.map(\.json))
        o.set("date", date?.description)
        if let place {
            var p = JSONObject()
            p.set("name", place.name)
            p.set("country", place.country)
            p.set("lat", place.lat)
            p.set("lon", place.lon)
            o.set("place", p)
        } else {
            o.setNull("place")
        }
        if let quantity {
            var q = JSONObject()
            q.set("value", quantity.value)
            q.set("qualifier", quantity.qualifier.rawValue)
            q.set("unit", quantity.unit)
            q.set("text", quantity.text)
            o.set("quantity", q)
        } else {
            o.setNull("quantity")
        }
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
        return o
    }
}

extension CodedEvent.Actor {
    /// `{"text", "country", "sector"}` plus `name` and `implied` when they apply.
    public var json: JSONObject {
        var o = JSONObject()
        o.set("text", text)
        o.set("country", country)
        o.set("sector", sector)
        if let name { o.set("name", name) }
        if implied { o.set("implied", true) }
        return o
    }
}
