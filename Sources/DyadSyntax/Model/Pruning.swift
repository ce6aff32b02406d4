/// Dropping small weights after training: most rows of a perceptron hold weights too small to change a
/// decision, and every row kept costs file size and cache space at parse time.
extension SparseWeights {
    /// A copy without the (class, weight) pairs whose stored magnitude is below `minimum`.
    func pruned(minimum: Int) -> SparseWeights {
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var out: [UInt32] = []
        var at = 0
        for (k, key) in self.keys.enumerated() {
            var n = 0
            for j in at..<(at + Int(self.counts[k])) where abs(Int(Int16(truncatingIfNeeded: pairs[j]))) >= minimum {
                out.append(pairs[j])
                n += 1
            }
            at += Int(self.counts[k])
            if n > 0 {
                keys.append(key)
                counts.append(UInt8(n))
            }
        }
        return SparseWeights(bits: bits, classes: classes, scale: scale, keys: keys, counts: counts, pairs: out)
    }
}

extension TransitionRows {
    /// A copy without the rows whose three stored weights are all below `minimum` in magnitude.
    func pruned(minimum: Int) -> TransitionRows {
        var keys: [UInt32] = []
        var w: [Int16] = []
        for (k, key) in self.keys.enumerated() {
            let row = weights[(3 * k)..<(3 * k + 3)]
            if row.contains(where: { abs(Int($0)) >= minimum }) {
                keys.append(key)
                w += row
            }
        }
        return TransitionRows(bits: bits, scale: scale, keys: keys, weights: w)
    }
}

extension SyntaxModel {
    /// Errors of `pruned`.
    public struct PruneError: Error, CustomStringConvertible {
        public var description: String { "pruning needs the training-precision tables (a file written by train)" }
    }

    /// A copy with each table pruned at its own threshold (training-precision units; the largest weight
    /// of a table is stored as 32000), then packed for use.
    public func pruned(tagger t: Int, transitions p: Int, labeller l: Int) throws -> SyntaxModel {
        guard let trained else { throw PruneError() }
        return SyntaxModel(
            trained: TrainedTables(
                tagger: trained.tagger.pruned(minimum: t), transitions: trained.transitions.pruned(minimum: p),
                labeller: trained.labeller.pruned(minimum: l)),
            shortcuts: shortcuts, featureVersion: featureVersion)
    }
}
