import DyadModel
import DyadText

extension MentionRecognizer {
    /// An actor phrase being assembled from items.
    struct ActorParse {
        var first: Int
        var last: Int
        var country: CountryCode?
        var sector: Sector?
        var name: String?
        var kind: Mention.ActorKind?
        var roleKind: RoleKind?
        var hasRole = false
        var named = false
    }

    private static let the = TokenKey.of("the")
    private static let a = TokenKey.of("a")
    private static let an = TokenKey.of("an")
    private static let of = TokenKey.of("of")
    private static let from = TokenKey.of("from")
    private static let possessive = TokenKey.of("'s")
    private static let apostrophe = TokenKey.of("'")
    private static let comma = TokenKey.of(",")
    private static let known = TokenKey.of("known")
    private static let called = TokenKey.of("called")
    private static let named = TokenKey.of("named")
    private static let asKey = TokenKey.of("as")

    func collectActors(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence, _ items: [Item],
        _ docCountries: Set<CountryCode>, _ m: inout SentenceMentions
    ) {
        var k = 0
        while k < items.count {
            // Actors start at a lexicon match, or at an article right before one.
            var candidate = false
            if case .match = items[k].kind {
                candidate = true
            } else if let kk = key(items[k], toks), kk == Self.the || kk == Self.a || kk == Self.an,
                k + 1 < items.count,
                case .match = items[k + 1].kind
            {
                candidate = true
            }
            if candidate, let p = parseActor(items, toks, k, text, docCountries) {
                let r = items[p.first].tokens.lowerBound..<items[p.last].tokens.upperBound
                var a = mention(.actor, s, text, r)
                a.country = p.country
                a.sector = p.sector
                a.name = p.name
                a.actorKind = p.kind
                a.roleKind = p.roleKind
                m.actors.append(a)
                k = p.last + 1
            } else {
                k += 1
            }
        }
    }

    // MARK: - Item tests

    /// Whether the item after a role word is a lower-case noun it modifies rather than a verb or
    /// function word: not a word that follows an actor noun as its verb (grammar.tsv verbish: "police
    /// *say*", "the cops *shot*"), not a past tense or participle ("-ed"), not an adverb ("-ly").
    private func isAttributive(_ item: Item, _ toks: UnsafeBufferPointer<Token>, _ text: AnalyzedText) -> Bool {
        guard case .token = item.kind else { return false }
        let t = toks[item.tokens.lowerBound]
        guard t.shape.contains(.word), !t.shape.contains(.capitalized), !t.shape.contains(.number) else { return false }
        if lexicon.grammar.contains(.verbish, t.key) || MentionRecognizer.functionWords.contains(t.key) { return false }
        // "the president *blames*", "the minister *condemns*": a one-word event trigger or verb
        // pattern form ending in -s after a role is its verb ("police *raids*" keep the role as
        // the raid's actor either way).
        let b = text.bytes
        if b[t.end - 1] | 0x20 == UInt8(ascii: "s"),
            !lexicon.eventAutomaton.single(t.key).isEmpty || !lexicon.verbs.patterns(t.key).isEmpty
        {
            return false
        }
        // So is the first word of a verb phrase trigger ("Maoists *blew up* a culvert", "agitators
        // *set fire to* a van").
        let i = item.tokens.lowerBound
        var phraseStart = false
        lexicon.eventAutomaton.matches(toks, from: i, limit: min(toks.count, i + 6)) { end, payloads in
            if end > i + 1, payloads.contains(where: { lexicon.data.events[$0.pattern].kind != .noun }) {
                phraseStart = true
            }
        }
        if phraseStart { return false }
        // So is a verb pattern's form in -ing ("police *deploying* tear gas").
        let endsING =
            t.byteCount > 4 && b[t.end - 3] | 0x20 == UInt8(ascii: "i") && b[t.end - 2] | 0x20 == UInt8(ascii: "n")
            && b[t.end - 1] | 0x20 == UInt8(ascii: "g")
        if endsING, isVerbPatternForm(at: item.tokens.lowerBound, toks) { return false }
        let endsED =
            t.byteCount > 3 && b[t.end - 2] | 0x20 == UInt8(ascii: "e") && b[t.end - 1] | 0x20 == UInt8(ascii: "d")
        // "a man *sexually* assaulted", "police *reportedly* detained": a word in -ly is an adverb
        // unless grammar.tsv ly-noun lists it ("police *family*", "army *ally*").
        let endsLY =
            t.byteCount > 3 && b[t.end - 2] | 0x20 == UInt8(ascii: "l") && b[t.end - 1] | 0x20 == UInt8(ascii: "y")
            && !lexicon.grammar.contains(.lyNoun, t.key)
        return !endsED && !endsLY
    }

    /// Whether token `i` is a form of a verb pattern: of a one-word verb, or of a phrasal verb whose
    /// particle follows ("a school *shooting*" is no form of "shoot down").
    private func isVerbPatternForm(at i: Int, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        lexicon.verbs.patterns(toks[i].key).contains { p in
            let words = lexicon.data.verbs[Int(p)].verb.split(separator: " ")
            return words.count == 1 || i + 1 < toks.count && toks[i + 1].key == TokenKey.of(String(words[1]))
        }
    }

    /// "Police *probe* teenager", "Cops *hunt* gunmen": a one-word event trigger or verb pattern
    /// between a role and another role word is a headline's verb, not a noun the first role
    /// modifies ("police station fire" has no role after it).
    private func isHeadlineVerb(_ items: [Item], _ k: Int, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        guard k + 1 < items.count, let kk = key(items[k], toks),
            !lexicon.eventAutomaton.single(kk).isEmpty || isVerbPatternForm(at: items[k].tokens.lowerBound, toks)
        else { return false }
        return role(items[k + 1]) != nil
    }

    /// "Police *investigate* deaths", "Troops *withdraw*": after an institution's role word with no
    /// article (a headline's subject), a one-word trigger that events.tsv lists only as a verb (never
    /// as a noun row) and not in -ing is the headline's verb, not a noun the role modifies ("police
    /// *investigation*" is a noun row; "*a* police patrol car" has an article).
    private func isInstitutionVerb(
        _ role: RoleEntry, _ item: Item, article: Bool, _ toks: UnsafeBufferPointer<Token>, _ text: AnalyzedText
    ) -> Bool {
        guard !article, let sector = role.sector, sector != .civilians, let kk = key(item, toks) else { return false }
        let t = toks[item.tokens.lowerBound]
        let b = text.bytes
        if t.byteCount > 4, b[t.end - 3] | 0x20 == UInt8(ascii: "i"), b[t.end - 2] | 0x20 == UInt8(ascii: "n"),
            b[t.end - 1] | 0x20 == UInt8(ascii: "g")
        {
            return false
        }
        let rows = lexicon.eventAutomaton.single(kk)
        return !rows.isEmpty && rows.allSatisfy { lexicon.data.events[$0.pattern].kind != .noun }
    }

    /// Whether an article stands right before the item ("*a* police patrol car").
    private func hasArticle(before item: Item, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        let i = item.tokens.lowerBound
        guard i > 0 else { return false }
        let kk = toks[i - 1].key
        return kk == Self.the || kk == Self.a || kk == Self.an
    }

    /// "gang *violence*", "police *shooting*": a noun of violence an armed or criminal role word
    /// modifies names who did it, so the role stays an actor ("school shooting" does not).
    private func isViolenceNoun(_ item: Item, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        guard let kk = key(item, toks) else { return false }
        return lexicon.eventAutomaton.single(kk).contains { t in
            let e = lexicon.data.events[t.pattern]
            return e.kind == .noun && (e.type == .assault || e.type == .coerce)
        }
    }

    private func key(_ item: Item, _ toks: UnsafeBufferPointer<Token>) -> UInt64? {
        if case .token = item.kind, item.tokens.count == 1 { return toks[item.tokens.lowerBound].key }
        return nil
    }

    private func payloads(_ item: Item) -> [Lexicon.Payload] {
        if case .match(let p) = item.kind { return p }
        return []
    }

    private func role(_ item: Item) -> RoleEntry? {
        for p in payloads(item) { if case .role(let i) = p.target { return lexicon.data.roles[i] } }
        return nil
    }

    private func actorEntry(_ item: Item) -> ActorEntry? {
        let ps = payloads(item)
        // A country name is a place first ("Jordan"); the coder decides when it acts.
        if ps.contains(where: { if case .countryName = $0.target { return true } else { return false } }) { return nil }
        for p in ps {
            guard case .actor(let i) = p.target else { continue }
            // A dated actor takes the code valid on the document's date.
            var a = lexicon.data.actors[i]
            if !a.spells.isEmpty {
                guard let code = a.code(on: documentDay) else { return nil }
                (a.country, a.sector) = code
            }
            return a
        }
        return nil
    }

    /// The country an item can lend as a modifier: an adjective, or a country, capital, region
    /// or city name used attributively ("Moscow police", "Russia's").
    private func modifierCountry(
        _ item: Item, adjectiveOnly: Bool, _ docCountries: Set<CountryCode> = []
    ) -> CountryCode? {
        let d = lexicon.data
        // A named organisation wins over a city of the same name, as it does standing alone ("*UN*
        // chief", not Un in India).
        if !adjectiveOnly, isActorFirst(payloads(item)) {
            for p in payloads(item) {
                if case .actor(let i) = p.target, d.actors[i].kind != "person",
                    let code = d.actors[i].code(on: documentDay)
                {
                    // A multinational lends nothing: its passengers, customers and influencers are
                    // not the company ("an *Uber* passenger", "a *TikTok* star").
                    return code.country.isMultinational ? nil : code.country
                }
            }
        }
        for p in payloads(item) {
            switch p.target {
            case .countryAdjective(let i): return d.countries[i].code
            case .countryName(let i):
                // The same reading as the place ("*Georgia* sheriff's deputies" in a story about
                // Atlanta: the US state).
                if !adjectiveOnly { return placeReading(payloads(item), docCountries)?.country ?? d.countries[i].code }
            case .capital(let i):
                if !adjectiveOnly { return d.countries[i].code }
            case .subdivision, .city:
                // The same reading as the place itself ("a *Las Vegas* police officer": the city in
                // the United States, not its namesake in Venezuela).
                if !adjectiveOnly, let r = placeReading(payloads(item), docCountries) { return r.country }
            case .actor(let i):
                if !adjectiveOnly && d.actors[i].kind != "person", let code = d.actors[i].code(on: documentDay),
                    !code.country.isMultinational
                {
                    return code.country
                }
            default: break
            }
        }
        return nil
    }

    private func people(_ item: Item) -> CountryCode? {
        for p in payloads(item) { if case .countryPeople(let i) = p.target { return lexicon.data.countries[i].code } }
        return nil
    }

    private func seat(_ item: Item) -> CountryCode? {
        for p in payloads(item) { if case .seat(let i) = p.target { return lexicon.data.countries[i].code } }
        return nil
    }

    private func isName(_ item: Item) -> Bool {
        if case .name = item.kind { return true }
        return false
    }

    // MARK: - Grammar

    /// Parses an actor phrase starting at item `k`:
    /// `[det] modifier* role+ [of actor-or-country | from country] [,] [name | known as "name"]`,
    /// or a named actor, a people noun ("Russians") or a seat of government.
    func parseActor(
        _ items: [Item], _ toks: UnsafeBufferPointer<Token>, _ start: Int, _ text: AnalyzedText,
        _ docCountries: Set<CountryCode> = []
    ) -> ActorParse? {
        var k = start
        let n = items.count
        if let kk = key(items[k], toks), kk == Self.the || kk == Self.a || kk == Self.an { k += 1 }
        guard k < n else { return nil }
        var p = ActorParse(first: start, last: k)

        // Modifiers.
        var owner: CountryCode?
        while k < n {
            let item = items[k]
            if role(item) != nil && modifierCountry(item, adjectiveOnly: false, docCountries) == nil { break }
            if let c = modifierCountry(item, adjectiveOnly: true) {
                if k + 1 < n, role(items[k + 1]) != nil || actorEntry(items[k + 1]) != nil || isName(items[k + 1]) {
                    p.country = c
                    k += 1
                    continue
                }
                break
            }
            if let c = modifierCountry(item, adjectiveOnly: false, docCountries), k + 1 < n {
                if let kk = key(items[k + 1], toks), kk == Self.possessive || kk == Self.apostrophe, k + 2 < n,
                    role(items[k + 2]) != nil || actorEntry(items[k + 2]) != nil
                {
                    p.country = c
                    owner = c
                    k += 2
                    continue
                }
                if role(items[k + 1]) != nil {
                    p.country = c
                    k += 1
                    continue
                }
            }
            break
        }
        guard k < n else { return nil }

        // Roles.
        var roles: [RoleEntry] = []
        while k < n, let r = role(items[k]), actorEntry(items[k]) == nil {
            roles.append(r)
            k += 1
        }
        if roles.isEmpty {
            let item = items[k]
            if let a = actorEntry(item) {
                p.last = k
                // "*Mexico's* Congress": a body another state owns is that state's, whatever state the
                // lexicon gives the bare name (a person keeps their own).
                let owned =
                    a.kind != "person" && a.country.isState && (owner.map { $0.isState && $0 != a.country } ?? false)
                p.country = owned ? owner : a.country
                p.sector = a.sector
                p.name = a.name
                p.named = true
                p.kind = a.kind == "person" ? .person : .organization
                return p
            }
            if let c = people(item) {
                p.last = k
                p.country = c
                p.sector = .civilians
                p.kind = .group
                p.roleKind = .group
                return p
            }
            if let c = seat(item) {
                p.last = k
                p.country = c
                p.sector = .government
                p.kind = .government
                return p
            }
            return nil
        }
        p.hasRole = true
        p.last = k - 1
        // A lone institution word used as a noun modifier is not an actor: "military mobilization",
        // "police stations" (but "police arrested", "police said").
        if roles.count == 1, p.country == nil, items[k - 1].tokens.count == 1, k < n,
            isAttributive(items[k], toks, text), !isHeadlineVerb(items, k, toks),
            !isInstitutionVerb(roles[0], items[k], article: hasArticle(before: items[k - 1], toks), toks, text),
            !(roles[0].sector.map { $0.isArmed || $0 == .criminals } == true && isViolenceNoun(items[k], toks))
        {
            return nil
        }
        // The most specific role is the last with a sector; its kind is the head noun's.
        let head = roles.last!
        p.roleKind = head.kind
        p.sector = roles.last(where: { $0.sector != nil })?.sector
        p.kind = head.kind == .person ? .person : head.kind == .group ? .group : .organization

        // Complements: "of [the] X", "from X".
        if k + 1 < n, let kk = key(items[k], toks), kk == Self.of || kk == Self.from {
            let inner = items[k + 1]
            if let c = modifierCountry(inner, adjectiveOnly: false, docCountries), role(inner) == nil,
                actorEntry(inner) == nil || kk == Self.from
            {
                if p.country == nil { p.country = c }
                p.last = k + 1
                k += 2
            } else if kk == Self.of, let q = parseActor(items, toks, k + 1, text, docCountries), q.hasRole || q.named {
                if p.country == nil { p.country = q.country }
                if p.sector == nil || head.kind == .person && q.roleKind == .body && q.sector != nil {
                    p.sector = q.sector ?? p.sector
                }
                if q.named {
                    p.name = q.name
                    p.named = true
                }
                p.last = q.last
                k = q.last + 1
            }
        }
        // A name after the role: "President Putin", "the Minister of ... of Germany, Nancy Faeser",
        // "the movement known as “Vesna”".
        if !p.named {
            var j = k
            var introduced = false
            if j < n, let kk = key(items[j], toks), kk == Self.comma { j += 1 }
            if j + 1 < n, let kk = key(items[j], toks), kk == Self.known || kk == Self.called || kk == Self.named {
                j += 1
                introduced = true
                if let k2 = key(items[j], toks), k2 == Self.asKey { j += 1 }
            }
            var quoted = false
            if j < n, case .token = items[j].kind, toks[items[j].tokens.lowerBound].shape.contains(.openQuote) {
                j += 1
                quoted = true
            }
            // "… companies, UN chief urges": an actor after the comma that modifies a role word of
            // its own is that role's, not this one's name.
            let modifiesRole = j > k && j + 1 < n && role(items[j + 1]) != nil
            // "a letter to MPs, Suella Braverman …": a group's role is no one person's name.
            let appositive = j == k || head.kind != .group || introduced || quoted
            if j < n, !modifiesRole {
                if appositive, let a = actorEntry(items[j]) {
                    p.name = a.name
                    // The text's own affiliation wins over the dictionary's: "U.N. mediator Diego
                    // Cordovez" acts for the UN, whatever his country.
                    if p.country == nil, a.country.rawValue.count == 3 { p.country = a.country }
                    if p.sector == nil { p.sector = a.sector }
                    p.named = true
                    p.last = j
                } else if isName(items[j])
                    || (introduced || quoted) && items[j].tokens.count <= 4
                        && toks[items[j].tokens.lowerBound].shape.contains(.capitalized),
                    appositive
                {
                    p.name = text.string(tokens: items[j].tokens)
                    p.named = true
                    p.last = j
                }
                if p.named && quoted, j + 1 < n, toks[items[j + 1].tokens.lowerBound].shape.contains(.closeQuote) {
                    p.last = j + 1
                }
            }
        }
        if p.named && head.kind == .group { p.kind = .organization }
        return p
    }
}
