import DyadModel
import DyadText

/// Finds places, actors, quantities and dates in a document.
///
/// It reads the document twice at the token level: first to match every lexicon phrase and note
/// which countries the document talks about, then to choose among same-named cities by those
/// countries and population, and to combine roles, names and countries into actors
/// ("the head of the Kazakh Ministry of Internal Affairs Marat Akhmetzhanov" is one actor).
public struct MentionRecognizer: Sendable {
    /// The compiled lexicon.
    public let lexicon: Lexicon
    let quantityParser = QuantityParser()
    let dateResolver = DateResolver()
    /// The day named actors are coded for (their dated codes): the document's date.
    var documentDay: Day?
    /// Head nouns of unlisted organisation names, by token key.
    let organizationHeads: [UInt64: OrganizationHead]
    /// Sport and entertainment phrases: a name holding one is a club or a league, not a political actor.
    let topics: TopicFilters

    /// Creates a recognizer over a compiled lexicon.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.organizationHeads = Dictionary(
            lexicon.data.organizationHeads.map { (TokenKey.of($0.head), $0) }, uniquingKeysWith: { _, b in b })
        self.topics = TopicFilters(lexicon.data.topicFilters)
    }

    /// One unit of a sentence for the actor grammar: a lexicon match, a quantity, a date, an
    /// unknown proper name, or a plain token.
    struct Item {
        enum Kind {
            case match([Lexicon.Payload])
            case quantity(Quantity)
            case date(DateMention)
            case name
            case token
        }
        var kind: Kind
        var tokens: Range<Int>
    }

    /// Recognises everything in `text`.
    /// - Parameters:
    ///   - text: the analysed document.
    ///   - documentDate: the publication day, for relative dates.
    /// - Returns: one `SentenceMentions` per sentence, in order.
    public func recognize(_ text: AnalyzedText, documentDate: Day?) -> [SentenceMentions] {
        if documentDay != documentDate {
            var dated = self
            dated.documentDay = documentDate
            return dated.recognize(text, documentDate: documentDate)
        }
        var perSentence: [[Item]] = []
        perSentence.reserveCapacity(text.sentences.count)
        var titleCase: [Bool] = []
        titleCase.reserveCapacity(text.sentences.count)
        var docCountries = Set<CountryCode>()
        text.tokens.withUnsafeBufferPointer { toks in
            for s in text.sentences {
                let tc = lexicon.isTitleCase(toks, in: s.tokens)
                titleCase.append(tc)
                let items = self.items(text, toks, s, documentDate, titleCase: tc)
                for item in items {
                    // (Not a small town's: "*West End* 'knifeman' … in London's West End" names no
                    // Canadian story, where a town of that name has 45,000 people.)
                    if case .match(let payloads) = item.kind, !isSmallTownOnly(payloads),
                        let c = unambiguousCountry(payloads) ?? transnational(payloads)
                    {
                        docCountries.insert(c)
                    }
                }
                perSentence.append(items)
            }
        }
        var out: [SentenceMentions] = []
        out.reserveCapacity(text.sentences.count)
        text.tokens.withUnsafeBufferPointer { toks in
            for (si, s) in text.sentences.enumerated() {
                var m = SentenceMentions(sentence: s)
                m.titleCase = titleCase[si]
                let items = perSentence[si]
                collectPlaces(text, toks, s, items, docCountries, &m)
                collectActors(text, toks, s, items, docCountries, &m)
                relocateActorsByTheNextPlace(toks, &m)
                collectOrganizations(text, toks, s, items, &m)
                collectQuantities(text, toks, s, items, &m)
                // "US $50 million", "US$50m": a country's abbreviation right before a currency sign
                // names the currency, not a place ("promised France tens of millions" keeps France).
                m.places.removeAll { p in
                    p.placeKind == .country && p.tokens.count == 1 && toks[p.tokens.lowerBound].shape.contains(.allCaps)
                        && m.quantities.contains { q in
                            q.quantity?.currency != nil && q.tokens.lowerBound == p.tokens.upperBound
                                && !toks[q.tokens.lowerBound].shape.contains(.word)
                        }
                }
                for item in items {
                    if case .date(let d) = item.kind {
                        var mention = mention(.date, s, text, item.tokens)
                        mention.date = d
                        m.dates.append(mention)
                    }
                }
                out.append(m)
            }
        }
        out = oneSensePerDocument(out, text)
        var resolved = text.tokens.withUnsafeBufferPointer { resolvingSurnames(out, $0) }
        // (Most documents name no dependency: nothing is copied then.)
        if !lexicon.foldedStates.isEmpty {
            func folds(_ m: Mention) -> Bool { m.country.map { lexicon.foldedStates[$0] != nil } ?? false }
            for k in resolved.indices
            where resolved[k].places.contains(where: folds) || resolved[k].actors.contains(where: folds) {
                resolved[k] = foldingDependencies(resolved[k])
            }
        }
        return resolved
    }

    /// Places and actors of a dependency carry its state's code (PLOVER: "actors/recipients and
    /// events in the Falkland Islands are associated with the United Kingdom"); their names and
    /// coordinates stay their own.
    private func foldingDependencies(_ m: SentenceMentions) -> SentenceMentions {
        var m = m
        for i in m.places.indices { if let c = m.places[i].country { m.places[i].country = lexicon.state(c) } }
        for i in m.actors.indices { if let c = m.actors[i].country { m.actors[i].country = lexicon.state(c) } }
        return m
    }

    /// A mention over a token range.
    func mention(_ kind: Mention.Kind, _ s: Sentence, _ text: AnalyzedText, _ r: Range<Int>) -> Mention {
        Mention(
            kind: kind, sentence: s.index, tokens: r, start: text.tokens[r.lowerBound].start,
            end: text.tokens[r.upperBound - 1].end)
    }

    /// The one country a match points to, when all its readings agree (a capital that is also a
    /// city elsewhere, "Paris", does not count: it is what the document's countries must decide).
    func unambiguousCountry(_ payloads: [Lexicon.Payload]) -> CountryCode? {
        var found: CountryCode?
        for p in payloads {
            let c: CountryCode?
            if case .city(let i) = p.target { c = lexicon.data.cities[i].country } else { c = strongCountry(p.target) }
            guard let c else { continue }
            if let f = found, f != c { return nil }
            found = c
        }
        return found
    }

    /// The code of an international organisation a match names ("the European Union": IGO): a
    /// document that names one is about international affairs, so a country name that is also a
    /// region elsewhere ("Georgia") stays the country.
    func transnational(_ payloads: [Lexicon.Payload]) -> CountryCode? {
        for p in payloads {
            if case .actor(let i) = p.target, let c = lexicon.data.actors[i].code(on: documentDay)?.country, !c.isState
            {
                return c
            }
        }
        return nil
    }

    /// The country a payload names without doubt (used to disambiguate cities).
    func strongCountry(_ t: Lexicon.Target) -> CountryCode? {
        switch t {
        case .countryName(let i), .countryAdjective(let i), .countryPeople(let i), .capital(let i), .seat(let i):
            return lexicon.data.countries[i].code
        case .subdivision(let i): return lexicon.data.subdivisions[i].country
        case .actor(let i):
            guard let c = lexicon.data.actors[i].code(on: documentDay)?.country else { return nil }
            return c.isState ? c : nil
        default: return nil
        }
    }

    // MARK: - Items

    /// Whether a named actor of the lexicon starts at `i` and runs past `end`.
    private func namedActorSpans(_ toks: UnsafeBufferPointer<Token>, from i: Int, past end: Int, limit: Int) -> Bool {
        guard lexicon.mayStartPhrase(toks[i]) else { return false }
        var found = false
        lexicon.automaton.matches(toks, from: i, limit: limit) { e, payloads in
            if e > end, payloads.contains(where: { if case .actor = $0.target { return true } else { return false } }) {
                found = true
            }
        }
        return found
    }

    /// Splits a sentence into items: dates first, then quantities, then the longest lexicon
    /// matches, then unknown proper names.
    func items(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence, _ docDate: Day?, titleCase: Bool
    ) -> [Item] {
        let range = s.tokens
        var taken = [Item?](repeating: nil, count: range.count)
        let base = range.lowerBound
        for d in dateResolver.dates(in: text, tokens: range, documentDate: docDate) {
            // "the *January 6 committee*": a named actor that begins with a date is the actor.
            if namedActorSpans(toks, from: d.tokens.lowerBound, past: d.tokens.upperBound, limit: range.upperBound) {
                continue
            }
            taken[d.tokens.lowerBound - base] = Item(kind: .date(d), tokens: d.tokens)
            for t in (d.tokens.lowerBound + 1)..<d.tokens.upperBound {
                taken[t - base] = Item(kind: .token, tokens: 0..<0)
            }
        }
        for q in quantityParser.quantities(in: text, tokens: range) {
            if q.tokens.contains(where: { taken[$0 - base] != nil }) { continue }
            taken[q.tokens.lowerBound - base] = Item(kind: .quantity(q), tokens: q.tokens)
            for t in (q.tokens.lowerBound + 1)..<q.tokens.upperBound {
                taken[t - base] = Item(kind: .token, tokens: 0..<0)
            }
        }
        // In a Title Case headline a capitalised common word is no name ("Supporters *Protest Across*").
        let titleText = titleCase ? text : nil
        var out: [Item] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if let t = taken[i - base] {
                if !t.tokens.isEmpty {
                    out.append(t)
                    i = t.tokens.upperBound
                } else {
                    i += 1
                }
                continue
            }
            // Longest accepted lexicon match starting here, not running into a date or quantity.
            var bestEnd = -1
            var best: [Lexicon.Payload] = []
            if lexicon.mayStartPhrase(toks[i]) {
                lexicon.automaton.matches(toks, from: i, limit: range.upperBound) { end, payloads in
                    if (i..<end).contains(where: { taken[$0 - base] != nil }) { return }
                    let ok =
                        payloads.allSatisfy { lexicon.accepts($0, toks, i, end) }
                        ? payloads : payloads.filter { lexicon.accepts($0, toks, i, end) }
                    if !ok.isEmpty && end > bestEnd {
                        bestEnd = end
                        best = ok
                    }
                }
            }
            if bestEnd > i, !isCommonWordAlone(toks, i, bestEnd, best, sentenceStart: i == range.lowerBound) {
                // "Rep. Jim Jordan", "Novita Brazil": a one-word country or region name right after
                // an unknown proper name ends a person's name; one that is also a given name
                // (grammar.tsv given-name) starts one before an unknown capitalised word ("Jordan
                // Peterson", "Georgia Newman").
                if bestEnd == i + 1,
                    isPlaceNameOnly(best)
                        || lexicon.grammar.contains(.givenName, toks[i].key)
                            && best.allSatisfy({ if case .city = $0.target { return true } else { return false } }),
                    !toks[i].shape.contains(.allCaps),
                    toks[i].shape.contains(.capitalized)
                {
                    // (Not after a hyphenated modifier: "NATO-member Norway", nor a region after a
                    // compass word: "North Wales", "Southern California"; "South China Sea" stays a
                    // name.)
                    // Nor after one word opening the sentence, capitalised maybe only by its place,
                    // no given name, when a lower-case word follows ("*White Michigan* cop will
                    // stand trial"; "Cheryl Jordan, superintendent" stays a name).
                    if let last = out.last, case .name = last.kind, last.tokens.upperBound == i,
                        !(last.tokens.count == 1 && last.tokens.lowerBound == range.lowerBound
                            && !lexicon.grammar.contains(.givenName, toks[i - 1].key) && i + 1 < range.upperBound
                            && toks[i + 1].shape.contains(.word) && !toks[i + 1].shape.contains(.capitalized)),
                        !toks[i - 1].shape.contains(.allCaps), !toks[i - 1].shape.contains(.hyphenated),
                        !lexicon.commonWords.contains(toks[i - 1].key),
                        !(last.tokens.count == 1 && lexicon.grammar.contains(.compass, toks[i - 1].key)
                            && best.allSatisfy({ p in
                                switch p.target {
                                case .subdivision: return true
                                // "Eastern Ukraine", "Northern Syria": a part of the country ("South
                                // China Sea" keeps its name: grammar.tsv compass-part).
                                case .countryName: return lexicon.grammar.contains(.compassPart, toks[i - 1].key)
                                default: return false
                                }
                            }))
                    {
                        out[out.count - 1].tokens = last.tokens.lowerBound..<(i + 1)
                        i += 1
                        continue
                    }
                    // (Also before a one-word town or county: "Jordan Poole", "Georgia Poole".)
                    if lexicon.grammar.contains(.givenName, toks[i].key), i + 1 < range.upperBound,
                        taken[i + 1 - base] == nil,
                        isPersonNamePart(toks, i + 1, range.upperBound, titleCase: titleText)
                            || isSurnamePlace(toks, i + 1, range.upperBound, titleCase: titleText)
                    {
                        var j = i + 1
                        while j < range.upperBound, taken[j - base] == nil,
                            isNameToken(toks, j, sentenceStart: false, titleCase: titleText),
                            !startsMatch(toks, j, range.upperBound)
                                || j == i + 1 && isSurnamePlace(toks, j, range.upperBound, titleCase: titleText)
                        {
                            j += 1
                        }
                        out.append(Item(kind: .name, tokens: i..<j))
                        i = j
                        continue
                    }
                }
                // "Martin Lewis", "Liberal Democrats", "MAGA": a word that names only small towns,
                // beside another capitalised word that is no common word, or written in capitals,
                // is part of a name, not the town (Martin, Slovakia; Maga, Cameroon).
                if bestEnd == i + 1, isSmallTownOnly(best), inName(toks, i, range, taken: taken, after: out.last) {
                    if let last = out.last, case .name = last.kind, last.tokens.upperBound == i {
                        out[out.count - 1].tokens = last.tokens.lowerBound..<(i + 1)
                    } else {
                        out.append(Item(kind: .name, tokens: i..<(i + 1)))
                    }
                    i += 1
                    continue
                }
                // "*Sharon* Osbourne", "*Mandela* Barnes": a known person's one-word alias before a
                // capitalised word that reads as a surname names someone else, not the person the
                // lexicon knows ("*Putin* Warns", "*Kemp* said" stay the person). (A given name before
                // a known surname is left to the lexicon: "Jill Biden", "Paul Pelosi" are mostly kin
                // of the same country, and "Emanuel Macron" a misspelling.)
                if bestEnd == i + 1, isPersonAliasOnly(best), !toks[i].shape.contains(.allCaps) {
                    // (Not before a common word, nor in a Title Case headline, whose verbs are
                    // capitalised: "*Putin* Presses It".)
                    let beforeSurname =
                        !titleCase && i + 1 < range.upperBound && taken[i + 1 - base] == nil
                        && !text.string(toks[i + 1]).dropFirst().contains(where: \.isUppercase)
                        && !(i + 2 < range.upperBound && isContraction(text.string(toks[i + 2])))
                        && (isPersonNamePart(toks, i + 1, range.upperBound, titleCase: titleText)
                            && !lexicon.isCommonWord(toks[i + 1], in: text)
                            || isSurnamePlace(toks, i + 1, range.upperBound, titleCase: titleText))
                    if beforeSurname {
                        let j = nameRunEnd(toks, from: i + 2, range, taken: taken, titleCase: titleText)
                        out.append(Item(kind: .name, tokens: i..<j))
                        i = j
                        continue
                    }
                }
                // "South West Rocks *Country Club*": a small town named by common words only, after
                // another capitalised word mid-sentence, ends a longer name.
                if bestEnd > i + 1, !titleCase, isSmallTownOnly(best), i > range.lowerBound,
                    !toks[i - 1].shape.isDisjoint(with: [.capitalized]), toks[i - 1].shape.contains(.word),
                    taken[i - 1 - base] == nil, !lexicon.isSentenceInitial(toks, i - 1, in: range),
                    (i..<bestEnd).allSatisfy({ lexicon.commonWords.contains(toks[$0].key) })
                {
                    if let last = out.last, case .name = last.kind, last.tokens.upperBound == i {
                        out[out.count - 1].tokens = last.tokens.lowerBound..<bestEnd
                    } else {
                        out.append(Item(kind: .name, tokens: i..<bestEnd))
                    }
                    i = bestEnd
                    continue
                }
                out.append(Item(kind: .match(best), tokens: i..<bestEnd))
                i = bestEnd
                continue
            }
            // "the Saudi-led coalition", "US-led forces": a country in front of "-led" names who
            // leads, and reads as that country's adjective.
            if toks[i].shape.contains(.hyphenated), let lead = ledBy(text, toks[i]) {
                out.append(Item(kind: .match(lead), tokens: i..<(i + 1)))
                i += 1
                continue
            }
            // An unknown proper name: a run of capitalised words.
            if isNameToken(
                toks, i, sentenceStart: i == range.lowerBound || toks[i - 1].shape.contains(.openQuote),
                titleCase: titleText)
            {
                let j = nameRunEnd(toks, from: i + 1, range, taken: taken, titleCase: titleText)
                out.append(Item(kind: .name, tokens: i..<j))
                i = j
                continue
            }
            out.append(Item(kind: .token, tokens: i..<(i + 1)))
            i += 1
        }
        return out
    }
}
