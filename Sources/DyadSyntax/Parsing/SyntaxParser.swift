import DyadText

/// Tags and parses the sentences of an `AnalyzedText`: greedy averaged-perceptron tagging, then greedy
/// arc-hybrid parsing with a labeller, in time linear in the sentence length.
///
/// A value type holding only the shared immutable model: copy it freely and call it from many threads at
/// once; each call uses its own scratch memory and takes no locks.
public struct SyntaxParser: Sendable {
    /// The weights.
    public let model: SyntaxModel

    /// A parser using `model`; cheap (it only keeps a reference), so make one wherever convenient.
    public init(model: SyntaxModel) {
        self.model = model
    }

    /// The part-of-speech tags of a sentence's tokens, in order.
    ///
    /// - Parameter lowered: document token indices to read as if written in lower case. The model
    ///   learnt from running text, where a capital marks a name; a Title Case headline ("Russia
    ///   Withdraws From Grain Deal") capitalises its verbs and nouns too, and folding its common words
    ///   gives them back their usual tags.
    public func tags(_ text: AnalyzedText, sentence: Sentence, lowered: Set<Int> = []) -> [PartOfSpeech] {
        let range = clamp(sentence.tokens, text)
        guard !range.isEmpty else { return [] }
        let atoms = atomsOf(text, range, lowered)
        defer { atoms.deallocate() }
        let raw = [UInt8](unsafeUninitializedCapacity: range.count) { buf, n in
            Engine.tag(model, atoms, into: buf.baseAddress!)
            n = range.count
        }
        return raw.map { PartOfSpeech(rawValue: $0) ?? .XX }
    }

    /// The tagged, labelled dependency tree of a sentence (document token indices).
    ///
    /// - Parameter lowered: document token indices to read as if written in lower case (see
    ///   ``tags(_:sentence:lowered:)``).
    public func parse(_ text: AnalyzedText, sentence: Sentence, lowered: Set<Int> = []) -> SentenceTree {
        let range = clamp(sentence.tokens, text)
        let n = range.count
        guard n > 0 else {
            return SentenceTree(tokens: range, tags: [], localHeads: [], labels: [])
        }
        let atoms = atomsOf(text, range, lowered)
        defer { atoms.deallocate() }
        let (tags, heads, labels) = Engine.analyze(model, atoms, count: n)
        return SentenceTree(
            tokens: range, tags: tags.map { PartOfSpeech(rawValue: $0) ?? .XX }, localHeads: heads,
            labels: labels.map { DependencyLabel(rawValue: $0) ?? .dep })
    }

    private func clamp(_ r: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        r.clamped(to: 0..<text.tokens.count)
    }

    private func atomsOf(_ text: AnalyzedText, _ range: Range<Int>, _ lowered: Set<Int>) -> SentenceAtoms {
        text.bytes.withUnsafeBufferPointer { b in
            text.tokens.withUnsafeBufferPointer { t in
                SentenceAtoms(bytes: b, tokens: t, range: range, lowered: lowered)
            }
        }
    }
}
