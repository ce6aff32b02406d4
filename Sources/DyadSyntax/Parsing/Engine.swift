/// The tagging and parsing loops over one sentence's atoms, shared by `SyntaxParser` (documents) and the
/// evaluation code (treebank sentences). Scratch memory is per call; the model is only read.
enum Engine {
    /// Tags and parses one sentence's atoms: tags, heads (positions; a root points at itself) and
    /// labels, the one run-time path that the parser and the evaluator share.
    static func analyze(_ model: SyntaxModel, _ atoms: SentenceAtoms, count n: Int) -> (
        tags: [UInt8], heads: [Int32], labels: [UInt8]
    ) {
        var tags = [UInt8](repeating: 0, count: n)
        var heads = [Int32](repeating: 0, count: n)
        var labels = [UInt8](repeating: 0, count: n)
        tags.withUnsafeMutableBufferPointer { t in
            Engine.tag(model, atoms, into: t.baseAddress!)
            heads.withUnsafeMutableBufferPointer { h in
                labels.withUnsafeMutableBufferPointer { l in
                    Engine.parse(model, atoms, tags: t.baseAddress!, heads: h.baseAddress!, labels: l.baseAddress!)
                }
            }
        }
        return (tags, heads, labels)
    }

    /// Tags `n` tokens greedily left to right.
    ///
    /// Words with a fixed tag (`Shortcuts`) are not scored. For the others, the features that read only
    /// words are scored for the whole sentence in one batch (their table loads overlap), then the
    /// features reading the previous tags are added token by token as the tags are chosen.
    static func tag(_ model: SyntaxModel, _ atoms: SentenceAtoms, into tags: UnsafeMutablePointer<UInt8>) {
        let n = atoms.count
        guard n > 0 else { return }
        let w = model.tagger
        let classes = w.classes
        let sc = model.shortcuts
        let perWord = TaggerFeatures.wordCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { rowOf in
            // Fixed tags first; `rowOf[i]` is token i's score row, or -1 - tag for a fixed tag.
            var rows = 0
            sc.tableKeys.withUnsafeBufferPointer { tk in
                sc.tableTags.withUnsafeBufferPointer { tt in
                    for i in 0..<n {
                        if let fixed = sc.tag(atoms.base[i + 2].word, tk.baseAddress!, tt.baseAddress!) {
                            rowOf[i] = -1 - Int32(fixed)
                        } else {
                            rowOf[i] = Int32(rows)
                            rows += 1
                        }
                    }
                }
            }
            let stride = max(1, rows) * classes
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, rows) * perWord) { feats in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * stride) { scores in
                    let f = feats.baseAddress!
                    let s = scores.baseAddress!
                    let guessed = s + stride
                    s.update(repeating: 0, count: 2 * stride)
                    for i in 0..<n where rowOf[i] >= 0 {
                        _ = TaggerFeatures.extractWords(atoms.base, i, into: f + Int(rowOf[i]) * perWord)
                    }
                    w.scoreRows(f, rows: rows, perRow: perWord, into: s, stride: classes)
                    // Guess every tag from the word features alone, and score the tag features of each
                    // token with the guessed previous tags in one batch too. Where the guesses turn out
                    // right (most tokens) the sequential pass below reuses that row; elsewhere it scores
                    // the tag features itself. Either way the sums are the same.
                    let guess = tags
                    for i in 0..<n {
                        let r = Int(rowOf[i])
                        guess[i] = r < 0 ? UInt8(-1 - r) : UInt8(argmax(s + r * classes, classes))
                    }
                    func previous(_ i: Int) -> UInt64 { i < 0 ? TaggerFeatures.noTag : UInt64(guess[i]) }
                    for i in 0..<n where rowOf[i] >= 0 {
                        _ = TaggerFeatures.extractTags(
                            atoms.base, i, p1: previous(i - 1), p2: previous(i - 2),
                            into: f + Int(rowOf[i]) * TaggerFeatures.tagCount)
                    }
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { guessBuf in
                        let guessedPrevious = guessBuf.baseAddress!
                        for i in 0..<n { guessedPrevious[i] = previous(i - 1) << 8 | previous(i - 2) }
                        w.scoreRows(f, rows: rows, perRow: TaggerFeatures.tagCount, into: guessed, stride: classes)
                        var p1 = TaggerFeatures.noTag
                        var p2 = TaggerFeatures.noTag
                        for i in 0..<n {
                            let r = Int(rowOf[i])
                            var best = 0
                            if r < 0 {
                                best = -1 - r
                            } else {
                                let row = s + r * classes
                                if guessedPrevious[i] == p1 << 8 | p2 {
                                    let g = guessed + r * classes
                                    for c in 0..<classes { row[c] &+= g[c] }
                                } else {
                                    let k = TaggerFeatures.extractTags(atoms.base, i, p1: p1, p2: p2, into: f)
                                    w.score(f, k, into: row)
                                }
                                best = argmax(row, classes)
                            }
                            tags[i] = UInt8(best)
                            p2 = p1
                            p1 = UInt64(best)
                        }
                    }
                }
            }
        }
    }

    /// The first class with the highest score.
    @inline(__always)
    static func argmax(_ row: UnsafePointer<Int32>, _ classes: Int) -> Int {
        var best = 0
        var bestScore = row[0]
        for c in 1..<classes where row[c] > bestScore {
            best = c
            bestScore = row[c]
        }
        return best
    }

    /// Parses `n` tagged tokens; writes each token's head as a sentence position (a root points at itself)
    /// and its label.
    static func parse(
        _ model: SyntaxModel, _ atoms: SentenceAtoms, tags: UnsafePointer<UInt8>,
        heads: UnsafeMutablePointer<Int32>, labels: UnsafeMutablePointer<UInt8>
    ) {
        let n = atoms.count
        guard n > 0 else { return }
        var state = ParserState(count: n)
        defer { state.deallocate() }
        let pa = ParserAtoms(atoms: atoms.tokens, tags: tags, count: n)
        defer { pa.deallocate() }
        let tw = model.transitions
        let lw = model.labeller
        let labelCount = lw.classes
        let fixedLabels = model.shortcuts.labels
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.maximum) { feats in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { scores in
                tw.memory.withUnsafeBufferPointer { tt in
                    tw.present.withUnsafeBufferPointer { tb in
                        let f = feats.baseAddress!
                        let sc = scores.baseAddress!
                        let cache = TransitionCache(tw, pa, table: tt.baseAddress!, present: tb.baseAddress!)
                        defer { cache.deallocate() }
                        while !state.isTerminal {
                            var move = Move.shift
                            if state.depth == 0 {
                                move = .shift  // the only legal move: no need to score
                            } else if state.front >= n && state.depth == 1 {
                                move = .left
                            } else {
                                let k = ParserFeatures.extractPairs(state, pa, into: f)
                                var s = cache.score(state)
                                tw.score(f, k, into: &s, table: tt.baseAddress!, present: tb.baseAddress!)
                                var best = Int32.min
                                for m in Move.allCases where state.isLegal(m) && s[m.rawValue] > best {
                                    move = m
                                    best = s[m.rawValue]
                                }
                            }
                            var label = DependencyLabel.ROOT.rawValue
                            if let arc = state.arc(move), arc.head < n {
                                let fixed = fixedLabels[
                                    (Int(tags[arc.dependent]) * PartOfSpeech.count + Int(tags[arc.head])) * 2
                                        + (arc.dependent < arc.head ? 0 : 1)]
                                if fixed != 255 {
                                    state.apply(move, label: fixed)
                                    continue
                                }
                                let kl = LabelFeatures.extract(
                                    state, pa, dependent: arc.dependent, head: arc.head, into: f)
                                sc.update(repeating: 0, count: labelCount)
                                lw.score(f, kl, into: sc)
                                var bl = 1
                                for c in 2..<labelCount where sc[c] > sc[bl] { bl = c }
                                label = UInt8(bl)
                            }
                            state.apply(move, label: label)
                        }
                    }
                }
            }
        }
        for p in 0..<n {
            let h = Int(state.head[p + 1])
            heads[p] = h >= n || h < 0 ? Int32(p) : Int32(h)
            labels[p] = h >= n || h < 0 ? DependencyLabel.ROOT.rawValue : state.label[p + 1]
        }
    }
}
