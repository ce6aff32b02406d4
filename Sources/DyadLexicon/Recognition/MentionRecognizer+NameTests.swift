import DyadModel
import DyadText

/// Tests the recogniser applies to one token or one match while splitting a sentence into items:
/// whether a capitalised word is a name, a common word, a surname, a town or a known person's alias.
extension MentionRecognizer {
    /// A single capitalised common word at a sentence start ("Split", "Police") is not a name,
    /// unless it is a role or unit (which match in any case anyway).
    func isCommonWordAlone(
        _ toks: UnsafeBufferPointer<Token>, _ i: Int, _ end: Int, _ payloads: [Lexicon.Payload], sentenceStart: Bool
    ) -> Bool {
        guard end == i + 1, lexicon.commonWords.contains(toks[i].key) else { return false }
        let onlyNames = payloads.allSatisfy {
            switch $0.target {
            case .role, .unit: return false
            default: return $0.rule == .proper
            }
        }
        return onlyNames && (sentenceStart || !toks[i].shape.contains(.capitalized))
    }

    /// Whether a token may be part of an unknown proper name; `titleCase` is the text when the sentence
    /// is in Title Case, where a capitalised common word is no name.
    func isNameToken(
        _ toks: UnsafeBufferPointer<Token>, _ i: Int, sentenceStart: Bool, titleCase: AnalyzedText? = nil
    ) -> Bool {
        let sh = toks[i].shape
        guard sh.contains(.word), sh.contains(.capitalized) || sh.contains(.allCaps), !sh.contains(.number) else {
            return false
        }
        if sentenceStart && lexicon.commonWords.contains(toks[i].key) { return false }
        // "Family of George Floyd *SUE* Kanye West", "Oregon cop *SLAPS* man": a common word set in
        // capitals for emphasis between words that are not is no name (acronyms are no common words,
        // or match as actors first).
        if sh.contains(.allCaps), toks[i].byteCount >= 3, lexicon.isCommonKey(toks[i].key),
            [i - 1, i + 1].contains(where: { j in
                j >= 0 && j < toks.count && toks[j].shape.contains(.word) && !toks[j].shape.contains(.allCaps)
            })
        {
            return false
        }
        if let text = titleCase, lexicon.isCommonWord(toks[i], in: text) { return false }
        // A Title Case headline's trigger word is no name ("Men *Flee* Russian Conscription").
        if titleCase != nil, !lexicon.eventAutomaton.single(toks[i].key).isEmpty { return false }
        if lexicon.commonWords.contains(toks[i].key) && !sh.contains(.capitalized) { return false }
        return true
    }

    /// The country readings of "X-led" ("Saudi-led", "U.S.-led"), or nil.
    func ledBy(_ text: AnalyzedText, _ tok: Token) -> [Lexicon.Payload]? {
        let suffix = Array("-led".utf8)
        let n = tok.end - tok.start
        guard n > suffix.count + 1 else { return nil }
        for (k, b) in suffix.enumerated() where text.bytes[tok.end - suffix.count + k] | 0x20 != b | 0x20 {
            return nil
        }
        var key = TokenKey.seed
        for i in tok.start..<(tok.end - suffix.count) { key = TokenKey.fold(key, text.bytes[i]) }
        let readings = lexicon.automaton.single(key).filter {
            switch $0.target {
            case .countryName, .countryAdjective: return true
            default: return false
            }
        }
        return readings.isEmpty ? nil : readings
    }

    /// Whether a match reads only as towns of fewer than 100,000 people (no country, capital,
    /// region, actor or role reading).
    func isSmallTownOnly(_ payloads: [Lexicon.Payload]) -> Bool {
        payloads.allSatisfy {
            if case .city(let k) = $0.target { return lexicon.data.cities[k].population < 100_000 }
            return false
        }
    }

    /// Whether a token is the second half of a contraction ("Wo|*n't*", "It|*'s*"): the word before
    /// it is a verb, no surname.
    func isContraction(_ s: String) -> Bool {
        let w = s.lowercased()
        return w.hasPrefix("'") || w.hasPrefix("\u{2019}") || w == "n't" || w == "n\u{2019}t"
    }

    /// Whether a match reads as a person the lexicon knows (by a one-word alias: a surname), and
    /// otherwise at most as a town ("Mandela": Nelson Mandela, or Mandela in Ghana).
    func isPersonAliasOnly(_ payloads: [Lexicon.Payload]) -> Bool {
        var person = false
        for p in payloads {
            switch p.target {
            case .actor(let k):
                guard lexicon.data.actors[k].kind == "person" else { return false }
                person = true
            case .city: continue
            default: return false
            }
        }
        return person
    }

    /// Whether token `i` is written in capitals ("MAGA") or has a capitalised neighbour in the
    /// sentence that is no common word, date or count ("*Steve* Martin", "Martin *Lewis*"). A
    /// neighbour that is a known place or actor is no evidence ("North *Wales*"), except another
    /// word that names only small towns.
    func inName(
        _ toks: UnsafeBufferPointer<Token>, _ i: Int, _ range: Range<Int>, taken: [Item?], after last: Item?
    ) -> Bool {
        if toks[i].shape.contains(.allCaps) { return true }
        func nameLike(_ j: Int) -> Bool {
            guard range.contains(j), taken[j - range.lowerBound] == nil else { return false }
            let sh = toks[j].shape
            return sh.contains(.word) && sh.contains(.capitalized) && !sh.contains(.number)
                && !lexicon.commonWords.contains(toks[j].key)
        }
        if let last, last.tokens.upperBound == i, nameLike(i - 1) {
            switch last.kind {
            case .name, .token: return true
            default: break
            }
        }
        guard nameLike(i + 1) else { return false }
        var other = false
        lexicon.automaton.matches(toks, from: i + 1, limit: range.upperBound) { end, payloads in
            if !(end == i + 2 && isSmallTownOnly(payloads)) { other = true }
        }
        return !other
    }

    /// Whether a match reads only as a country or region name (no actor, role or city reading).
    func isPlaceNameOnly(_ payloads: [Lexicon.Payload]) -> Bool {
        payloads.allSatisfy {
            switch $0.target {
            case .countryName, .subdivision: return true
            default: return false
            }
        }
    }

    /// Whether the token after a place name reads as a surname: a capitalised word that is not
    /// a common word, an acronym or the start of a lexicon phrase ("Peterson", not "Police",
    /// "GOP" or "Republicans").
    func isPersonNamePart(
        _ toks: UnsafeBufferPointer<Token>, _ j: Int, _ limit: Int, titleCase: AnalyzedText? = nil
    ) -> Bool {
        isCapitalisedWord(toks, j, titleCase: titleCase) && !startsMatch(toks, j, limit)
    }

    /// A capitalised word that is no acronym and no common word, read as a name in its sentence.
    func isCapitalisedWord(_ toks: UnsafeBufferPointer<Token>, _ j: Int, titleCase: AnalyzedText?) -> Bool {
        let sh = toks[j].shape
        return sh.contains(.capitalized) && !sh.contains(.allCaps)
            && isNameToken(toks, j, sentenceStart: false, titleCase: titleCase)
            && !lexicon.commonWords.contains(toks[j].key)
    }

    /// Whether the token after a given name is a one-word town or county name and nothing longer
    /// ("Jordan *Poole*", "Victoria *Derbyshire*"; not "Georgia *Tech*" nor a country).
    func isSurnamePlace(
        _ toks: UnsafeBufferPointer<Token>, _ j: Int, _ limit: Int, titleCase: AnalyzedText? = nil
    ) -> Bool {
        guard isCapitalisedWord(toks, j, titleCase: titleCase) else { return false }
        var oneWordPlace = false
        var other = false
        lexicon.automaton.matches(toks, from: j, limit: limit) { end, payloads in
            for p in payloads where lexicon.accepts(p, toks, j, end) && p.rule != .any {
                switch p.target {
                case .city, .subdivision:
                    if end == j + 1 { oneWordPlace = true } else { other = true }
                default: other = true
                }
            }
        }
        return oneWordPlace && !other
    }

    func startsMatch(_ toks: UnsafeBufferPointer<Token>, _ j: Int, _ limit: Int) -> Bool {
        var found = false
        lexicon.automaton.matches(toks, from: j, limit: limit) { end, payloads in
            if !found && payloads.contains(where: { lexicon.accepts($0, toks, j, end) && $0.rule != .any }) {
                found = true
            }
        }
        return found
    }

    /// Where a run of capitalised name words starting at `j` ends: at a taken token, a word that is
    /// no name or the start of a lexicon phrase ("Jordan *Peterson* said", "Mandela *Barnes*").
    func nameRunEnd(
        _ toks: UnsafeBufferPointer<Token>, from j: Int, _ range: Range<Int>, taken: [Item?], titleCase: AnalyzedText?
    ) -> Int {
        var j = j
        while j < range.upperBound, taken[j - range.lowerBound] == nil,
            isNameToken(toks, j, sentenceStart: false, titleCase: titleCase), !startsMatch(toks, j, range.upperBound)
        {
            j += 1
        }
        return j
    }
}
