import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    /// The tokens of a Title Case headline that the parser should read in lower case.
    ///
    /// Many feeds capitalise every longer word of a title ("Russia Withdraws From Grain Deal After Drone
    /// Attack", "North Korea Fires 3 More Missiles Toward Japan"). The tagger learnt from running
    /// text, where a capital marks a name, so it tags such a title as a string of proper nouns and the
    /// tree loses its verb. In a sentence the recognizer found in Title Case
    /// (`SentenceMentions.titleCase`), the capitalised common words outside actor and place mentions
    /// (and not starting the sentence) are folded. Names stay as they are: they are mentions, or not
    /// common words.
    ///
    /// Some feeds also set one word of a headline in capitals for emphasis ("Family of George Floyd
    /// *SUE* Kanye West", "Oregon cop *SLAPS* wheelchair user"): in any sentence where such words are
    /// few, a capitalised common word of three letters or more outside the mentions is folded too
    /// (acronyms are mentions, or not common words).
    static func titleCaseFolds(
        _ sm: SentenceMentions, text: AnalyzedText, toks: UnsafeBufferPointer<Token>, lexicon: Lexicon
    ) -> Set<Int> {
        let range = sm.sentence.tokens.clamped(to: 0..<toks.count)
        var (wordCount, capitalCount) = (0, 0)
        for i in range where toks[i].shape.contains(.word) {
            wordCount += 1
            if toks[i].shape.contains(.allCaps) { capitalCount += 1 }
        }
        let emphasis = capitalCount > 0 && capitalCount * 3 <= wordCount
        guard sm.titleCase || emphasis else { return [] }
        var named = Set<Int>()
        for m in sm.actors { named.formUnion(m.tokens) }
        for m in sm.places { named.formUnion(m.tokens) }
        return Set(
            range.filter { i in
                guard toks[i].shape.contains(.word) else { return false }
                let sh = toks[i].shape
                guard sh.contains(.capitalized) || sh.contains(.allCaps), !named.contains(i) else { return false }
                if sh.contains(.allCaps) {
                    return emphasis && toks[i].byteCount >= 3 && lexicon.isCommonWord(toks[i], in: text)
                }
                return sm.titleCase && !lexicon.isSentenceInitial(toks, i, in: range)
                    && lexicon.isCommonWord(toks[i], in: text)
            })
    }
}
