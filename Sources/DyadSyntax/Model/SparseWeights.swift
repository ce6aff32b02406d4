/// A linear model's weights for many classes, stored sparsely: an open-addressing table from feature
/// slot to a run of (class, weight) pairs. Perceptron rows are mostly zero, so this keeps the file and
/// the cache footprint small; scoring adds each pair into a per-class accumulator.
@usableFromInline
struct SparseWeights: Sendable, Hashable {
    /// The feature-slot width: slots are `FeatureHash.slot(h, bits:)`.
    @usableFromInline let bits: Int
    /// The number of classes.
    @usableFromInline let classes: Int
    /// Quantisation scale: stored weight = round(weight × scale).
    let scale: Float
    /// Slots present, in insertion order (the file's order).
    let keys: [UInt32]
    /// Number of pairs per key.
    let counts: [UInt8]
    /// `class << 16 | UInt16(bitPattern: weight)`, the runs of all keys back to back.
    @usableFromInline let pairs: [UInt32]
    /// The hash table: `(slot + 1) << 32 | offset << 8 | count`; 0 marks an empty cell.
    @usableFromInline let table: [UInt64]
    @usableFromInline let tableMask: Int

    /// Builds the table from its rows.
    init(bits: Int, classes: Int, scale: Float, keys: [UInt32], counts: [UInt8], pairs: [UInt32]) {
        self.bits = bits
        self.classes = classes
        self.scale = scale
        self.keys = keys
        self.counts = counts
        self.pairs = pairs
        var capacity = 16
        while capacity * 5 < keys.count * 8 { capacity <<= 1 }  // load factor ≤ 0.625
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var offset: UInt64 = 0
        for (k, key) in keys.enumerated() {
            var i = Int(key) & mask
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = UInt64(key &+ 1) << 32 | offset << 8 | UInt64(counts[k])
            offset += UInt64(counts[k])
        }
        self.table = table
        self.tableMask = mask
    }

    /// Adds the weights of the features `hashes[0..<count]` into `scores` (one Int32 per class).
    @inlinable @inline(__always)
    func score(
        _ hashes: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>,
        table t: UnsafePointer<UInt64>, pairs p: UnsafePointer<UInt32>
    ) {
        let mask = tableMask
        for f in 0..<count {
            let slot = FeatureHash.slot(hashes[f], bits: bits)
            let want = UInt64(slot &+ 1)
            var i = Int(slot) & mask
            while true {
                let e = t[i]
                if e == 0 { break }
                if e >> 32 == want {
                    let start = Int((e >> 8) & 0xFF_FFFF)
                    let end = start + Int(e & 0xFF)
                    for j in start..<end {
                        let v = p[j]
                        scores[Int(v >> 16)] &+= Int32(Int16(truncatingIfNeeded: v))
                    }
                    break
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Scores with unsafe access set up here (for callers outside a hot loop).
    func score(_ hashes: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        table.withUnsafeBufferPointer { t in
            pairs.withUnsafeBufferPointer { p in
                score(hashes, count, into: scores, table: t.baseAddress!, pairs: p.baseAddress!)
            }
        }
    }
}

/// A linear model's weights for exactly three classes (the arc-hybrid transitions), stored inline in
/// 8-byte hash-table cells so that each feature costs one memory access and the table stays small
/// enough for the cache: 16 bits identify the slot (its bits above the table index, and how far the cell
/// sits from its home), then three Int16 weights.
@usableFromInline
struct DenseWeights3: Sendable, Hashable {
    @usableFromInline let bits: Int
    let scale: Float
    /// Slots present, in the file's order.
    let keys: [UInt32]
    /// Three weights per key.
    let weights: [Int16]
    /// The cells: `tag | w0 << 16 | w1 << 32 | w2 << 48`, tag = (displacement << 8 | slot >> tableBits) + 1;
    /// 0 marks an empty cell.
    @usableFromInline let table: [UInt64]
    @usableFromInline let tableBits: Int
    @usableFromInline let tableMask: Int

    init(bits: Int, scale: Float, keys: [UInt32], weights: [Int16]) {
        self.bits = bits
        self.scale = scale
        self.keys = keys
        self.weights = weights
        var k = max(4, bits - 8)
        while (1 << k) * 5 < keys.count * 8 { k += 1 }  // load factor ≤ 0.625
        while true {
            if let t = Self.build(keys, weights, tableBits: k) {
                table = t
                break
            }
            k += 1
        }
        tableBits = k
        tableMask = (1 << k) - 1
    }

    /// Fills a table of `1 << tableBits` cells, or nil if some key lands more than 254 cells from home.
    static func build(_ keys: [UInt32], _ weights: [Int16], tableBits k: Int) -> [UInt64]? {
        let mask = (1 << k) - 1
        var table = [UInt64](repeating: 0, count: 1 << k)
        for (n, key) in keys.enumerated() {
            let home = Int(key) & mask
            let high = Int(key) >> k
            var d = 0
            while table[(home + d) & mask] != 0 {
                d += 1
                if d > 254 { return nil }
            }
            let tag = UInt64((d << 8 | high) + 1)
            let w0 = UInt64(UInt16(bitPattern: weights[3 * n]))
            let w1 = UInt64(UInt16(bitPattern: weights[3 * n + 1]))
            let w2 = UInt64(UInt16(bitPattern: weights[3 * n + 2]))
            table[(home + d) & mask] = tag | w0 << 16 | w1 << 32 | w2 << 48
        }
        return table
    }

    /// Adds the weights of `hashes[0..<count]` into `scores[0...2]`.
    @inlinable @inline(__always)
    func score(_ hashes: UnsafePointer<UInt64>, _ count: Int, into scores: inout SIMD4<Int32>, table t: UnsafePointer<UInt64>)
    {
        let mask = tableMask
        let k = UInt32(tableBits)
        var acc = SIMD4<Int32>(repeating: 0)
        for f in 0..<count {
            let slot = FeatureHash.slot(hashes[f], bits: bits)
            let home = Int(slot) & mask
            var want = UInt64(slot >> k) &+ 1
            var i = home
            while true {
                let e = t[i]
                if e == 0 { break }
                if e & 0xFFFF == want {
                    acc &+= SIMD4(
                        Int32(Int16(truncatingIfNeeded: e >> 16)), Int32(Int16(truncatingIfNeeded: e >> 32)),
                        Int32(Int16(truncatingIfNeeded: e >> 48)), 0)
                    break
                }
                i = (i + 1) & mask
                want &+= 256
                if want > 0xFFFF { break }
            }
        }
        scores &+= acc
    }
}
