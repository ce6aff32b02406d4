import DyadSyntax
import DyadText

extension EventCoder {
    /// "Police *arrest* man over Leeds murder", "Police *probe* teenager after attack": a headline's
    /// verb that the tagger read as a noun compound on its object ("arrest man", like "arrest
    /// warrant") while giving it a subject of its own. A noun with an `nsubj` is a verb: when a
    /// trigger word (curated trigger or verb pattern) is tagged a noun, has a subject before it and
    /// modifies a noun after it, the tree is repaired so that the word is the verb, the noun its
    /// direct object, and the noun's prepositional phrases the verb's.
    ///
    /// The parser may also hang the subject on the word as one more compound ("Police hunt man"
    /// read as one noun phrase): an actor right before the word, or the headline's first word before
    /// a verb in -s read as a plural noun ("Twitter *rips* Gavin Newsom"; not "Acid *attack* victim"),
    /// and an actor as the noun after it, make the same repair (subject, verb, actor).
    ///
    /// - Parameters:
    ///   - words: the sentence's trigger and verb-pattern tokens (only these are repaired).
    ///   - actors: the tokens of the sentence's actor mentions.
    static func repairingHeadlineVerbs(_ tree: SentenceTree, words: Set<Int>, actors: Set<Int> = []) -> SentenceTree {
        let r = tree.tokens
        var fixes: [(verb: Int, object: Int)] = []
        for t in words.sorted() where r.contains(t) {
            let tag = tree.tag(t)
            // (Or a noun modifier: "Trump *slams* 'biased' and 'SICK' judge".)
            guard tag == .NN || tag == .NNS, tree.label(t) == .compound || tree.label(t) == .nmod,
                tree.children(t).contains(where: {
                    $0 < t
                        && (tree.label($0) == .nsubj
                            || tree.label($0) == .compound && $0 == t - 1
                                && (actors.contains($0) || $0 == r.lowerBound && tag == .NNS)
                                && actors.contains(tree.head(t)))
                })
            else { continue }
            let n = tree.head(t)
            guard n > t, tree.tag(n).isNoun, !fixes.contains(where: { $0.object == n }) else { continue }
            fixes.append((t, n))
        }
        // "Iran *summons* British, Norwegian ambassadors": a trigger tagged a noun that the parser
        // gave a subject before it and a direct object after it is a verb; only its tag is wrong.
        var retag: [Int] = []
        for t in words.sorted() where r.contains(t) && !fixes.contains(where: { $0.verb == t }) {
            let tag = tree.tag(t)
            guard tag == .NN || tag == .NNS,
                tree.children(t).contains(where: { $0 < t && tree.label($0) == .nsubj }),
                tree.children(t).contains(where: { $0 > t && tree.label($0) == .dobj })
            else { continue }
            retag.append(t)
        }
        guard !fixes.isEmpty || !retag.isEmpty else { return tree }
        var tags = r.map { tree.tag($0) }
        for t in retag { tags[t - r.lowerBound] = tree.tag(t) == .NNS ? .VBZ : .VBP }
        var heads = r.map { tree.head($0) }
        var labels = r.map { tree.label($0) }
        for (t, n) in fixes {
            let (pt, pn) = (t - r.lowerBound, n - r.lowerBound)
            tags[pt] = tree.tag(t) == .NNS ? .VBZ : .VBP
            // The verb takes the noun's place in the sentence, the noun becomes its object.
            heads[pt] = tree.isRoot(n) ? t : tree.head(n)
            labels[pt] = tree.isRoot(n) ? .ROOT : tree.label(n)
            heads[pn] = t
            labels[pn] = .dobj
            // A subject read as the word's compound becomes its subject.
            for c in tree.children(t) where c < t && tree.label(c) == .compound { labels[c - r.lowerBound] = .nsubj }
            for c in tree.children(n) where c > n && tree.label(c) == .prep { heads[c - r.lowerBound] = t }
            // Whatever hung on the noun as the sentence's root now hangs on the verb.
            if tree.isRoot(n) {
                for c in tree.children(n) where c > n && tree.label(c) == .punct { heads[c - r.lowerBound] = t }
            }
        }
        return SentenceTree(tokens: r, tags: tags, heads: heads, labels: labels)
    }
}
