extension CodedEvent {
    /// How much of the record the text states outright, from 0 to 1: a ranking aid for readers
    /// and dashboards ("show me the firm events first"), not a calibrated probability.
    ///
    /// Starts at 1 and loses weight for each part Dyad had to supply or could not fill: no source
    /// actor (0.25), an implied actor (0.15), an actor without a country (0.1 per side), no place
    /// in the text (the source's country was used, 0.05), and an event that is not a fact yet
    /// (future 0.1, conditional or hypothetical 0.2). Told more than once in the document: +0.05
    /// per extra telling, up to +0.1.
    public var confidence: Double {
        var c = 1.0
        if source.isEmpty { c -= 0.25 }
        if (source + target).contains(where: \.implied) { c -= 0.15 }
        if source.contains(where: { $0.country == nil }) { c -= 0.1 }
        if target.contains(where: { $0.country == nil }) { c -= 0.1 }
        if place == nil { c -= 0.05 }
        switch modality {
        case .future: c -= 0.1
        case .conditional, .hypothetical: c -= 0.2
        case nil: break
        }
        c += min(0.1, 0.05 * Double(max(0, mentions - 1)))
        return (min(1, max(0.05, c)) * 100).rounded() / 100
    }
}
