/// Training-time weights of one averaged perceptron: a dense table of `1 << bits` feature slots × classes,
/// integer weights `w` and Daumé's averaging accumulators `u` (`u += t·δ` at update time t; the average
/// is `w − u/t` at the end), all exact integers so training is bit-for-bit reproducible.
final class PerceptronTable {
    let bits: Int
    let classes: Int
    let stride: Int
    let w: UnsafeMutablePointer<Int32>
    let u: UnsafeMutablePointer<Int64>
    /// The instance counter (starts at 1).
    private(set) var time: Int64 = 1

    init(bits: Int, classes: Int) {
        self.bits = bits
        self.classes = classes
        self.stride = classes <= 4 ? 4 : (classes + 7) & ~7
        let size = (1 << bits) * stride
        w = .allocate(capacity: size)
        w.initialize(repeating: 0, count: size)
        u = .allocate(capacity: size)
        u.initialize(repeating: 0, count: size)
    }

    deinit {
        w.deallocate()
        u.deallocate()
    }

    /// Converts feature hashes to this table's slots.
    @inline(__always)
    func slots(_ hashes: UnsafePointer<UInt64>, _ n: Int, into out: UnsafeMutablePointer<UInt32>) {
        for i in 0..<n { out[i] = FeatureHash.slot(hashes[i], bits: bits) }
    }

    /// Sets `scores[0..<classes]` to the current (not averaged) scores of the features.
    @inline(__always)
    func score(_ slots: UnsafePointer<UInt32>, _ n: Int, into scores: UnsafeMutablePointer<Int32>) {
        scores.update(repeating: 0, count: stride)
        for i in 0..<n {
            let row = w + Int(slots[i]) * stride
            for c in 0..<stride { scores[c] &+= row[c] }
        }
    }

    /// Adds `delta` to class `c` of every feature.
    @inline(__always)
    func update(_ slots: UnsafePointer<UInt32>, _ n: Int, class c: Int, _ delta: Int32) {
        for i in 0..<n {
            let k = Int(slots[i]) * stride + c
            w[k] &+= delta
            u[k] &+= time * Int64(delta)
        }
    }

    /// Marks the end of one training instance.
    @inline(__always) func tick() { time += 1 }

    /// The averaged weight of (slot, class) times `time` (an exact integer).
    @inline(__always)
    func averagedTimesT(_ k: Int) -> Int64 { Int64(w[k]) * time - u[k] }

    /// The largest |averaged weight| (for choosing the quantisation scale).
    func maxAverage() -> Double {
        var m: Int64 = 0
        for s in 0..<(1 << bits) {
            for c in 0..<classes { m = max(m, abs(averagedTimesT(s * stride + c))) }
        }
        return Double(m) / Double(time)
    }

    /// Exports the averaged weights as a sparse table, quantised to Int16 with `32000 / max|w|`, dropping
    /// weights whose quantised magnitude is below `minimum`.
    func exportSparse(minimum: Int = 1) -> SparseWeights {
        let maxW = max(maxAverage(), 1e-9)
        let scale = 32000 / maxW
        let f = scale / Double(time)
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var pairs: [UInt32] = []
        for s in 0..<(1 << bits) {
            var n = 0
            for c in 0..<classes {
                let v = averagedTimesT(s * stride + c)
                if v == 0 { continue }
                let q = Int((Double(v) * f).rounded())
                if abs(q) < minimum { continue }
                pairs.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: Int16(clamping: q))))
                n += 1
            }
            if n > 0 {
                keys.append(UInt32(s))
                counts.append(UInt8(n))
            }
        }
        return SparseWeights(
            bits: bits, classes: classes, scale: Float(scale), keys: keys, counts: counts, pairs: pairs)
    }

    /// Exports a three-class table, dropping rows whose quantised weights are all below `minimum`.
    func exportRows(minimum: Int = 1) -> TransitionRows {
        precondition(classes == 3)
        let maxW = max(maxAverage(), 1e-9)
        let scale = 32000 / maxW
        let f = scale / Double(time)
        var keys: [UInt32] = []
        var weights: [Int16] = []
        for s in 0..<(1 << bits) {
            var q = [Int](repeating: 0, count: 3)
            var keep = false
            for c in 0..<3 {
                q[c] = Int((Double(averagedTimesT(s * stride + c)) * f).rounded())
                if abs(q[c]) >= minimum { keep = true }
            }
            if keep {
                keys.append(UInt32(s))
                for c in 0..<3 { weights.append(Int16(clamping: q[c])) }
            }
        }
        return TransitionRows(bits: bits, scale: Float(scale), keys: keys, weights: weights)
    }
}

/// A small seeded generator (SplitMix64) so shuffles and exploration are reproducible across runs and
/// platforms.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
