import DyadModel
import DyadText

extension MentionRecognizer {
    /// A place a match can stand for, best reading first.
    struct PlaceReading {
        var country: CountryCode
        var name: String
        var lat: Double?
        var lon: Double?
        var kind: Mention.PlaceKind
        var isCapital: Bool
    }

    /// The place reading of a match, choosing among same-named cities by the document's
    /// countries and then by population, and among same-named regions by the document's countries
    /// and then by the size of their country.
    func placeReading(_ payloads: [Lexicon.Payload], _ docCountries: Set<CountryCode>) -> PlaceReading? {
        let d = lexicon.data
        for p in payloads {
            if case .countryName(let i) = p.target {
                let c = d.countries[i]
                // A country that is also a region elsewhere ("Georgia", the US state) is that region
                // when the document talks about the region's country, or about no country, and not
                // about the country.
                if !docCountries.contains(c.code), let s = namesakeRegion(payloads, of: c.code, docCountries) {
                    return PlaceReading(
                        country: s.country, name: s.name, lat: s.lat, lon: s.lon, kind: .subdivision, isCapital: false)
                }
                return PlaceReading(
                    country: c.code, name: c.name, lat: c.lat, lon: c.lon, kind: .country, isCapital: false)
            }
        }
        // A capital stands for its country unless the document is about another country that has
        // a city of the same name (Paris, Texas).
        let localCity = payloads.contains {
            if case .city(let i) = $0.target { return docCountries.contains(d.cities[i].country) }
            return false
        }
        for p in payloads {
            if case .capital(let i) = p.target {
                let c = d.countries[i]
                if localCity && !docCountries.contains(c.code) { continue }
                if let ci = lexicon.capitalCity[i] {
                    let city = d.cities[ci]
                    return PlaceReading(
                        country: c.code, name: city.name, lat: city.lat, lon: city.lon, kind: .city, isCapital: true)
                }
                return PlaceReading(
                    country: c.code, name: c.capitals.first ?? c.name, lat: nil, lon: nil, kind: .city,
                    isCapital: true)
            }
        }
        var bestCity: CityEntry?
        var bestScore = -1
        var subdivision: SubdivisionEntry?
        for p in payloads {
            switch p.target {
            case .city(let i):
                let c = d.cities[i]
                // A city in a country the document talks about beats any other.
                let score = (docCountries.contains(c.country) ? 1 << 40 : 0) + c.population
                if score > bestScore {
                    bestScore = score
                    bestCity = c
                }
            case .subdivision(let i):
                // Among same-named regions: one in a country the document talks about, else the one
                // in the country with more cities (a proxy for how often its places make the news).
                let s = d.subdivisions[i]
                func rank(_ s: SubdivisionEntry) -> Int {
                    (docCountries.contains(s.country) ? 1 << 40 : 0) + (lexicon.cityCount[s.country] ?? 0)
                }
                if subdivision.map({ rank(s) > rank($0) }) ?? true { subdivision = s }
            default: break
            }
        }
        // A federal state ("Virginia") is read before a town of its name in a country the document
        // does not name, unless that town is a city of a million (Virginia, Free State, has 120,000
        // people; "Victoria" is the Australian state, not the old name of Hong Kong's centre, listed
        // with 957,000); so is a county, home to a million ("Kent", not Kent, Washington, with 130,000).
        let foreignCity = bestCity.map { !docCountries.contains($0.country) } ?? true
        let regionLimit = subdivision?.kind == "state" ? 1_000_000 : subdivision?.kind == "county" ? 200_000 : 100_000
        let cityLimit = foreignCity ? regionLimit : 100_000
        if let s = subdivision,
            bestCity == nil || !docCountries.contains(bestCity!.country) || bestCity!.population < cityLimit
        {
            // A region spelled plainly outranks a city whose name the text matched only without its
            // accents, in a country the document does not name either ("Bali", the Indonesian
            // province, not Bāli in India; "Gaza" stays the city).
            let accentedCity =
                bestCity.map {
                    !docCountries.contains($0.country) && !$0.name.allSatisfy(\.isASCII) && s.name.allSatisfy(\.isASCII)
                } ?? false
            if bestCity == nil || accentedCity || docCountries.contains(s.country) || bestCity!.population < cityLimit {
                return PlaceReading(
                    country: s.country, name: s.name, lat: s.lat, lon: s.lon, kind: .subdivision, isCapital: false)
            }
        }
        if let c = bestCity {
            return PlaceReading(country: c.country, name: c.name, lat: c.lat, lon: c.lon, kind: .city, isCapital: false)
        }
        return nil
    }

    /// A region of another country that shares a country's name, when the document names that
    /// other country (Georgia the US state in a story about Atlanta or Florida) or no country at
    /// all: "Georgia police arrest three", "Georgia mom" (in the news corpora 400 of 430 items and
    /// nearly every wire story naming Georgia without another state mean the US state).
    private func namesakeRegion(
        _ payloads: [Lexicon.Payload], of country: CountryCode, _ docCountries: Set<CountryCode>
    ) -> SubdivisionEntry? {
        for p in payloads {
            if case .subdivision(let i) = p.target {
                let s = lexicon.data.subdivisions[i]
                if s.country != country && (docCountries.isEmpty || docCountries.contains(s.country)) { return s }
            }
        }
        return nil
    }

    /// Whether a match is a named actor rather than a place ("Jordan" the country wins over a
    /// person; a named actor wins over a city).
    func isActorFirst(_ payloads: [Lexicon.Payload]) -> Bool {
        var actor = false
        for p in payloads {
            switch p.target {
            case .countryName, .capital, .subdivision: return false
            case .actor: actor = true
            default: break
            }
        }
        return actor
    }

    func collectPlaces(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence, _ items: [Item],
        _ docCountries: Set<CountryCode>, _ m: inout SentenceMentions
    ) {
        for (k, item) in items.enumerated() {
            switch item.kind {
            case .match(let payloads):
                guard !isActorFirst(payloads), let r = placeReading(payloads, docCountries) else { continue }
                // A one-word place glued to an unknown proper name is part of a longer name
                // ("Washington Post", "Moscow Times").
                // A compass word before it is a part of the place ("*East* Oakland", "*South* London").
                if item.tokens.count == 1 && r.kind != .country {
                    // (A federal state too: "*Florida* English teacher", "*Texas* Republican lawmakers";
                    // not any region: "*Mara* Gay" is a person.)
                    if k + 1 < items.count, case .name = items[k + 1].kind,
                        !((isBigCity(payloads) || isFederalState(payloads, r.country))
                            && isPlaceModifier(before: items[k + 1].tokens, at: item.tokens.upperBound, toks, s))
                    {
                        continue
                    }
                    // "the murder of *Lola*, 12,": a name with an age in apposition is a person.
                    if hasAge(after: item.tokens.upperBound, toks, s) { continue }
                    // "*Mary* Marshall, 35,": a given name before a name with an age.
                    if k + 1 < items.count, items[k + 1].tokens.lowerBound == item.tokens.upperBound,
                        toks[item.tokens.lowerBound].shape.contains(.capitalized),
                        toks[items[k + 1].tokens.lowerBound].shape.contains(.capitalized),
                        hasAge(after: items[k + 1].tokens.upperBound, toks, s)
                    {
                        continue
                    }
                    // (In a Title Case headline the word before may be any word: "Russian Strikes
                    // *Batter* Kyiv"; a capital or a big city there is the place.)
                    if k > 0, case .name = items[k - 1].kind,
                        !(items[k - 1].tokens.count == 1
                            && lexicon.grammar.contains(.compass, toks[items[k - 1].tokens.lowerBound].key)),
                        !(m.titleCase && (r.isCapital || isBigCity(payloads)))
                    {
                        continue
                    }
                }
                var p = mention(.place, s, text, item.tokens)
                p.country = r.country
                p.name = r.name
                p.lat = r.lat
                p.lon = r.lon
                p.placeKind = r.kind
                p.isCapital = r.isCapital
                m.places.append(p)
            case .name:
                // Parts of hyphenated words: "Russia-Ukraine war".
                for t in item.tokens where toks[t].shape.contains(.hyphenated) {
                    hyphenParts(text, toks, t, s, docCountries, &m)
                }
            default:
                continue
            }
        }
        locateByTheNextPlace(toks, &m)
        locateByThePossessor(toks, &m)
    }

    /// Whether a match can be a city of a million people (a big city's name before a word is the
    /// city; a smaller town's may be a given name: "Leigh Black", "Mara Gay").
    private func isBigCity(_ payloads: [Lexicon.Payload]) -> Bool {
        payloads.contains {
            if case .city(let k) = $0.target { return lexicon.data.cities[k].population >= 1_000_000 }
            return false
        }
    }

    /// Whether a match is a federal state of `country` ("Florida", "Queensland"), whose name news
    /// puts before what is in it ("Florida English teacher").
    private func isFederalState(_ payloads: [Lexicon.Payload], _ country: CountryCode) -> Bool {
        payloads.contains {
            if case .subdivision(let k) = $0.target {
                let s = lexicon.data.subdivisions[k]
                return s.kind == "state" && s.country == country
            }
            return false
        }
    }

    /// "*Paris* Metro workers", "*London* Marathon runners": a big city before one capitalised
    /// common word that a lowercase word follows names where that thing is ("Melbourne Airport on
    /// Tuesday"), not a longer name of its own ("Washington Post", "Moscow Times" end their name, or
    /// are known actors).
    private func isPlaceModifier(
        before name: Range<Int>, at end: Int, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence
    ) -> Bool {
        guard name.count == 1, name.lowerBound == end, lexicon.commonWords.contains(toks[end].key),
            end + 1 < s.tokens.upperBound
        else { return false }
        let next = toks[end + 1].shape
        return next.contains(.word) && !next.contains(.capitalized) && !next.contains(.allCaps)
    }

    /// Whether ", <age>," follows: the apposition a person's name takes in news ("Lola, 12,").
    private func hasAge(after u: Int, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence) -> Bool {
        let comma = TokenKey.of(",")
        guard u + 2 < s.tokens.upperBound, toks[u].key == comma, toks[u + 2].key == comma else { return false }
        let age = toks[u + 1]
        return age.shape.contains(.number) && age.byteCount <= 3
    }

    /// "a gym in *Mansfield, Brisbane*", "*Cheshunt, Hertfordshire*": a town followed by a comma
    /// and a bigger place is in that place. When the town's reading lies in another country (a
    /// same-named town elsewhere, the suburb itself too small for the gazetteer), it takes the
    /// country and position of the place after the comma.
    private func locateByTheNextPlace(_ toks: UnsafeBufferPointer<Token>, _ m: inout SentenceMentions) {
        guard m.places.count > 1 else { return }
        let comma = TokenKey.of(",")
        let conjunctions: Set<UInt64> = [TokenKey.of("and"), TokenKey.of("or")]
        let places = m.places
        // Not a list of places ("in St. Petersburg, Kiev and Crimea"): no place listed after the
        // second, none before the first.
        func listedAfter(_ k: Int) -> Bool {
            let p = places[k]
            if p.tokens.upperBound < toks.count, conjunctions.contains(toks[p.tokens.upperBound].key) { return true }
            return k + 1 < places.count && places[k + 1].tokens.lowerBound == p.tokens.upperBound + 1
                && toks[p.tokens.upperBound].key == comma
        }
        for k in 0..<(places.count - 1) {
            let (a, b) = (places[k], places[k + 1])
            // (A capital too before another country's state or province: "Moroni, Utah", "Paris, Texas".)
            guard a.placeKind == .city, !a.isCapital || b.placeKind == .subdivision, b.placeKind != nil,
                let cb = b.country, a.country != cb,
                b.tokens.lowerBound == a.tokens.upperBound + 1, toks[a.tokens.upperBound].key == comma,
                !listedAfter(k + 1), k == 0 || !listedAfter(k - 1)
            else { continue }
            m.places[k].country = cb
            m.places[k].lat = b.lat
            m.places[k].lon = b.lon
        }
    }

    /// "*London's West End*", "*Kyiv's Podil*": a place owned by the place before it lies in that
    /// place. When its reading lies in another country (a same-named district elsewhere: West End,
    /// Vancouver), it takes the country and position of its owner.
    private func locateByThePossessor(_ toks: UnsafeBufferPointer<Token>, _ m: inout SentenceMentions) {
        guard m.places.count > 1 else { return }
        let possessive = TokenKey.of("'s")
        for k in 1..<m.places.count {
            let (a, b) = (m.places[k - 1], m.places[k])
            // (Not a country's: "Russia's Kherson withdrawal" is whose act, not where; not before a
            // capital: "Boy George's London flat".)
            guard b.placeKind == .city, !b.isCapital, a.placeKind == .city || a.placeKind == .subdivision,
                let ca = a.country, b.country != ca,
                b.tokens.lowerBound == a.tokens.upperBound + 1, toks[a.tokens.upperBound].key == possessive
            else { continue }
            m.places[k].country = ca
            m.places[k].lat = a.lat
            m.places[k].lon = a.lon
        }
    }

    /// "the police chief *of Moroni, Utah*": an actor ending in a town that the place after its
    /// comma located in another country (`locateByTheNextPlace`) belongs to that country, not to the
    /// town's namesake (Moroni, the capital of the Comoros).
    func relocateActorsByTheNextPlace(_ toks: UnsafeBufferPointer<Token>, _ m: inout SentenceMentions) {
        let comma = TokenKey.of(",")
        for j in m.actors.indices {
            let a = m.actors[j]
            guard let c = a.country,
                let p = m.places.first(where: {
                    $0.placeKind == .city && $0.tokens.upperBound == a.tokens.upperBound
                        && $0.tokens.lowerBound > a.tokens.lowerBound
                }),
                let pc = p.country, pc != c, p.tokens.upperBound < toks.count, toks[p.tokens.upperBound].key == comma,
                m.places.contains(where: { $0.tokens.lowerBound == p.tokens.upperBound + 1 && $0.country == pc })
            else { continue }
            m.actors[j].country = pc
        }
    }

    /// Places named by the parts of one hyphenated token.
    private func hyphenParts(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ t: Int, _ s: Sentence,
        _ docCountries: Set<CountryCode>,
        _ m: inout SentenceMentions
    ) {
        let tok = toks[t]
        var partStart = tok.start
        var key = TokenKey.seed
        var i = tok.start
        func flush(_ end: Int) {
            defer {
                partStart = end + 1
                key = TokenKey.seed
            }
            guard end > partStart, text.bytes[partStart] >= 0x41, text.bytes[partStart] <= 0x5A else { return }
            let payloads = lexicon.automaton.single(key).filter { $0.rule != .any }
            guard !payloads.isEmpty, let r = placeReading(payloads, docCountries), r.kind == .country else { return }
            // "Iran-backed militias": the backer is neither where it happens nor who acts
            // (grammar.tsv sponsor-suffix).
            if end < tok.end, lexicon.grammar.contains(.sponsorSuffix, suffixKey(end + 1)) { return }
            var p = Mention(kind: .place, sentence: s.index, tokens: t..<(t + 1), start: partStart, end: end)
            p.country = r.country
            p.name = r.name
            p.lat = r.lat
            p.lon = r.lon
            p.placeKind = r.kind
            m.places.append(p)
        }
        // The key of the part that starts at byte `from` (up to the next hyphen or the token's end).
        func suffixKey(_ from: Int) -> UInt64 {
            var k = TokenKey.seed
            var j = from
            while j < tok.end, text.bytes[j] != UInt8(ascii: "-") {
                k = TokenKey.fold(k, text.bytes[j])
                j += 1
            }
            return k
        }
        while i < tok.end {
            let b = text.bytes[i]
            if b == UInt8(ascii: "-") {
                flush(i)
            } else {
                key = TokenKey.fold(key, b)
            }
            i += 1
        }
        flush(tok.end)
    }
}
