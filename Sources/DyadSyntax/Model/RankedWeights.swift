/// The run-time form of a sparse many-class table (tagger, labeller), addressed by rank so that a
/// feature costs one load from a small index and one from the cells, with no probing and no branch
/// on whether the feature is present.
///
/// - The index holds, for every block of 64 feature slots, the slots present (a bitmap word) and the
///   number of present slots in earlier blocks. A present slot's row is cell `1 + rank`, where rank
///   counts the present slots before it; an absent slot reads cell 0, which is empty. The index is
///   16 bytes per 64 slots (256 KB for 2^20 slots), so it mostly stays in the L2 cache.
/// - A cell is 8 bytes: four (class, Int8 weight) pairs, unused pairs (0, 0), so scoring adds all four
///   unconditionally. A row of more than four pairs keeps them in `overflow`, padded to whole cells of
///   four; its cell is `0xFF | cellCount << 8 | firstCell << 16`.
///
/// Compared with an open-addressing hash table this halves the memory the tables take (no empty
/// cells) and, above all, lets the loads of many features be in flight at once: the branch-free
/// lookups never make the processor throw away loads it has started.
@usableFromInline
struct RankedWeights: Sendable, Hashable {
    /// The feature-slot width.
    @usableFromInline let bits: Int
    /// The number of classes.
    @usableFromInline let classes: Int
    /// Per block of 64 slots: the presence word, then `1 +` the number of present slots before the block.
    @usableFromInline let index: [UInt64]
    /// Cell 0 is empty; cell `1 + r` is the row of the r-th present slot.
    @usableFromInline let cells: TableMemory<UInt64>
    /// The rows longer than four pairs, four pairs per cell (padded with (0, 0)), after an empty cell 0.
    @usableFromInline let overflow: [UInt64]

    /// The marker of a cell whose row lies in `overflow`.
    @usableFromInline static let long: UInt64 = 0xFF
    /// Pairs a cell holds inline.
    static let inline = 4

    /// Packs a training-precision table, requantising its weights to Int8 (the largest magnitude maps to 127).
    init(_ w: SparseWeights) {
        let maxAbs = w.maxMagnitude
        let pairs = w.pairs.map { v -> UInt16 in
            let q = Int8(clamping: Quantize.toInt8(Int(Int16(truncatingIfNeeded: v)), maxAbs))
            return UInt16(v >> 16) | UInt16(UInt8(bitPattern: q)) << 8
        }
        self.init(bits: w.bits, classes: w.classes, keys: w.keys, counts: w.counts, pairs: pairs)
    }

    /// Packs rows: for each key (ascending), `counts[i]` pairs `class | UInt8(bitPattern: weight) << 8`.
    /// Rows longer than 255 pairs cannot occur (a row has at most one pair per class).
    init(bits: Int, classes: Int, keys: [UInt32], counts: [UInt8], pairs: [UInt16]) {
        var present = [UInt64](repeating: 0, count: Self.blocks(bits))
        var cells: [UInt64] = [0]
        var overflow: [UInt64] = [0]
        cells.reserveCapacity(keys.count + 1)
        var at = 0
        for (k, key) in keys.enumerated() {
            // Pairs whose weight rounded to zero add nothing: drop them (and rows left empty).
            let row = pairs[at..<(at + Int(counts[k]))].filter { $0 >> 8 != 0 }
            at += Int(counts[k])
            let n = row.count
            guard n > 0 else { continue }
            present[Int(key >> 6)] |= 1 << UInt64(key & 63)
            var packed: [UInt64] = []
            for (j, p) in row.enumerated() {
                if j % Self.inline == 0 { packed.append(0) }
                packed[packed.count - 1] |= UInt64(p) << UInt64(16 * (j % Self.inline))
            }
            if packed.count == 1 {
                cells.append(packed[0])
            } else {
                cells.append(Self.long | UInt64(packed.count) << 8 | UInt64(overflow.count) << 16)
                overflow += packed
            }
        }
        self.init(bits: bits, classes: classes, present: present, cells: cells, overflow: overflow)!
    }

    /// Adopts tables read from a model file, checking them; nil if anything is inconsistent.
    init?(bits: Int, classes: Int, present: [UInt64], cells: [UInt64], overflow: [UInt64]) {
        guard (6...30).contains(bits), (1...254).contains(classes), present.count == Self.blocks(bits),
            cells.first == 0, overflow.first == 0, overflow.count < 1 << 32
        else { return nil }
        var index = [UInt64](repeating: 0, count: 2 * present.count)
        var rank = 1
        for (b, word) in present.enumerated() {
            index[2 * b] = word
            index[2 * b + 1] = UInt64(rank)
            rank += word.nonzeroBitCount
        }
        guard rank == cells.count else { return nil }
        func valid(_ cell: UInt64) -> Bool {
            (0..<Self.inline).allSatisfy { Int((cell >> UInt64(16 * $0)) & 0xFF) < classes }
        }
        for cell in cells {
            if cell & 0xFF == Self.long {
                let n = Int((cell >> 8) & 0xFF)
                let start = Int(cell >> 16)
                guard n > 1, start >= 1, start + n <= overflow.count else { return nil }
            } else if !valid(cell) {
                return nil
            }
        }
        guard overflow.allSatisfy(valid) else { return nil }
        self.bits = bits
        self.classes = classes
        self.index = index
        self.cells = TableMemory(cells)
        self.overflow = overflow
    }

    static func blocks(_ bits: Int) -> Int { max(1, (1 << bits) / 64) }

    /// Bytes of index, cells and overflow.
    var bytes: Int { index.count * 8 + cells.count * 8 + overflow.count * 8 }

    /// The presence words (the file's form).
    var present: [UInt64] { stride(from: 0, to: index.count, by: 2).map { index[$0] } }

    /// The rows: keys ascending, pairs per key, and the pairs.
    var rows: (keys: [UInt32], counts: [UInt8], pairs: [UInt16]) {
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var pairs: [UInt16] = []
        var r = 1
        let c = cells.array
        for (b, word) in present.enumerated() {
            var w = word
            while w != 0 {
                let bit = w.trailingZeroBitCount
                w &= w - 1
                keys.append(UInt32(b * 64 + bit))
                let cell = c[r]
                r += 1
                var run = [cell]
                if cell & 0xFF == Self.long {
                    let start = Int(cell >> 16)
                    run = Array(overflow[start..<(start + Int((cell >> 8) & 0xFF))])
                }
                var n = 0
                for x in run {
                    for j in 0..<Self.inline {
                        let p = UInt16(truncatingIfNeeded: x >> UInt64(16 * j))
                        // A zero weight is never stored, so (0, 0) is padding.
                        if p >> 8 != 0 {
                            pairs.append(p)
                            n += 1
                        }
                    }
                }
                counts.append(UInt8(n))
            }
        }
        return (keys, counts, pairs)
    }

    /// Adds the weights of the features `hashes[0..<count]` into `scores`.
    @inlinable @inline(__always)
    func score(_ hashes: UnsafeMutablePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        scoreRows(hashes, rows: 1, perRow: count, into: scores, stride: 0)
    }

    /// Adds the weights of `rows × perRow` features into as many score rows: the features
    /// `hashes[r * perRow ..< (r + 1) * perRow]` go to `scores[r * stride ..< r * stride + classes]`.
    /// Every cell is loaded before any is added, so the loads of a whole sentence overlap.
    @inlinable @inline(__always)
    func scoreRows(
        _ hashes: UnsafeMutablePointer<UInt64>, rows: Int, perRow: Int, into scores: UnsafeMutablePointer<Int32>,
        stride: Int
    ) {
        let count = rows * perRow
        let shift = UInt64(64 - bits)
        index.withUnsafeBufferPointer { ix in
            cells.withUnsafeBufferPointer { cb in
                let x = ix.baseAddress!
                let c = cb.baseAddress!
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { baseBuf in
                    let base = baseBuf.baseAddress!
                    // Pass 1: the index entries, in a short loop so that many loads are in flight.
                    for f in 0..<count {
                        let slot = Int(truncatingIfNeeded: (hashes[f] &* FeatureHash.m3) >> shift)
                        let block = slot >> 6
                        hashes[f] = x[2 * block]
                        base[f] = x[2 * block + 1] << 6 | UInt64(slot & 63)
                    }
                    // Pass 2: every feature's cell number (branch-free).
                    for f in 0..<count {
                        let word = hashes[f]
                        let bit = base[f] & 63
                        let rank = (base[f] >> 6) &+ UInt64((word & ((1 << bit) &- 1)).nonzeroBitCount)
                        hashes[f] = (word >> bit) & 1 != 0 ? rank : 0
                    }
                }
                // Pass 3: the cells, again in a short loop.
                for f in 0..<count { hashes[f] = c[Int(truncatingIfNeeded: hashes[f])] }
                overflow.withUnsafeBufferPointer { ob in
                    let o = ob.baseAddress!
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { firstBuf in
                        let first = firstBuf.baseAddress!
                        // Pass 4: the first overflow cell of every long row (cell 0 for the others), again
                        // branch-free, so these dependent loads overlap too.
                        for f in 0..<count {
                            let cell = hashes[f]
                            first[f] = o[cell & 0xFF == Self.long ? Int(truncatingIfNeeded: cell >> 16) : 0]
                        }
                        // Pass 5: add the pairs.
                        var f = 0
                        for r in 0..<rows {
                            let s = scores + r * stride
                            for _ in 0..<perRow {
                                let cell = hashes[f]
                                if cell & 0xFF == Self.long {
                                    addInline(first[f], into: s)
                                    let start = Int(truncatingIfNeeded: cell >> 16)
                                    for j in 1..<Int((cell >> 8) & 0xFF) { addInline(o[start + j], into: s) }
                                } else {
                                    addInline(cell, into: s)
                                }
                                f += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds a cell's four inline pairs into `s`.
    @inlinable @inline(__always)
    func addInline(_ cell: UInt64, into s: UnsafeMutablePointer<Int32>) {
        s[Int(cell & 0xFF)] &+= Int32(Int8(truncatingIfNeeded: cell >> 8))
        s[Int((cell >> 16) & 0xFF)] &+= Int32(Int8(truncatingIfNeeded: cell >> 24))
        s[Int((cell >> 32) & 0xFF)] &+= Int32(Int8(truncatingIfNeeded: cell >> 40))
        s[Int((cell >> 48) & 0xFF)] &+= Int32(Int8(truncatingIfNeeded: cell >> 56))
    }
}
