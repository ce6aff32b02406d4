/// Trains the averaged-perceptron tagger: greedy left to right, the history features use the tags the
/// model itself predicted (as at run time), one update per mistaken token.
struct TaggerTrainer {
    let table: PerceptronTable

    init(bits: Int = 21) {
        table = PerceptronTable(bits: bits, classes: PartOfSpeech.count)
    }

    /// One pass over `sentences` in the given order; returns the training accuracy.
    func epoch(_ sentences: [TreebankSentence], order: [Int]) -> Double {
        var right = 0
        var total = 0
        let classes = table.classes
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maximum) { feats in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: TaggerFeatures.maximum) { slots in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: table.stride) { scores in
                    for idx in order {
                        let s = sentences[idx]
                        let atoms = s.atoms()
                        defer { atoms.deallocate() }
                        var p1 = TaggerFeatures.noTag
                        var p2 = TaggerFeatures.noTag
                        for i in 0..<s.count {
                            let k = TaggerFeatures.extract(atoms.base, i, p1: p1, p2: p2, into: feats.baseAddress!)
                            table.slots(feats.baseAddress!, k, into: slots.baseAddress!)
                            table.score(slots.baseAddress!, k, into: scores.baseAddress!)
                            var best = 0
                            for c in 1..<classes where scores[c] > scores[best] { best = c }
                            let gold = Int(s.tags[i])
                            if best != gold {
                                table.update(slots.baseAddress!, k, class: gold, 1)
                                table.update(slots.baseAddress!, k, class: best, -1)
                            } else {
                                right += 1
                            }
                            total += 1
                            table.tick()
                            p2 = p1
                            p1 = UInt64(best)
                        }
                    }
                }
            }
        }
        return Double(right) / Double(max(total, 1))
    }
}

/// Tags treebank sentences with exported tagger weights (the run-time code path).
enum TreebankTagging {
    static func tag(_ s: TreebankSentence, with model: SyntaxModel) -> [UInt8] {
        let atoms = s.atoms()
        defer { atoms.deallocate() }
        return [UInt8](unsafeUninitializedCapacity: s.count) { buf, n in
            Engine.tag(model, atoms, into: buf.baseAddress!)
            n = s.count
        }
    }
}
