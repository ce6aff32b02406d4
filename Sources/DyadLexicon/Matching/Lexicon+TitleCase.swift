import DyadText

extension Lexicon {
    private static let colon = TokenKey.of(":")

    /// Whether a sentence is written in Title Case ("Russia Withdraws From Grain Deal After Drone
    /// Attack"), as many feeds write their headlines.
    ///
    /// In such a sentence a capital no longer marks a name: the recogniser must not read "Supporters
    /// Protest Across" as a name, and the parser should read "Withdraws" as the verb it is. A sentence
    /// counts when at least three of its common words (`common_words.txt`, triggers and verb forms) of four letters or more,
    /// after its first word and after a colon or a line start, are capitalised and at most one in five
    /// is not (fewer in a short headline, below).
    public func isTitleCase(_ toks: UnsafeBufferPointer<Token>, in range: Range<Int>) -> Bool {
        let range = range.clamped(to: 0..<toks.count)
        guard range.count >= 3 else { return false }
        var capitalised = 0
        var lower = 0
        var capitalisedVerb = false
        for i in range {
            let t = toks[i]
            guard t.end - t.start >= 4, t.shape.contains(.word), !t.shape.contains(.allCaps),
                !t.shape.contains(.number), isCommonKey(t.key)
            else { continue }
            if !t.shape.contains(.capitalized) {
                lower += 1
                // Running text: more lower-case words than the rest of the sentence could outweigh.
                if lower * 5 > capitalised + (range.upperBound - i) { return false }
            } else if !isSentenceInitial(toks, i, in: range) {
                capitalised += 1
                if !verbs.patterns(t.key).isEmpty || !eventAutomaton.single(t.key).isEmpty { capitalisedVerb = true }
            }
        }
        // A short headline needs two capitalised common words and no lower-case one ("Men Flee
        // Russian Conscription").
        // So does one of five words or fewer whose capitalised common word is an event trigger or a
        // verb pattern's form ("Iran *Strikes* Kurds in Iraq").
        // A longer one of names, with no lower-case word at all, too ("Shaquille O’Neal, Charles
        // Barkley *Slam* ‘Idiot’ Kyrie Irving’s Antisemitism").
        return capitalised >= 3 && lower * 5 <= capitalised || capitalised >= 2 && lower == 0 && range.count <= 6
            || capitalisedVerb && lower == 0 && (range.count <= 5 || !hasLowerCaseWord(toks, in: range))
    }

    static let possessiveKey = TokenKey.of("'s")

    /// Whether any word of the range is in lower case (beyond a clitic: "’s").
    private func hasLowerCaseWord(_ toks: UnsafeBufferPointer<Token>, in range: Range<Int>) -> Bool {
        range.contains { i in
            let sh = toks[i].shape
            return sh.contains(.word) && !sh.contains(.capitalized) && !sh.contains(.allCaps) && !sh.contains(.number)
                && toks[i].key != Self.possessiveKey
        }
    }

    /// Whether a token starts a sentence of its own: the range's first word, a word at a line start,
    /// or the word after a colon ("Ukraine war: *Putin* orders …").
    public func isSentenceInitial(_ toks: UnsafeBufferPointer<Token>, _ i: Int, in range: Range<Int>) -> Bool {
        if i == range.lowerBound || !toks[i].shape.isDisjoint(with: [.lineStart, .paragraphStart]) { return true }
        var j = i - 1
        while j >= range.lowerBound, toks[j].shape.contains(.openQuote) { j -= 1 }
        return j < range.lowerBound || toks[j].key == Self.colon
    }

    /// Whether a word is a common English word rather than a name: listed in `common_words.txt`, an
    /// event trigger or a verb pattern's form, or an inflection of a listed word ("withdraws",
    /// "erupted", "cities"). Title Case headlines capitalise such words.
    public func isCommonWord(_ token: Token, in text: AnalyzedText) -> Bool {
        if isCommonKey(token.key) { return true }
        let w = text.string(token).lowercased()
        return Self.stems(w).contains { commonWords.contains(TokenKey.of($0)) }
    }

    /// Whether a lower-cased word is listed in `common_words.txt` or is an event trigger or a verb
    /// pattern's form ("kills", "condemns": inflections the word list leaves out).
    func isCommonKey(_ k: UInt64) -> Bool {
        commonWords.contains(k) || !verbs.patterns(k).isEmpty || !eventAutomaton.single(k).isEmpty
    }

    /// Lower-case forms an inflected word may come from ("withdraws" → "withdraw", "cities" → "city",
    /// "erupted" → "erupt", "killing" → "kill").
    static func stems(_ w: String) -> [String] {
        var out: [String] = []
        func strip(_ suffix: String, _ add: String = "") {
            if w.count > suffix.count + 2, w.hasSuffix(suffix) { out.append(String(w.dropLast(suffix.count)) + add) }
        }
        strip("s")
        strip("es")
        strip("ies", "y")
        strip("ed")
        strip("d")
        strip("ing")
        strip("ing", "e")
        return out
    }
}
