/// The run-time weights of the transition classifier (three classes): Int8 weights packed into 4-byte
/// hash-table cells (an 8-bit tag identifying the slot, then three weights), so a feature costs one
/// access to a table a quarter the size of a wide one — the transition table is the parser's hottest
/// memory. The model file stores this table as is.
@usableFromInline
struct DenseWeights3: Sendable, Hashable {
    @usableFromInline let bits: Int
    /// The cells: `tag | w0 << 8 | w1 << 16 | w2 << 24` with Int8 weights and
    /// tag = 1 + (displacement << highBits | slot >> tableBits); 0 marks an empty cell.
    /// The cells, in huge-page memory.
    @usableFromInline let memory: TableMemory<UInt32>
    /// The cells as an array.
    var table: [UInt32] { memory.array }
    @usableFromInline let tableBits: Int
    @usableFromInline let tableMask: Int
    /// Bits of the slot above the table index kept in the tag (0–2).
    @usableFromInline let highBits: Int
    /// One bit per feature slot (see `SparseWeights.present`).
    @usableFromInline let present: [UInt64]
    /// True when the table has a cell for every slot (`tableBits == bits`), so no cell is ever displaced:
    /// a feature's weights are then its slot's cell, an empty cell adds zeros, and scoring needs neither
    /// the presence bitmap nor a branch (the shipped model; see `scoreDirect`).
    @usableFromInline let direct: Bool

    /// Packs training-precision rows, requantising them to Int8 (the largest magnitude maps to 127).
    init(_ rows: TransitionRows) {
        var maxAbs = 1
        for w in rows.weights { maxAbs = max(maxAbs, abs(Int(w))) }
        let q8 = rows.weights.map { Int8(clamping: Quantize.toInt8(Int($0), maxAbs)) }
        self.init(bits: rows.bits, keys: rows.keys, q8: q8)
    }

    /// Packs rows of Int8 weights (three per key).
    init(bits: Int, keys: [UInt32], q8: [Int8]) {
        self.bits = bits
        let keys = keys
        var k = max(4, bits - 2)
        while (1 << k) * 23 < keys.count * 25 { k += 1 }  // load factor ≤ 0.92: 4-byte cells, few lines per probe
        while true {
            if let t = Self.build(keys, q8, bits: bits, tableBits: k) {
                memory = TableMemory(t)
                break
            }
            k += 1
        }
        tableBits = k
        tableMask = (1 << k) - 1
        highBits = max(0, bits - k)
        present = PresenceBitmap.of(keys, bits: bits)
        direct = k == bits
    }

    /// Adopts a table read from a model file, checking every cell; nil if a cell is inconsistent.
    init?(bits: Int, tableBits k: Int, table: [UInt32]) {
        guard (1...30).contains(bits), (4...30).contains(k), table.count == 1 << k, bits - k <= 2 else { return nil }
        self.bits = bits
        self.memory = TableMemory(table)
        tableBits = k
        tableMask = (1 << k) - 1
        highBits = max(0, bits - k)
        let h = highBits
        let mask = tableMask
        var bm = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        let ok = bm.withUnsafeMutableBufferPointer { b in
            table.withUnsafeBufferPointer { t in
                for pos in 0..<t.count where t[pos] != 0 {
                    let tag = Int(t[pos] & 0xFF) - 1
                    let d = tag >> h
                    let slot = ((tag & ((1 << h) - 1)) << k) | ((pos - d) & mask)
                    guard d <= (255 >> h) - 1, slot < 1 << bits else { return false }
                    b[slot >> 6] |= 1 << UInt64(slot & 63)
                }
                return true
            }
        }
        guard ok else { return nil }
        present = bm
        direct = k == bits && table.allSatisfy { $0 & 0xFF <= 1 }
    }

    /// The (slot, three Int8 weights) rows of a table, in cell order; nil if a cell's tag is impossible.
    static func rows(_ table: [UInt32], bits: Int, tableBits k: Int) -> (keys: [UInt32], q8: [Int8])? {
        let h = max(0, bits - k)
        let mask = (1 << k) - 1
        var keys: [UInt32] = []
        var q8: [Int8] = []
        for (pos, cell) in table.enumerated() where cell != 0 {
            let tag = Int(cell & 0xFF) - 1
            let d = tag >> h
            let slot = ((tag & ((1 << h) - 1)) << k) | ((pos - d) & mask)
            guard d <= (255 >> h) - 1, slot < 1 << bits else { return nil }
            keys.append(UInt32(slot))
            for c in 0..<3 { q8.append(Int8(truncatingIfNeeded: cell >> UInt32(8 + 8 * c))) }
        }
        return (keys, q8)
    }

    /// Fills a table of `1 << tableBits` cells by Robin Hood insertion (a cell far from its home takes the
    /// place of one nearer to its own), which keeps every probe short even when the table is nearly
    /// full; nil if some cell would still land too far from home for its tag to say.
    static func build(_ keys: [UInt32], _ q8: [Int8], bits: Int, tableBits k: Int) -> [UInt32]? {
        let mask = (1 << k) - 1
        let h = max(0, bits - k)
        let maxDisp = (255 >> h) - 1
        var table = [UInt32](repeating: 0, count: 1 << k)
        let ok = table.withUnsafeMutableBufferPointer { t in
            keys.withUnsafeBufferPointer { kp in
                q8.withUnsafeBufferPointer { wp in
                    for n in 0..<kp.count {
                        var pos = Int(kp[n]) & mask
                        var high = Int(kp[n]) >> k
                        var d = 0
                        var payload: UInt32 = 0
                        for c in 0..<3 { payload |= UInt32(UInt8(bitPattern: wp[3 * n + c])) << UInt32(8 + 8 * c) }
                        while true {
                            let cur = t[pos]
                            if cur == 0 {
                                t[pos] = UInt32((d << h | high) + 1) | payload
                                break
                            }
                            let curTag = Int(cur & 0xFF) - 1
                            let curD = curTag >> h
                            if curD < d {
                                t[pos] = UInt32((d << h | high) + 1) | payload
                                payload = cur & ~0xFF
                                high = curTag & ((1 << h) - 1)
                                d = curD
                            }
                            pos = (pos + 1) & mask
                            d += 1
                            if d > maxDisp { return false }
                        }
                    }
                    return true
                }
            }
        }
        return ok ? table : nil
    }

    /// Adds the weights of `hashes[0..<count]` into `scores[0...2]`: features absent from the presence
    /// bitmap are skipped, the home cells of the others are loaded together (independent loads the memory
    /// system overlaps), then resolved, probing on only where a home cell holds another slot.
    /// `hashes` is overwritten.
    @inlinable @inline(__always)
    func score(
        _ hashes: UnsafeMutablePointer<UInt64>, _ count: Int, into scores: inout SIMD4<Int32>,
        table t: UnsafePointer<UInt32>, present bm: UnsafePointer<UInt64>
    ) {
        if direct {
            scores &+= scoreDirect(hashes, count, table: t)
            return
        }
        withUnsafeMutablePointer(to: &scores) { s in
            scoreRows(hashes, rows: 1, perRow: count, into: s, table: t, present: bm)
        }
    }

    /// The summed weights of `hashes[0..<count]` in a direct table: one load per feature and no branch,
    /// so the loads of all features are in flight together.
    @inlinable @inline(__always)
    func scoreDirect(_ hashes: UnsafePointer<UInt64>, _ count: Int, table t: UnsafePointer<UInt32>) -> SIMD4<Int32> {
        let shift = UInt64(64 - bits)
        var acc = SIMD4<Int32>.zero
        for f in 0..<count {
            let cell = t[Int(truncatingIfNeeded: (hashes[f] &* FeatureHash.m3) >> shift)]
            // Lanes: the cell's tag byte (ignored), then the three weights.
            acc &+= SIMD4<Int32>(truncatingIfNeeded: unsafeBitCast(cell, to: SIMD4<Int8>.self))
        }
        return SIMD4(acc[1], acc[2], acc[3], 0)
    }

    /// Adds the weights of `rows × perRow` features into as many score vectors: the features
    /// `hashes[r * perRow ..< (r + 1) * perRow]` go to `scores[r]`. All loads are issued before any is
    /// resolved. `hashes` is overwritten.
    @inlinable @inline(__always)
    func scoreRows(
        _ hashes: UnsafeMutablePointer<UInt64>, rows: Int, perRow: Int, into scores: UnsafeMutablePointer<SIMD4<Int32>>,
        table t: UnsafePointer<UInt32>, present bm: UnsafePointer<UInt64>
    ) {
        if direct {
            for r in 0..<rows { scores[r] &+= scoreDirect(hashes + r * perRow, perRow, table: t) }
            return
        }
        let mask = tableMask
        let k = UInt32(tableBits)
        let h = UInt32(highBits)
        let b = bits
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: rows * perRow) { cellsBuf in
            let cells = cellsBuf.baseAddress!
            var m = 0
            var f = 0
            for r in 0..<rows {
                for _ in 0..<perRow {
                    let slot = FeatureHash.slot(hashes[f], bits: b)
                    f += 1
                    if (bm[Int(slot >> 6)] >> UInt64(slot & 63)) & 1 != 0 {
                        hashes[m] = UInt64(slot) | UInt64(r) << 32
                        cells[m] = t[Int(slot) & mask]
                        m += 1
                    }
                }
            }
            var acc = SIMD4<Int32>(repeating: 0)
            var row = 0
            for f in 0..<m {
                var e = cells[f]
                let slot = UInt32(truncatingIfNeeded: hashes[f])
                let r = Int(hashes[f] >> 32)
                if r != row {
                    scores[row] &+= acc
                    acc = .zero
                    row = r
                }
                var want = (slot >> k) &+ 1
                var i = Int(slot) & mask
                while e != 0 && e & 0xFF != want {
                    i = (i + 1) & mask
                    want &+= 1 << h
                    e = want > 0xFF ? 0 : t[i]
                }
                if e != 0 {
                    acc &+= SIMD4(
                        Int32(Int8(truncatingIfNeeded: e >> 8)), Int32(Int8(truncatingIfNeeded: e >> 16)),
                        Int32(Int8(truncatingIfNeeded: e >> 24)), 0)
                }
            }
            if rows > 0 { scores[row] &+= acc }
        }
    }
}
