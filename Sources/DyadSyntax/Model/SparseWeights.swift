/// A linear model's weights for many classes at training precision (what `train` writes): for each
/// feature slot that kept any weight, a run of (class, Int16 weight) pairs. `RankedWeights` is the form
/// used for scoring and shipped.
@usableFromInline
struct SparseWeights: Sendable, Hashable {
    /// The feature-slot width: slots are `FeatureHash.slot(h, bits:)`.
    @usableFromInline let bits: Int
    /// The number of classes.
    @usableFromInline let classes: Int
    /// Quantisation scale: stored weight = round(weight × scale).
    let scale: Float
    /// Slots present, in increasing order (the file's order).
    let keys: [UInt32]
    /// Number of pairs per key.
    let counts: [UInt8]
    /// `class << 16 | UInt16(bitPattern: weight)`, the runs of all keys back to back.
    @usableFromInline let pairs: [UInt32]
    init(bits: Int, classes: Int, scale: Float, keys: [UInt32], counts: [UInt8], pairs: [UInt32]) {
        self.bits = bits
        self.classes = classes
        self.scale = scale
        self.keys = keys
        self.counts = counts
        self.pairs = pairs
    }

    /// The magnitude of the largest weight.
    var maxMagnitude: Int {
        var m = 1
        for v in pairs { m = max(m, abs(Int(Int16(truncatingIfNeeded: v)))) }
        return m
    }
}

/// The transition classifier's weights at training precision: three Int16 weights per kept slot.
@usableFromInline
struct TransitionRows: Sendable, Hashable {
    let bits: Int
    let scale: Float
    /// Slots kept, in increasing order.
    let keys: [UInt32]
    /// Three weights per key.
    let weights: [Int16]
}

/// The three tables at training precision, as `train` writes them (file format version 1).
struct TrainedTables: Sendable, Hashable {
    var tagger: SparseWeights
    var transitions: TransitionRows
    var labeller: SparseWeights
}

/// A presence bitmap: one bit per feature slot, set when the slot has a row. Small enough to stay in
/// cache, it answers most lookups (features never seen in training, or pruned) without touching a table.
enum PresenceBitmap {
    static func of(_ keys: [UInt32], bits: Int) -> [UInt64] {
        var b = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        b.withUnsafeMutableBufferPointer { p in
            keys.withUnsafeBufferPointer { k in
                for x in k { p[Int(x >> 6)] |= 1 << UInt64(x & 63) }
            }
        }
        return b
    }
}

/// Integer requantisation (round half away from zero), the same on every platform.
@usableFromInline
enum Quantize {
    @inline(__always)
    static func toInt8(_ v: Int, _ maxAbs: Int) -> Int {
        let x = v * 127
        return x >= 0 ? (x + maxAbs / 2) / maxAbs : -((-x + maxAbs / 2) / maxAbs)
    }
}
