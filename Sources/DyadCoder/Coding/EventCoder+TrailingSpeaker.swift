import DyadSyntax
import DyadText

extension EventCoder {
    /// "… seeks to rally Russians to support the fight, *officials and researchers say*.": a
    /// sentence that ends in a reporting verb with no subject of its own, after a comma and a noun
    /// phrase. The parser often hangs that phrase on the clause before the comma as one more
    /// conjunct ("the fight, officials and researchers"), so the speakers turn into the object of
    /// the reported act. The tree is repaired so that the phrase between the last comma and the
    /// verb is the verb's subject.
    ///
    /// - Parameter isReporting: whether a token is a reporting verb (grammar.tsv reporting).
    static func repairingTrailingSpeaker(_ tree: SentenceTree, isReporting: (Int) -> Bool) -> SentenceTree {
        let r = tree.tokens
        // The reporting verb: the last word but closing punctuation.
        guard
            let v = r.reversed().first(where: {
                ![.period, .closeQuote, .rightBracket, .colon].contains(tree.tag($0))
            }),
            tree.isRoot(v), tree.tag(v).isVerb, isReporting(v),
            !tree.children(v).contains(where: { [.nsubj, .nsubjpass].contains(tree.label($0)) }),
            let comma = (r.lowerBound..<v).last(where: { tree.tag($0) == .comma }), comma + 1 < v
        else { return tree }
        // Between the comma and the verb, a noun phrase only ("officials and researchers", "the
        // ministry", "Ukrainian officials").
        let phrase = (comma + 1)..<v
        let nounPhrase: Set<PartOfSpeech> = [.NN, .NNS, .NNP, .NNPS, .JJ, .DT, .CC, .PRPS, .POS, .CD, .PRP]
        guard phrase.allSatisfy({ nounPhrase.contains(tree.tag($0)) }),
            tree.tag(v - 1).isNoun || tree.tag(v - 1) == .PRP
        else { return tree }
        // Its one head, hung outside the phrase on something other than the verb.
        let tops = phrase.filter { !phrase.contains(tree.head($0)) }
        guard tops.count == 1, let top = tops.first, tree.head(top) != v, tree.tag(top).isNoun || tree.tag(top) == .PRP
        else { return tree }
        var heads = r.map { tree.head($0) }
        var labels = r.map { tree.label($0) }
        heads[top - r.lowerBound] = v
        labels[top - r.lowerBound] = .nsubj
        return SentenceTree(tokens: r, tags: r.map { tree.tag($0) }, heads: heads, labels: labels)
    }
}
