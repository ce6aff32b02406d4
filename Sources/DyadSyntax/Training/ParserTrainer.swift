/// Trains the transition classifier and the labeller together with the dynamic oracle: at each step the
/// model's best legal move is compared with the best-scoring zero-cost move, and after the first epoch
/// the parser follows its own (possibly wrong) move 90% of the time, so it learns to recover from its
/// mistakes. The labeller learns on every correct arc, at the moment the arc is built.
struct ParserTrainer {
    let transitions: PerceptronTable
    let labeller: PerceptronTable

    init(transitionBits: Int = 22, labelBits: Int = 21) {
        transitions = PerceptronTable(bits: transitionBits, classes: 3)
        labeller = PerceptronTable(bits: labelBits, classes: DependencyLabel.count)
    }

    struct EpochStats {
        var moves = 0
        var mistakes = 0
        var arcs = 0
        var labelMistakes = 0
    }

    /// The oracle's gold heads of a sentence: projectivized, the root hanging from the virtual root n.
    static func gold(_ s: TreebankSentence) -> [Int32] {
        let proj = Projectivity.projectivize(s.heads).heads
        return proj.enumerated().map { (p, h) in Int(h) == p ? Int32(s.count) : h }
    }

    /// One pass over the sentences in `order`. `tags[i]` are the (predicted) tags sentence i is parsed with,
    /// `golds[i]` its oracle heads (`gold(_:)`).
    func epoch(
        _ sentences: [TreebankSentence], golds: [[Int32]], tags: [[UInt8]], order: [Int], explore: Bool,
        rng: inout SplitMix64
    ) -> EpochStats {
        var stats = EpochStats()
        let fcap = max(ParserFeatures.maximum, LabelFeatures.maximum)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: fcap) { featsBuf in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: fcap) { slotsBuf in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { scoresBuf in
                    let feats = featsBuf.baseAddress!
                    let slots = slotsBuf.baseAddress!
                    let scores = scoresBuf.baseAddress!
                    for idx in order {
                        let s = sentences[idx]
                        let n = s.count
                        let gold = golds[idx]
                        var oracle = DynamicOracle(heads: gold)
                        let atoms = s.atoms()
                        defer { atoms.deallocate() }
                        let pa = tags[idx].withUnsafeBufferPointer {
                            ParserAtoms(atoms: atoms.tokens, tags: $0.baseAddress!, count: n)
                        }
                        defer { pa.deallocate() }
                        var state = ParserState(count: n)
                        defer { state.deallocate() }
                        while !state.isTerminal {
                            let k = ParserFeatures.extract(state, pa, into: feats)
                            transitions.slots(feats, k, into: slots)
                            transitions.score(slots, k, into: scores)
                            var pred = Move.shift
                            var predScore = Int32.min
                            var best = Move.shift
                            var bestScore = Int32.min
                            var costs = (0, 0, 0)
                            var minCost = Int.max
                            for m in Move.allCases where state.isLegal(m) {
                                let c = oracle.cost(m, state)
                                switch m {
                                case .shift: costs.0 = c
                                case .left: costs.1 = c
                                case .right: costs.2 = c
                                }
                                minCost = min(minCost, c)
                                if scores[m.rawValue] > predScore {
                                    pred = m
                                    predScore = scores[m.rawValue]
                                }
                            }
                            func cost(_ m: Move) -> Int {
                                switch m {
                                case .shift: costs.0
                                case .left: costs.1
                                case .right: costs.2
                                }
                            }
                            for m in Move.allCases where state.isLegal(m) && cost(m) == minCost {
                                if scores[m.rawValue] > bestScore {
                                    best = m
                                    bestScore = scores[m.rawValue]
                                }
                            }
                            stats.moves += 1
                            if cost(pred) > minCost {
                                stats.mistakes += 1
                                transitions.update(slots, k, class: best.rawValue, 1)
                                transitions.update(slots, k, class: pred.rawValue, -1)
                            }
                            transitions.tick()
                            let follow = explore && rng.unit() < 0.9 ? pred : best
                            var label = DependencyLabel.ROOT.rawValue
                            if let arc = state.arc(follow), arc.head < n {
                                let kl = LabelFeatures.extract(
                                    state, pa, dependent: arc.dependent, head: arc.head, into: feats)
                                labeller.slots(feats, kl, into: slots)
                                labeller.score(slots, kl, into: scores)
                                var lp = 1
                                for c in 2..<labeller.classes where scores[c] > scores[lp] { lp = c }
                                label = UInt8(lp)
                                if Int(gold[arc.dependent]) == arc.head {
                                    let lg = Int(s.labels[arc.dependent])
                                    stats.arcs += 1
                                    if lp != lg && lg != 0 {
                                        stats.labelMistakes += 1
                                        labeller.update(slots, kl, class: lg, 1)
                                        labeller.update(slots, kl, class: lp, -1)
                                    }
                                    if !explore { label = UInt8(lg) }
                                    labeller.tick()
                                }
                            }
                            oracle.willApply(follow, state)
                            state.apply(follow, label: label)
                        }
                    }
                }
            }
        }
        return stats
    }
}
