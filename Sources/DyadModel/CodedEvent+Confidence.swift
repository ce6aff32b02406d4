extension CodedEvent {
    /// The model's probability for this record, from `confidenceFeatures` and the fitted weights
    /// of `ConfidenceModel` (`scripts/calibrate_confidence.py`), rounded to two decimals.
    ///
    /// Fitted on one half of the PLOVER GSR dev gold as the probability that an event matches a
    /// gold dyad the way `score.py` matches them, so the share of right events among those with
    /// confidence 0.8–1 is about 0.8 or more (the calibration table is in the script's report).
    public var modelConfidence: Double { modelConfidence(sentenceEvents: 1) }

    /// The model's probability when `sentenceEvents` events (this one included) were coded from
    /// the event's sentence: one sentence rarely tells several events, so each is less sure.
    public func modelConfidence(sentenceEvents: Int) -> Double {
        var z = ConfidenceModel.intercept
        for f in confidenceFeatures(sentenceEvents: sentenceEvents) { z += ConfidenceModel.weights[f] ?? 0 }
        let p = 1 / (1 + _exp(-z))
        return (min(0.99, max(0.01, p)) * 100).rounded() / 100
    }

    /// The names of the binary features the confidence model reads, all of which the coder knows
    /// without gold: how each slot was filled, missing countries, place and date precision,
    /// modality, repeated tellings, the type, whether the trigger is a phrase or a CAMEO pattern.
    public func confidenceFeatures(sentenceEvents: Int = 1) -> [String] {
        var f: [String] = []
        if sentenceEvents >= 2 { f.append("sentence_events:2") }
        if sentenceEvents >= 3 { f.append("sentence_events:3+") }
        f.append("source:" + (source.isEmpty ? "none" : (sourceSlot?.rawValue ?? "tree")))
        f.append("target:" + (target.isEmpty ? "none" : (targetSlot?.rawValue ?? "tree")))
        if source.contains(where: \.implied) || target.contains(where: \.implied) { f.append("implied") }
        if source.contains(where: { $0.country == nil }) { f.append("source_country:none") }
        if target.contains(where: { $0.country == nil }) { f.append("target_country:none") }
        if source.count > 1 || target.count > 1 { f.append("several_actors") }
        f.append("place:" + placePrecision.rawValue)
        f.append("date:" + datePrecision.rawValue)
        if let modality { f.append("modality:" + modality.rawValue) }
        if historical { f.append("historical") }
        if mentions > 1 { f.append("repeated") }
        if quantity != nil { f.append("quantity") }
        if attribution != nil { f.append("attributed") }
        if cameo != nil { f.append("cameo_pattern") }
        if trigger.contains(" ") { f.append("trigger:phrase") }
        f.append("type:" + type.rawValue)
        return f
    }

    /// The score before the model, kept for comparison: 1 less fixed amounts for each part Dyad
    /// supplied (no source 0.25, implied actor 0.15, actor without country 0.1 a side, no place
    /// 0.05, future 0.1, conditional or hypothetical 0.2), plus 0.05 a repeated telling (≤ 0.1).
    public var heuristicConfidence: Double {
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

/// exp without Foundation (DyadModel does not import it).
@inline(__always)
func _exp(_ x: Double) -> Double {
    // Range reduction: e^x = 2^k · e^r with |r| ≤ ln2/2, then a Taylor series for e^r.
    let ln2 = 0.6931471805599453
    let xc = max(-700, min(700, x))
    let k = (xc / ln2).rounded()
    let r = xc - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...20 {
        term *= r / Double(n)
        sum += term
    }
    var p = 1.0
    var base = k >= 0 ? 2.0 : 0.5
    var e = Int(abs(k))
    while e > 0 {
        if e & 1 == 1 { p *= base }
        base *= base
        e >>= 1
    }
    return sum * p
}
