import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// Where: a place governed by a locative preposition inside the event's clause ("arrested
    /// *in Moscow*", "an attack on a school *in Kharkiv*"), else near the trigger; a migrant's
    /// destination country.
    static let place = EventRule(
        "place",
        "a place after a locative preposition attached inside the event's clause; else one near the trigger; else the country of the headline's topic label (not for a state's arrests: those are at home)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let clause = s.tree.subtree(d.clause)
        let t = d.trigger.lowerBound
        var best: (m: Mention, distance: Int)?
        var near: (m: Mention, distance: Int)?
        for m in s.mentions.places where m.country != nil {
            if let sp = d.speakerSpan, sp.contains(m.tokens.lowerBound) { continue }
            // "killed in a *US* drone strike in Somalia": the country whose strike it was is not where.
            if m.placeKind == .country,
                drafts.contains(where: {
                    $0.complementOf == i && s.tree.head(m.tokens.lowerBound) == $0.predicate.head
                })
            {
                continue
            }
            let dist =
                m.tokens.upperBound <= t ? t - m.tokens.upperBound : max(0, m.tokens.lowerBound - d.trigger.upperBound)
            if let a = s.locativeAttachment(m) {
                if clause.contains(a) || s.tree.isAncestor(a, of: d.clause) || a == d.clause {
                    if best == nil || dist < best!.distance { best = (m, dist) }
                } else if near == nil || dist < near!.distance {
                    near = (m, dist)
                }
            }
        }
        if let pick = best ?? near.flatMap({ $0.distance <= 16 ? $0 : nil }), let c = pick.m.country {
            let m = pick.m
            drafts[i].place = s.place(m, c)
            drafts[i].placeFromText = true
            drafts[i].note(rule, s, "place ← \"\(s.text.string(m.start..<m.end))\"\(best == nil ? " (near)" : "")")
        } else if let m = s.objectPlace(of: d), let c = m.country {
            // "struck Kyiv, killing five": a place as the object of the event's verb.
            drafts[i].place = s.place(m, c)
            drafts[i].placeFromText = true
            drafts[i].note(rule, s, "place ← object \"\(s.text.string(m.start..<m.end))\"")
        } else if let dest = d.destination, let c = dest.actors.first?.country, let p = s.countryPlace(c) {
            drafts[i].place = p
            drafts[i].placeFromText = true
            drafts[i].note(rule, s, "place ← destination \(c.rawValue)")
        } else if s.lexicon.policy(d.type).impliedSector(mode: d.mode) != nil,
            let (o, c) = s.nationalityLocative(
                in: s.tree.label(d.clause) == .nsubj ? s.tree.subtree(s.tree.head(d.clause)) : clause),
            let p = s.countryPlace(c)
        {
            // "protests erupted *in Iranian cities*": for an event whose actor the domain implies, the
            // nationality of a locative phrase's plural noun.
            drafts[i].place = p
            drafts[i].placeFromText = true
            drafts[i].note(rule, s, "place ← \(c.rawValue) (\"\(s.string(o))\" after a locative)")
        } else if let c = s.labelCountry, let p = s.countryPlace(c),
            d.source != nil || s.lexicon.policy(d.type).impliedSector(mode: d.mode, context: d.pattern.context) == nil,
            !d.arrestAtHome(outside: c)
        {
            // "Ukraine war: Russia deploys drones": the headline's topic label names where it happens.
            // Not for an act whose actor the domain implies ("Ukraine war: US army doctor *charged*
            // with Russia spying"): the label names the story's topic, not the police or the court.
            // Nor for a state's arrests ("Ukraine conflict: Russia arrests hundreds at anti-war
            // protests"): a state arrests at home, whatever the story's topic.
            drafts[i].place = p
            drafts[i].placeFromText = true
            drafts[i].note(rule, s, "place ← \(c.rawValue) (the headline's topic label)")
        }
    }

    /// Without a place in the text: a city in the actor's name ("the Moscow Prosecutor's Office"),
    /// else the actor's country.
    static let placeFallback = EventRule(
        "place-fallback", "no place in the text: a city in the actor's name, else the actor's country"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.place == nil, let src = d.source else { return }
        if let m = s.mentions.places.first(where: {
            src.tokens.contains($0.tokens.lowerBound) && $0.placeKind != .country
        }),
            let c = m.country
        {
            drafts[i].place = s.place(m, c)
            drafts[i].note(rule, s, "place ← city in the actor's name")
        } else if let c = src.actors.compactMap(\.country).first(where: { $0.isState }), let p = s.countryPlace(c) {
            drafts[i].place = p
            drafts[i].note(rule, s, "place ← actor's country \(c.rawValue)")
        }
    }

    /// When: a date expression in the event's clause, else the nearest in the sentence; else, for
    /// news the sentence reports (a reporter, no pluperfect), the publication day.
    static let date = EventRule(
        "date",
        "a date in the event's clause, else the nearest in the sentence, else the publication day of reported news"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let clause = s.tree.subtree(d.clause)
        let t = d.trigger.lowerBound
        func distance(_ r: Range<Int>) -> Int { SentenceContext.distance(r, t) }
        // Not a date that dates something else (an anniversary, a model year), nor one far in the past from another clause.
        let dated = s.mentions.dates.filter { $0.date != nil && s.mayDate(d, $0) }
        let inClause = dated.filter { clause.contains($0.tokens.lowerBound) }
        let pool = inClause.isEmpty ? dated.filter { s.mayDateFromOutside(d, $0) } : inClause
        if let m = pool.min(by: { distance($0.tokens) < distance($1.tokens) }), let dm = m.date {
            let day = dm.day
            drafts[i].date = day
            drafts[i].datePrecision = dm.kind == .until ? .day : .of(first: day, last: dm.lastDay)
            drafts[i].note(rule, s, "date ← \"\(s.text.string(m.start..<m.end))\"")
            return
        }
        guard d.attribution != nil, let pub = s.document.date else { return }
        // "had arrested": told as what happened before the news.
        if s.tree.children(d.clause).contains(where: { s.tree.label($0) == .aux && s.key($0) == Keys.had }) { return }
        drafts[i].date = pub
        drafts[i].datePrecision = .document
        drafts[i].note(rule, s, "date ← publication day (reported)")
    }

    /// How many: a count in the event's clause (or its recipient's phrase) of what the trigger
    /// counts (`events.tsv` unit).
    static let quantity = EventRule(
        "quantity",
        "a count of the trigger's unit in the event's clause or recipient phrase, else the nearest within 15 tokens"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard let want = d.pattern.unit else { return }
        let t = d.trigger.lowerBound
        func distance(_ r: Range<Int>) -> Int { SentenceContext.distance(r, t) }
        let fits = s.mentions.quantities.filter { m in
            (m.unit.map { QuantityUnit.counts(want, $0) } ?? false) && !s.isAge(m)
        }
        let clause = s.tree.subtree(d.clause)
        let phrase = d.target?.head.map { s.tree.subtree($0) } ?? 0..<0
        let inClause = fits.filter { clause.contains($0.tokens.lowerBound) || phrase.contains($0.tokens.lowerBound) }
        let pool = inClause.isEmpty ? fits.filter { distance($0.tokens) <= 15 } : inClause
        guard let q = pool.min(by: { distance($0.tokens) < distance($1.tokens) }), let v = q.quantity else { return }
        drafts[i].quantity = CodedEvent.Count(
            value: v.value, qualifier: v.qualifier, unit: QuantityUnit.recorded(q.unit, for: want),
            text: s.text.string(q.start..<q.end))
        drafts[i].quantityTokens = q.tokens
        drafts[i].note(rule, s, "quantity ← \"\(s.text.string(q.start..<q.end))\"")
    }
}

extension SentenceContext {
    /// The token a place mention's locative preposition attaches to ("arrested [in Moscow]" →
    /// arrested), or nil when no locative preposition governs it.
    func locativeAttachment(_ m: Mention) -> Int? {
        var x = m.tokens.lowerBound
        for i in m.tokens where !m.tokens.contains(tree.head(i)) || tree.isRoot(i) {
            x = i
            break
        }
        // "in the Kharkiv region": from the name to the noun it modifies.
        for _ in 0..<3 {
            let label = tree.label(x)
            guard label == .compound || label == .amod || label == .nmod || label == .appos, !tree.isRoot(x) else {
                break
            }
            x = tree.head(x)
        }
        guard tree.label(x) == .pobj else { return nil }
        let p = tree.head(x)
        guard p != x, word(p, .locative) else { return nil }
        let a = tree.head(p)
        return a == p ? nil : a
    }

    /// A place that is the object of the event's verb, or of the verb its participle clause hangs
    /// from ("shelled *Juba*", "struck *Kyiv*, killing five").
    func objectPlace(of d: EventDraft) -> Mention? {
        var verbs = [d.clause]
        let h = tree.head(d.clause)
        if h != d.clause, [.advcl, .conj, .xcomp].contains(tree.label(d.clause)) { verbs.append(h) }
        for v in verbs {
            guard let o = directObject(of: v, outside: d.trigger) else { continue }
            let sub = tree.subtree(o.head)
            if let m = mentions.places.first(where: { sub.contains($0.tokens.lowerBound) && $0.country != nil }) {
                return m
            }
        }
        return nil
    }

    /// The first plural noun of a locative phrase in `clause` that a nationality adjective modifies
    /// ("in *Iranian* cities", "across *Russian* towns"), with that nationality's country.
    func nationalityLocative(in clause: Range<Int>) -> (Int, CountryCode)? {
        for p in clause where tree.label(p) == .prep && word(p, .locative) {
            guard let o = tree.firstChild(p, .pobj), clause.contains(o), tree.tag(o) == .NNS || tree.tag(o) == .NNPS
            else { continue }
            for a in tree.children(o) where tree.label(a) == .amod || tree.label(a) == .compound {
                if let c = lexicon.countryAdjective(key(a)) { return (o, c) }
            }
        }
        return nil
    }

    /// A place mention as an event's place (its gazetteer name, else its words).
    func place(_ m: Mention, _ country: CountryCode) -> CodedEvent.Place {
        CodedEvent.Place(
            name: m.name ?? text.string(m.start..<m.end), country: country, lat: m.lat, lon: m.lon,
            precision: m.placeKind == .country ? .country : m.placeKind == .subdivision ? .admin1 : .point)
    }

    /// Tokens between a span and a position (0 when the span holds it).
    static func distance(_ r: Range<Int>, _ t: Int) -> Int {
        r.upperBound <= t ? t - r.upperBound : max(0, r.lowerBound - t)
    }

    /// A country as a place, with its representative point.
    func countryPlace(_ code: CountryCode) -> CodedEvent.Place? {
        guard let i = lexicon.countryIndex[code] else { return nil }
        let c = lexicon.data.countries[i]
        return CodedEvent.Place(name: c.name, country: code, lat: c.lat, lon: c.lon, precision: .country)
    }
}

extension Keys {
    static let had = TokenKey.of("had")
}

extension EventDraft {
    /// A state's own arrest: a state arrests within its borders, so a topic label naming another
    /// country is no place for it.
    func arrestAtHome(outside country: CountryCode) -> Bool {
        guard type == .coerce, mode == "arrest", let src = source,
            let own = src.actors.compactMap(\.country).first(where: { $0.isState })
        else { return false }
        return own != country
    }
}
