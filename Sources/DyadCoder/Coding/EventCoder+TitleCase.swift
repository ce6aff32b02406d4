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
    static func titleCaseFolds(
        _ sm: SentenceMentions, text: AnalyzedText, toks: UnsafeBufferPointer<Token>, lexicon: Lexicon
    ) -> Set<Int> {
        let range = sm.sentence.tokens.clamped(to: 0..<toks.count)
        guard sm.titleCase else { return [] }
        var named = Set<Int>()
        for m in sm.actors { named.formUnion(m.tokens) }
        for m in sm.places { named.formUnion(m.tokens) }
        return Set(
            range.filter { i in
                let sh = toks[i].shape
                return sh.contains(.word) && sh.contains(.capitalized) && !sh.contains(.allCaps) && !named.contains(i)
                    && !lexicon.isSentenceInitial(toks, i, in: range) && lexicon.isCommonWord(toks[i], in: text)
            })
    }
}
