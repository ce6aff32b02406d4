import DyadModel
import DyadText

extension MentionRecognizer {
    private static let linkWords: Set<UInt64> = Set(
        ["of", "for", "to", "on", "against", "and"].map { TokenKey.of($0) })
    private static let article = TokenKey.of("the")

    /// Organisations the lexicon does not list, named with a head noun of `organization_heads.tsv`:
    /// capitalised words ending in the head ("the *Kenya Human Rights Commission*", "the *Liberian
    /// Peace Council*"), or the head followed by "of", "for" or "to" and capitalised words ("the
    /// *Association of African Jurists*", "the *Committee to Protect Journalists*").
    ///
    /// Its country is the first country its name names; a name that names a region or the world
    /// instead ("World", "African": `transnational` in `grammar.tsv`) gets the head's transnational
    /// code (NGO, IGO or IMG); otherwise it has none, and the coder fills it from the context.
    func collectOrganizations(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence, _ items: [Item],
        _ m: inout SentenceMentions
    ) {
        guard !organizationHeads.isEmpty else { return }
        let range = s.tokens
        // Tokens already an actor, a date or a quantity are not part of a new name.
        var blocked = Set<Int>()
        for a in m.actors { blocked.formUnion(a.tokens) }
        for item in items {
            switch item.kind {
            case .date, .quantity: blocked.formUnion(item.tokens)
            default: continue
            }
        }
        func taken(_ i: Int) -> Bool { blocked.contains(i) }
        func capitalised(_ i: Int) -> Bool {
            let sh = toks[i].shape
            return sh.contains(.word) && (sh.contains(.capitalized) || sh.contains(.allCaps)) && !taken(i)
                && toks[i].key != Self.article
        }
        var i = range.lowerBound
        while i < range.upperBound {
            // A head inside a place name ("Soviet Union") is not an organisation.
            guard let head = organizationHeads[toks[i].key], toks[i].shape.contains(.capitalized), !taken(i),
                !m.places.contains(where: { $0.tokens.contains(i) })
            else {
                i += 1
                continue
            }
            // Capitalised words before the head (not the sentence's first word alone).
            var start = i
            while start > range.lowerBound, capitalised(start - 1) { start -= 1 }
            // "of African Jurists", "to Protect Journalists", "for the Liberation of Mozambique".
            var end = i + 1
            while end + 1 < range.upperBound, Self.linkWords.contains(toks[end].key) {
                var j = end + 1
                if toks[j].key == Self.article { j += 1 }
                var k = j
                while k < range.upperBound, capitalised(k) { k += 1 }
                guard k > j else { break }
                end = k
            }
            // A name is two words or more; a lone capitalised head at the sentence start is a common noun;
            // a name with a sport phrase is a club or a league ("Rugby League", "Football Association").
            let words = (start..<end).filter { toks[$0].shape.contains(.word) }.count
            guard words >= 2,
                !(start == range.lowerBound && end == i + 1 && i - start == 1 && isCommonStart(toks, start)),
                topics.match(toks, in: start..<end, scope: .sentence) == nil,
                topics.match(toks, in: start..<end, scope: .story) == nil
            else {
                i += 1
                continue
            }
            var a = mention(.actor, s, text, start..<end)
            a.name = text.string(tokens: start..<end)
            a.actorKind = .organization
            a.roleKind = .body
            a.sector = head.sector
            a.country =
                country(in: start..<end, items, m) ?? (transnational(start..<end, toks) ? head.transnational : nil)
            m.actors.append(a)
            m.actors.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            i = end
        }
    }

    /// The first country named inside `r`: a place mention, or a nationality adjective.
    private func country(in r: Range<Int>, _ items: [Item], _ m: SentenceMentions) -> CountryCode? {
        if let p = m.places.first(where: { r.contains($0.tokens.lowerBound) && $0.placeKind == .country }) {
            return p.country
        }
        for item in items where r.contains(item.tokens.lowerBound) {
            guard case .match(let payloads) = item.kind else { continue }
            for p in payloads {
                if case .countryAdjective(let c) = p.target { return lexicon.data.countries[c].code }
            }
        }
        return nil
    }

    private func transnational(_ r: Range<Int>, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        r.contains { lexicon.grammar.contains(.transnational, toks[$0].key) }
    }

    /// A sentence-initial word that is a common word ("Yesterday", "Police").
    private func isCommonStart(_ toks: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        lexicon.commonWords.contains(toks[i].key)
    }
}
