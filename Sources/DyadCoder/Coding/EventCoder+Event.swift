import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    /// Builds the event of one trigger, or nil when it is negated or has no actor.
    func event(for trig: Trigger, in st: inout SentenceState, discourse: Discourse) -> CodedEvent? {
        let t0 = trig.tokens.lowerBound
        let t1 = trig.tokens.upperBound
        let p = trig.pattern
        if isNegated(t0, st) { return nil }

        var source: ActorSlot?
        var target: ActorSlot?
        let passive = isPassive(trig, st)
        if passive {
            target = subject(before: t0, st)
            source = agent(after: t1, st)
        } else {
            switch p.kind {
            case .noun:
                // "Russia's mobilisation", "mobilisation by Russia", "the influx of refugees",
                // else the subject of the light verb ("X announced the closure of …").
                let after = object(after: t1, st, maxGap: 6)
                if let o = after, o.preposition == Words.of, !p.hasTarget {
                    source = o
                } else {
                    source = possessor(before: t0, st) ?? agent(after: t1, st) ?? subject(before: t0, st)
                    target = after
                }
                if let tg = target, tg.preposition == Words.by { target = nil }
            case .intransitive:
                source = subject(before: t0, st)
            case .verb, .request:
                source = subject(before: t0, st)
                target = object(after: t1, st, maxGap: p.hasTarget ? 8 : 3)
                // "demanded that the US cancel …": the addressee is the subject of the that-clause.
                if target == nil, p.kind == .request || p.type == .request, t1 < st.range.upperBound,
                    st.key(t1) == Words.that
                {
                    target = object(after: t1 + 1, st, maxGap: 3)
                }
                // "demanded support from the Assembly", "dismissed an appeal from the president".
                if target == nil, [.request, .reject, .concede, .agree].contains(p.type) {
                    target = st.slots.first {
                        $0.tokens.lowerBound > t1 && $0.tokens.lowerBound <= t1 + 6
                            && $0.preposition == Words.from
                    }
                }
            }
            if let c = trig.complementEnd, target == nil {
                target = object(after: c, st, maxGap: 10)
            }
            // "agreed to provide 70 million dollars of aid for Romania and Poland", "threatened to
            // break off relations with Congo": the party of an infinitive complement.
            if target == nil, [.agree, .request, .threaten, .reject].contains(p.type),
                let to = (t1..<min(t1 + 6, st.range.upperBound)).first(where: { st.key($0) == Words.to }),
                (t1..<to).allSatisfy({ !Words.clauseBreaks.contains(st.key($0)) && st.key($0) != Words.comma }),
                to + 1 < st.range.upperBound
            {
                target = object(after: to + 2, st, maxGap: 12)
            }
        }
        // A participle clause shares its subject with the main clause: "police opened fire,
        // killing one person and arresting 12".
        if !passive, let prev = st.coded.last, prev.evidence.sentence == st.mentions.sentence.index,
            isParticipleClause(trig, st) || isCoordinatedVerb(trig, st)
        {
            source = ActorSlot(tokens: t0..<t0, actors: prev.source, kind: nil)
            if let s = target,
                prev.source.contains(where: {
                    $0.country == s.actors.first?.country && $0.sector == s.actors.first?.sector
                })
            {
                target = nil
            }
        }
        // The place a migrant enters is where, not whom.
        var placeSlot: ActorSlot?
        if p.type == .migrate {
            if let tg = target ?? object(after: t1, st, maxGap: 4), tg.fromPlace { placeSlot = tg }
            target = nil
        }
        // "complained to the UN over Israeli air raids": the addressee is not the accused.
        if p.type == .accuse || p.type == .protest, let tg = target, tg.preposition == Words.to,
            let over = st.slots.first(where: {
                $0.tokens.lowerBound > tg.tokens.upperBound && $0.tokens.lowerBound <= tg.tokens.upperBound + 10
                    && Self.grievancePrepositions.contains($0.preposition ?? 0)
            })
        {
            target = over
        } else if p.type == .accuse, let tg = target, tg.preposition == Words.to,
            let g = (tg.tokens.upperBound..<min(tg.tokens.upperBound + 10, st.range.upperBound)).first(where: {
                Self.grievancePrepositions.contains(st.key($0))
            }),
            let c = nationalityAdjective(in: (g + 1)..<min(g + 4, st.range.upperBound), st)
        {
            // "complained to the UN over two Israeli air raids".
            target = ActorSlot(
                tokens: c.tokens, actors: [CodedEvent.Actor(text: c.text, country: c.country, sector: nil)], kind: nil)
        }
        // "rejected an Australian ultimatum", "Palestinian riots": a nationality adjective on the
        // object or on a nominal trigger names the country acted on or acting.
        if target == nil, p.hasTarget, let c = nationalityAdjective(in: t1..<min(t1 + 3, st.range.upperBound), st) {
            target = ActorSlot(
                tokens: c.tokens, actors: [CodedEvent.Actor(text: c.text, country: c.country, sector: nil)], kind: nil)
        }
        if source == nil, p.kind == .noun, let c = nationalityAdjective(in: max(st.range.lowerBound, t0 - 2)..<t0, st) {
            source = ActorSlot(
                tokens: c.tokens, actors: [CodedEvent.Actor(text: c.text, country: c.country, sector: nil)], kind: nil)
        }
        // Mobilised forces are the source's own; the target is whom they are mobilised against.
        if p.type == .mobilize { target = against(after: t1, st) }
        // Protesters protest against someone: "in protest against X", "to protest X".
        if p.type == .protest, target == nil { target = against(after: t1, st) }
        // Inside a quote with no subject of its own, the speaker acts.
        if source == nil, !passive, let a = st.attribution, a.isQuote, a.reported.contains(t0), let s = a.slot,
            s.tokens != target?.tokens
        {
            source = s
        }
        // Subject ellipsis: "98,000 Russians had entered … and an estimated 64,000 had left".
        if source == nil, let prev = st.coded.last, !prev.source.isEmpty,
            prev.evidence.sentence == st.mentions.sentence.index
        {
            source = ActorSlot(tokens: t0..<t0, actors: prev.source, kind: .group)
        }
        if let s = source, let tg = target, s.tokens == tg.tokens { target = nil }

        var sources = source?.actors ?? []
        var targets = target?.actors ?? []
        // Countries acting as subjects act through their governments.
        if let s = source, s.fromPlace {
            sources = sources.map { a in
                var a = a; a.sector = a.sector ?? .government; return a
            }
        }
        var place = eventPlace(trig, st, placeSlot: placeSlot, target: target)
        let violent = p.type == .assault || p.type == .coerce
        if sources.isEmpty, let implied = impliedSource(p, place: place, targets: targets) { sources = [implied] }
        // "arresting 12", "killed 23": the counted people are the target.
        if targets.isEmpty, violent, let q = countedObject(t1, st) {
            targets = [CodedEvent.Actor(text: q, country: nil, sector: nil)]
        }
        guard !sources.isEmpty else { return nil }
        // An actor the text leaves without a country belongs with the other side's state, else
        // where the event happened, else the document's main country.
        let state = { (side: [CodedEvent.Actor]) in
            side.compactMap(\.country).first { $0.isState }
        }
        let sourceFallback = state(targets) ?? place?.country ?? mainCountry(st)
        let targetFallback =
            (violent ? place?.country ?? state(sources) : state(sources) ?? place?.country) ?? mainCountry(st)
        sources = sources.map { fillCountry($0, sourceFallback) }
        // People sent "to Russia" or fleeing "from Syria" belong to that country.
        let moved = target.flatMap { $0.kind == .group ? movedPeopleCountry(after: t1, st) : nil }
        targets = targets.map { fillCountry($0, moved ?? targetFallback) }
        // "shelled Juba", "the invasion of South Lebanon": a town or region as the object.
        if targets.isEmpty, Self.placeTargetTypes.contains(p.type),
            let obj = st.mentions.places.first(where: { m in
                m.tokens.lowerBound >= t1 && m.tokens.lowerBound <= t1 + 4 && m.placeKind != .country
                    && (t1..<m.tokens.lowerBound).allSatisfy {
                        Words.articles.contains(st.key($0)) || Self.objectPrepositions.contains(st.key($0))
                            || st.tokens[$0].shape.contains(.word) && !st.tokens[$0].shape.contains(.capitalized)
                                && !Words.prepositions.contains(st.key($0))
                    }
            }), let c = obj.country
        {
            targets = [CodedEvent.Actor(text: st.text.string(obj.start..<obj.end), country: c, sector: nil)]
        }
        // Coercion, violence and concessions without a named target fall on the people of the
        // place where they happen ("imposed a curfew in Montenegro").
        if targets.isEmpty, Self.placeTargetTypes.contains(p.type), let pl = place {
            targets = [CodedEvent.Actor(text: pl.name, country: pl.country, sector: nil)]
        }
        // Without a place in the clause: a city named in the source ("the Moscow Prosecutor's
        // Office"), else the source's country.
        if place == nil, let s = source,
            let p = st.mentions.places.first(where: {
                s.tokens.contains($0.tokens.lowerBound) && $0.placeKind != .country
            }),
            let c = p.country
        {
            place = CodedEvent.Place(
                name: p.name ?? st.text.string(p.start..<p.end), country: c, lat: p.lat, lon: p.lon)
        }
        if place == nil, let c = state(sources) { place = countryPlace(c) }

        let span = evidenceSpan(trig, source: source, target: target, st)
        let text = st.text
        let evidence = CodedEvent.Evidence(
            sentence: st.mentions.sentence.index,
            start: text.characterOffset(ofByte: text.tokens[span.lowerBound].start),
            end: text.characterOffset(ofByte: text.tokens[span.upperBound - 1].end),
            text: text.string(tokens: span))
        let attribution = st.attribution.flatMap { a in
            a.reported.contains(t0) || a.span.upperBound <= t0 && a.reported.isEmpty ? a.speaker : nil
        }
        // PLOVER codes a stated intention to cooperate as AGREE ("will provide aid", "is willing to
        // withdraw"); the act itself comes when it happens.
        let modal = modality(t0, st)
        var type = p.type
        var mode = p.mode
        // A government or organisation that "protested" complained in words (ACCUSE); PROTEST is
        // people in the street.
        if p.type == .protest, p.kind == .verb, let s = source, s.kind != .group, s.actors.count == 1,
            Self.verbalProtest.contains(st.key(t0))
        {
            type = .accuse
            mode = nil
        }
        if modal != nil, Self.intentTypes.contains(type) {
            type = .agree
            mode = nil
        } else if modal != nil, Self.threatTypes.contains(type) {
            // …and a stated intention to coerce, punish or attack is a threat ("would impose a
            // blockade", "will extend the curfew").
            type = .threaten
        }
        return CodedEvent(
            document: st.document.id, type: type, mode: mode, source: sources, target: targets,
            date: eventDate(trig, st), place: place, quantity: eventQuantity(trig, st), attribution: attribution,
            evidence: evidence, modality: modal, contexts: p.context.map { [$0] } ?? [],
            trigger: text.string(tokens: trig.tokens))
    }

    /// "not", "n't", "never", "refused to" shortly before the trigger, in the same clause.
    private func isNegated(_ t: Int, _ st: SentenceState) -> Bool {
        var p = t - 1
        var n = 0
        while p >= st.range.lowerBound && n < 4 {
            let k = st.key(p)
            if Words.clauseBreaks.contains(k) || k == Words.comma { return false }
            if Words.negations.contains(k) || Self.refusals.contains(k) { return true }
            p -= 1
            n += 1
        }
        return false
    }

    /// Types whose future or conditional form is an expressed intent (AGREE).
    static let intentTypes: Set<EventType> = [.aid, .support, .consult, .concede, .retreat]
    /// Types whose future or conditional form is a threat (THREATEN).
    static let threatTypes: Set<EventType> = [.coerce, .sanction, .assault, .protest]
    /// Types whose target defaults to the place they happen in.
    static let placeTargetTypes: Set<EventType> = [
        .coerce, .assault, .concede, .sanction, .threaten, .consult, .protest, .accuse, .mobilize,
    ]
    /// The verb "protest" itself (not rally, march, strike).
    static let verbalProtest = Words.keys(["protest", "protests", "protested", "protesting"])
    /// Prepositions between a trigger and the place it acts on ("invasion of", "attack on").
    static let objectPrepositions = Words.keys(["of", "on", "against", "upon"])
    /// Prepositions that introduce what a complaint is about.
    static let grievancePrepositions = Words.keys(["over", "about", "against", "of"])

    /// ", killing …", "and arresting …": a present participle opening a clause after a comma or "and".
    private func isParticipleClause(_ trig: Trigger, _ st: SentenceState) -> Bool {
        let first = st.tokens[trig.tokens.lowerBound]
        let b = st.text.bytes
        guard first.byteCount > 4, b[first.end - 3] | 0x20 == UInt8(ascii: "i"),
            b[first.end - 2] | 0x20 == UInt8(ascii: "n"),
            b[first.end - 1] | 0x20 == UInt8(ascii: "g"), trig.tokens.lowerBound > st.range.lowerBound
        else { return false }
        let prev = st.key(trig.tokens.lowerBound - 1)
        return prev == Words.comma || prev == Words.and
    }

    private static let refusals = Words.keys([
        "refused", "refuses", "refuse", "declined", "declines", "failed", "fails", "denied", "denies",
    ])

    /// PLOVER's auxiliary modes from the words before the trigger in its clause.
    func modality(_ t: Int, _ st: SentenceState) -> CodedEvent.Modality? {
        var p = t - 1
        var n = 0
        while p >= st.range.lowerBound && n < 6 {
            let k = st.key(p)
            if Words.clauseBreaks.contains(k) && k != Words.that || k == Words.comma { break }
            if Words.future.contains(k) { return .future }
            if Words.conditional.contains(k) { return .conditional }
            if Words.hypothetical.contains(k) { return .hypothetical }
            p -= 1
            n += 1
        }
        return nil
    }

    /// Arrests and detentions without a named agent are the police's (recorded as implied).
    private func impliedSource(_ p: EventPattern, place: CodedEvent.Place?, targets: [CodedEvent.Actor])
        -> CodedEvent.Actor?
    {
        let country = place?.country ?? targets.first?.country
        if p.type == .coerce, let m = p.mode,
            ["arrest", "detain", "seize", "raid"].contains(m) || p.unit == "arrested"
        {
            return CodedEvent.Actor(text: nil, country: country, sector: .police, implied: true)
        }
        // Violence by nobody named: PLOVER's unidentified armed forces, where it happened.
        if p.type == .assault, let country {
            return CodedEvent.Actor(text: nil, country: country, sector: .unidentifiedArmedForces, implied: true)
        }
        return nil
    }

    /// A number right after the trigger that stands for the people acted on ("arresting 12").
    private func countedObject(_ t: Int, _ st: SentenceState) -> String? {
        guard
            let q = st.mentions.quantities.first(where: { $0.tokens.lowerBound >= t && $0.tokens.lowerBound <= t + 1 }),
            q.unit == nil || QuantityUnit.victims.contains(q.unit!)
        else { return nil }
        return st.text.string(q.start..<q.end)
    }

    /// A capitalised nationality adjective in a token range ("an Australian ultimatum").
    func nationalityAdjective(in r: Range<Int>, _ st: SentenceState) -> (
        tokens: Range<Int>, country: CountryCode, text: String
    )? {
        for i in r
        where st.tokens[i].shape.contains(.capitalized) && !st.slots.contains(where: { $0.tokens.contains(i) }) {
            for p in lexicon.automaton.single(st.key(i)) {
                if case .countryAdjective(let c) = p.target {
                    return (i..<(i + 1), lexicon.data.countries[c].code, st.text.string(tokens: i..<(i + 1)))
                }
            }
        }
        return nil
    }

    /// "against X", "protest (at|of|over) X" later in the sentence.
    private func against(after t: Int, _ st: SentenceState) -> ActorSlot? {
        st.slots.first { s in
            s.tokens.lowerBound >= t && s.tokens.lowerBound <= t + 20
                && (s.preposition == Words.against || s.preposition == Words.at && !s.fromPlace)
        }
    }

    /// The country after "to" or "from" later in the clause ("extradite citizens … to Russia").
    private func movedPeopleCountry(after t: Int, _ st: SentenceState) -> CountryCode? {
        for p in st.mentions.places
        where p.placeKind == .country && p.tokens.lowerBound > t && p.tokens.lowerBound <= t + 12 {
            let gap = t..<p.tokens.lowerBound
            if gap.contains(where: { Words.clauseBreaks.contains(st.key($0)) || st.key($0) == Words.comma }) {
                return nil
            }
            let before = st.key(p.tokens.lowerBound - 1)
            if before == Words.to || before == Words.from { return p.country }
        }
        return nil
    }

    /// "… and exploded a series of bombs": a verb coordinated with the previous one shares its subject.
    private func isCoordinatedVerb(_ trig: Trigger, _ st: SentenceState) -> Bool {
        guard trig.pattern.kind != .noun, trig.tokens.lowerBound > st.range.lowerBound else { return false }
        return st.key(trig.tokens.lowerBound - 1) == Words.and
    }

    /// A domestic actor without a country ("police", "protesters") belongs to the country where
    /// the event happened, else to the document's main country.
    private func fillCountry(_ a: CodedEvent.Actor, _ fallback: CountryCode?) -> CodedEvent.Actor {
        guard a.country == nil else { return a }
        var a = a
        a.country = fallback
        return a
    }

    /// The country the document mentions most.
    func mainCountry(_ st: SentenceState) -> CountryCode? { st.mainCountry }

    /// The span of the evidence: from the source (or trigger) to the target (or trigger).
    private func evidenceSpan(_ trig: Trigger, source: ActorSlot?, target: ActorSlot?, _ st: SentenceState)
        -> Range<Int>
    {
        var lo = trig.tokens.lowerBound
        var hi = trig.tokens.upperBound
        if let s = source, !s.tokens.isEmpty, st.range.contains(s.tokens.lowerBound) {
            lo = min(lo, s.tokens.lowerBound)
            hi = max(hi, s.tokens.upperBound)
        }
        if let t = target, st.range.contains(t.tokens.lowerBound) {
            lo = min(lo, t.tokens.lowerBound)
            hi = max(hi, t.tokens.upperBound)
        }
        return lo..<hi
    }
}
