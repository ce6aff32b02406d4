/// One parsed sentence: a tag, a head and a label per token, with the children lists and subtree spans
/// precomputed so that rules walking the tree allocate nothing.
///
/// Every index taken or returned is a DOCUMENT token index (an index into `AnalyzedText.tokens`), so
/// callers mix tree positions with the other token ranges they hold (mentions, quotes, dates).
public struct SentenceTree: Sendable, Hashable {
    /// The sentence's token range in the document.
    public let tokens: Range<Int>
    /// The tags, by position in the sentence.
    @usableFromInline let tagList: [PartOfSpeech]
    /// Each token's head as a position in the sentence; a root points at itself.
    @usableFromInline let headList: [Int32]
    /// The labels, by position in the sentence.
    @usableFromInline let labelList: [DependencyLabel]
    /// Children in CSR form: the children of position p are `childList[childStart[p]..<childStart[p+1]]`.
    let childStart: [Int32]
    /// Children as positions in the sentence, each node's run in text order.
    let childList: [Int32]
    /// The first position of each subtree.
    @usableFromInline let spanLow: [Int32]
    /// One past the last position of each subtree.
    @usableFromInline let spanHigh: [Int32]
    /// The roots (document indices), in text order; usually one.
    public let roots: [Int]

    /// Builds a tree from per-token analyses.
    /// - Parameters:
    ///   - tokens: the sentence's document token range.
    ///   - tags: one tag per token.
    ///   - heads: each token's head as a DOCUMENT index inside `tokens`; a root gives its own index.
    ///     A head outside the sentence makes the token a root.
    ///   - labels: one label per token (`ROOT` for roots).
    public init(tokens: Range<Int>, tags: [PartOfSpeech], heads: [Int], labels: [DependencyLabel]) {
        let base = tokens.lowerBound
        let local = heads.enumerated().map { (p, h) -> Int32 in
            tokens.contains(h) ? Int32(h - base) : Int32(p)
        }
        self.init(tokens: tokens, tags: tags, localHeads: local, labels: labels)
    }

    /// Builds a tree from heads given as positions inside the sentence (a root points at itself).
    init(tokens: Range<Int>, tags: [PartOfSpeech], localHeads: [Int32], labels: [DependencyLabel]) {
        let n = tokens.count
        precondition(tags.count == n && localHeads.count == n && labels.count == n, "one analysis per token")
        self.tokens = tokens
        self.tagList = tags
        self.headList = localHeads
        self.labelList = labels
        // Children, counted then placed: text order within each node falls out of the position loop.
        var start = [Int32](repeating: 0, count: n + 1)
        for (p, h) in localHeads.enumerated() where Int(h) != p { start[Int(h) + 1] += 1 }
        for p in 0..<n { start[p + 1] += start[p] }
        var fill = start
        var list = [Int32](repeating: 0, count: Int(start[n]))
        var rootList: [Int] = []
        for (p, h) in localHeads.enumerated() {
            if Int(h) == p {
                rootList.append(p + tokens.lowerBound)
            } else {
                list[Int(fill[Int(h)])] = Int32(p)
                fill[Int(h)] += 1
            }
        }
        self.childStart = start
        self.childList = list
        self.roots = rootList
        // Subtree spans: breadth-first from the roots, then children fold into parents in reverse order.
        var low = (0..<Int32(n)).map { $0 }
        var high = low.map { $0 + 1 }
        var order: [Int32] = rootList.map { Int32($0 - tokens.lowerBound) }
        order.reserveCapacity(n)
        var k = 0
        while k < order.count {
            let p = Int(order[k])
            for c in list[Int(start[p])..<Int(start[p + 1])] { order.append(c) }
            k += 1
        }
        for p in order.reversed() {
            let h = Int(localHeads[Int(p)])
            if h != Int(p) {
                low[h] = min(low[h], low[Int(p)])
                high[h] = max(high[h], high[Int(p)])
            }
        }
        self.spanLow = low
        self.spanHigh = high
    }

    /// The tag of document token `i` (inside `tokens`).
    @inlinable public func tag(_ i: Int) -> PartOfSpeech { tagList[i - tokens.lowerBound] }

    /// The document index of the head of token `i`; a root's head is itself.
    @inlinable public func head(_ i: Int) -> Int { Int(headList[i - tokens.lowerBound]) + tokens.lowerBound }

    /// The label of the arc from `i` to its head; `ROOT` for a root.
    @inlinable public func label(_ i: Int) -> DependencyLabel { labelList[i - tokens.lowerBound] }

    /// True when `i` is a root of the sentence.
    @inlinable public func isRoot(_ i: Int) -> Bool { head(i) == i }

    /// The children of token `i` as document indices, in text order (no allocation).
    public func children(_ i: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        let p = i - tokens.lowerBound
        let base = tokens.lowerBound
        return childList[Int(childStart[p])..<Int(childStart[p + 1])].lazy.map { Int($0) + base }
    }

    /// The children of token `i` attached with `label`, in text order.
    public func children(_ i: Int, _ label: DependencyLabel)
        -> LazyFilterSequence<LazyMapSequence<ArraySlice<Int32>, Int>>
    {
        let labels = labelList
        let base = tokens.lowerBound
        return children(i).filter { labels[$0 - base] == label }
    }

    /// The first child of `i` with `label`, if any.
    public func firstChild(_ i: Int, _ label: DependencyLabel) -> Int? {
        children(i, label).first(where: { _ in true })
    }

    /// The span of the subtree headed by `i` (document indices). Trees from the parser are projective, so
    /// the span holds exactly the subtree; for a non-projective tree it is the smallest range covering it.
    @inlinable public func subtree(_ i: Int) -> Range<Int> {
        let p = i - tokens.lowerBound
        return (Int(spanLow[p]) + tokens.lowerBound)..<(Int(spanHigh[p]) + tokens.lowerBound)
    }

    /// The head chain of `i` up to its root, nearest first, excluding `i` itself.
    public func ancestors(_ i: Int) -> Ancestors { Ancestors(tree: self, start: i) }

    /// True when `a` lies on the head chain above `b` (a node is not its own ancestor).
    public func isAncestor(_ a: Int, of b: Int) -> Bool {
        guard tokens.contains(a), tokens.contains(b), a != b else { return false }
        // Projective trees: an ancestor's subtree span covers `b`; confirm by walking the chain.
        guard subtree(a).contains(b) else { return false }
        for x in ancestors(b) where x == a { return true }
        return false
    }

    /// The head chain of a token, walked lazily; bounded by the sentence length, so a malformed
    /// (cyclic) tree built by hand cannot loop forever.
    public struct Ancestors: Sequence, IteratorProtocol, Sendable {
        let tree: SentenceTree
        var current: Int
        var steps = 0

        init(tree: SentenceTree, start: Int) {
            self.tree = tree
            self.current = start
        }

        public mutating func next() -> Int? {
            let h = tree.head(current)
            guard h != current, steps < tree.tokens.count else { return nil }
            steps += 1
            current = h
            return h
        }
    }
}
