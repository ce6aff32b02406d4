import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    private static let had = TokenKey.of("had")
    private static let possessive = TokenKey.of("'s")

    /// When: the date expression nearest the trigger in its sentence; else, for an event the
    /// sentence reports as news (a reporter, no pluperfect), the publication day.
    func eventDate(_ trig: Trigger, _ st: SentenceState) -> Day? {
        let t = trig.tokens.lowerBound
        if let d = st.mentions.dates.min(by: { distance($0.tokens, t) < distance($1.tokens, t) }), let day = d.date?.day
        {
            return day
        }
        guard st.attribution != nil, let date = st.document.date else { return nil }
        var p = t - 1
        var n = 0
        while p >= st.range.lowerBound && n < 4 {
            if st.key(p) == Self.had { return nil }
            p -= 1
            n += 1
        }
        return date
    }

    /// Where: a place governed by a locative preposition near the trigger; else the country a
    /// migrant entered; else the target's or source's country.
    func eventPlace(_ trig: Trigger, _ st: SentenceState, placeSlot: ActorSlot?, target: ActorSlot?) -> CodedEvent
        .Place?
    {
        let t = trig.tokens.lowerBound
        var locatives = st.mentions.places.filter { p in
            // "…, relief officials in Nairobi said": where the reporter is, not the event.
            if let a = st.attribution, a.span.contains(p.tokens.lowerBound) { return false }
            let before = p.tokens.lowerBound - 1
            var b = before
            var adjectives = 0
            while b >= st.range.lowerBound,
                Words.articles.contains(st.key(b)) || st.tokens[b].shape.contains(.number)
                    || adjectives < 1 && st.tokens[b].shape.contains(.word)
                        && !st.tokens[b].shape.contains(.capitalized)
                        && !Words.prepositions.contains(st.key(b))
            {
                if !Words.articles.contains(st.key(b)) && !st.tokens[b].shape.contains(.number) { adjectives += 1 }
                b -= 1
            }
            return b >= st.range.lowerBound && Words.locative.contains(st.key(b))
        }
        // "in Chechnya's Grozny", "in Ukraine's Kharkiv region": the first place only says where
        // the second is, and the second is where it happened.
        for p in st.mentions.places where p.tokens.lowerBound - 1 > st.range.lowerBound {
            let mark = p.tokens.lowerBound - 1
            guard st.key(mark) == Self.possessive, p.country != nil,
                let i = locatives.firstIndex(where: { $0.tokens.upperBound == mark })
            else { continue }
            locatives[i] = p
        }
        if let p = locatives.min(by: { distance($0.tokens, t) < distance($1.tokens, t) }), distance(p.tokens, t) <= 16,
            let c = p.country
        {
            return CodedEvent.Place(name: p.name ?? st.text.string(p.start..<p.end), country: c, lat: p.lat, lon: p.lon)
        }
        if let s = placeSlot, let c = s.actors.first?.country { return countryPlace(c) }
        return nil
    }

    /// A country as a place, with its representative point.
    func countryPlace(_ code: CountryCode) -> CodedEvent.Place? {
        guard let i = lexicon.countryIndex[code] else { return nil }
        let c = lexicon.data.countries[i]
        return CodedEvent.Place(name: c.name, country: c.code, lat: c.lat, lon: c.lon)
    }

    /// How many: the nearest quantity in the sentence that counts what this event counts.
    func eventQuantity(_ trig: Trigger, _ st: SentenceState) -> CodedEvent.Count? {
        guard let want = trig.pattern.unit else { return nil }
        let t = trig.tokens.lowerBound
        let fits = st.mentions.quantities.filter { m in
            guard let u = m.unit else { return false }
            return u == want
                || QuantityUnit.civilianHeadcounts.contains(u) && QuantityUnit.civilianHeadcounts.contains(want)
                || want == "arrested" && u == "people" || want == "dead" && u == "people"
                || want == "injured" && u == "people"
        }
        guard let q = fits.min(by: { distance($0.tokens, t) < distance($1.tokens, t) }), let v = q.quantity,
            distance(q.tokens, t) <= 15
        else { return nil }
        return CodedEvent.Count(
            value: v.value, qualifier: v.qualifier, unit: q.unit == "people" && want != "people" ? want : q.unit,
            text: st.text.string(q.start..<q.end))
    }

    /// Tokens between a span and a position.
    func distance(_ r: Range<Int>, _ t: Int) -> Int {
        r.upperBound <= t ? t - r.upperBound : r.lowerBound >= t ? r.lowerBound - t : 0
    }
}
