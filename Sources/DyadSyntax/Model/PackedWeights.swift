/// The run-time form of a sparse many-class table (tagger, labeller): 8-byte hash-table cells that hold
/// the slot's tag and up to three (class, Int8 weight) pairs inline, so most features cost one memory
/// access instead of two (cell, then pair run). A row with more pairs takes several cells, all flagged
/// "more"; the table is built by Robin Hood insertion, so a lookup may stop at the first cell that sits
/// nearer its own home than the sought slot would.
///
/// Cell: bits 0–7 tag = 1 + (displacement << highBits | slot >> tableBits); bit 8 "more"; bits 9–10 the
/// number of pairs in this cell; bits 16–63 three pairs of (class 8 bits, Int8 weight 8 bits).
@usableFromInline
struct PackedWeights: Sendable, Hashable {
    @usableFromInline let bits: Int
    @usableFromInline let classes: Int
    @usableFromInline let table: [UInt64]
    @usableFromInline let tableBits: Int
    @usableFromInline let tableMask: Int
    @usableFromInline let highBits: Int
    /// One bit per feature slot (see `SparseWeights.present`).
    @usableFromInline let present: [UInt64]

    /// Packs a training-precision table, requantising its weights to Int8 (the largest magnitude maps to 127).
    init(_ w: SparseWeights) {
        let maxAbs = w.maxMagnitude
        let pairs = w.pairs.map { v -> UInt16 in
            let q = Int8(clamping: Quantize.toInt8(Int(Int16(truncatingIfNeeded: v)), maxAbs))
            return UInt16(v >> 16) | UInt16(UInt8(bitPattern: q)) << 8
        }
        self.init(bits: w.bits, classes: w.classes, keys: w.keys, counts: w.counts, pairs: pairs)
    }

    /// Packs rows: for each key, `counts[i]` pairs `class | UInt8(bitPattern: weight) << 8`.
    init(bits: Int, classes: Int, keys: [UInt32], counts: [UInt8], pairs: [UInt16]) {
        self.bits = bits
        self.classes = classes
        var cells = 0
        for c in counts { cells += (Int(c) + 2) / 3 }
        var k = max(4, bits - 2)
        while (1 << k) * 23 < cells * 25 { k += 1 }  // load factor ≤ 0.92
        while true {
            if let t = Self.build(bits: bits, keys: keys, counts: counts, pairs: pairs, tableBits: k) {
                table = t
                break
            }
            k += 1
        }
        tableBits = k
        tableMask = (1 << k) - 1
        highBits = max(0, bits - k)
        present = PresenceBitmap.of(keys, bits: bits)
    }

    /// Adopts a table read from a model file, checking every cell; nil if a cell is inconsistent.
    init?(bits: Int, classes: Int, tableBits k: Int, table: [UInt64]) {
        guard (1...30).contains(bits), (4...30).contains(k), (1...255).contains(classes), table.count == 1 << k,
            bits - k <= 2
        else { return nil }
        self.bits = bits
        self.classes = classes
        self.table = table
        tableBits = k
        tableMask = (1 << k) - 1
        highBits = max(0, bits - k)
        // One pass: check every cell and mark its slot present.
        let h = highBits
        let mask = tableMask
        var bm = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        let ok = bm.withUnsafeMutableBufferPointer { b in
            table.withUnsafeBufferPointer { t in
                for pos in 0..<t.count where t[pos] != 0 {
                    let cell = t[pos]
                    let tag = Int(cell & 0xFF) - 1
                    let d = tag >> h
                    let slot = ((tag & ((1 << h) - 1)) << k) | ((pos - d) & mask)
                    let n = Int((cell >> 9) & 3)
                    guard d <= (255 >> h) - 1, slot < 1 << bits, n >= 1 else { return false }
                    for j in 0..<n where Int((cell >> UInt64(16 + 16 * j)) & 0xFF) >= classes { return false }
                    b[slot >> 6] |= 1 << UInt64(slot & 63)
                }
                return true
            }
        }
        guard ok else { return nil }
        present = bm
    }

    /// The rows of a table (keys ascending; a key's pairs in cell order); nil if a cell is impossible.
    static func rows(_ table: [UInt64], bits: Int, classes: Int, tableBits k: Int) -> (
        keys: [UInt32], counts: [UInt8], pairs: [UInt16]
    )? {
        let h = max(0, bits - k)
        let mask = (1 << k) - 1
        var bySlot: [(slot: UInt32, pos: Int)] = []
        for (pos, cell) in table.enumerated() where cell != 0 {
            let tag = Int(cell & 0xFF) - 1
            let d = tag >> h
            let slot = ((tag & ((1 << h) - 1)) << k) | ((pos - d) & mask)
            let n = Int((cell >> 9) & 3)
            guard d <= (255 >> h) - 1, slot < 1 << bits, n >= 1 else { return nil }
            for j in 0..<n where Int((cell >> UInt64(16 + 16 * j)) & 0xFF) >= classes { return nil }
            bySlot.append((UInt32(slot), pos))
        }
        // Cells of one slot sit in one probe run; order them by slot, then by their distance from home.
        bySlot.sort { a, b in
            a.slot != b.slot ? a.slot < b.slot : ((a.pos - Int(a.slot)) & mask) < ((b.pos - Int(b.slot)) & mask)
        }
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var pairs: [UInt16] = []
        for (slot, pos) in bySlot {
            let cell = table[pos]
            let n = Int((cell >> 9) & 3)
            if keys.last != slot {
                keys.append(slot)
                counts.append(0)
            }
            guard Int(counts[counts.count - 1]) + n <= 255 else { return nil }
            counts[counts.count - 1] += UInt8(n)
            for j in 0..<n { pairs.append(UInt16(truncatingIfNeeded: cell >> UInt64(16 + 16 * j))) }
        }
        return (keys, counts, pairs)
    }

    static func build(bits: Int, keys: [UInt32], counts: [UInt8], pairs: [UInt16], tableBits k: Int) -> [UInt64]? {
        let mask = (1 << k) - 1
        let h = max(0, bits - k)
        let maxDisp = (255 >> h) - 1
        var table = [UInt64](repeating: 0, count: 1 << k)
        var at = 0
        let ok = table.withUnsafeMutableBufferPointer { table in
            pairs.withUnsafeBufferPointer { pairs in
                for (n, key) in keys.enumerated() {
                    let count = Int(counts[n])
                    var done = 0
                    while done < count {
                        let here = min(3, count - done)
                        var payload: UInt64 = UInt64(here) << 9
                        if count > 3 { payload |= 1 << 8 }
                        for j in 0..<here { payload |= UInt64(pairs[at + done + j]) << UInt64(16 + 16 * j) }
                        // Robin Hood insertion; cells of one slot keep their order (ties never swap).
                        var pos = Int(key) & mask
                        var high = Int(key) >> k
                        var d = 0
                        while true {
                            let cur = table[pos]
                            if cur == 0 {
                                table[pos] = UInt64((d << h | high) + 1) | payload
                                break
                            }
                            let curTag = Int(cur & 0xFF) - 1
                            let curD = curTag >> h
                            if curD < d {
                                table[pos] = UInt64((d << h | high) + 1) | payload
                                payload = cur & ~0xFF
                                high = curTag & ((1 << h) - 1)
                                d = curD
                            }
                            pos = (pos + 1) & mask
                            d += 1
                            if d > maxDisp { return false }
                        }
                        done += here
                    }
                    at += count
                }
                return true
            }
        }
        return ok ? table : nil
    }

    /// Adds the weights of the features `hashes[0..<count]` into `scores`; `hashes` is overwritten.
    @inlinable @inline(__always)
    func score(
        _ hashes: UnsafeMutablePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>,
        table t: UnsafePointer<UInt64>, present bm: UnsafePointer<UInt64>
    ) {
        let mask = tableMask
        let k = UInt64(tableBits)
        let h = UInt64(highBits)
        let b = bits
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { cellsBuf in
            let cells = cellsBuf.baseAddress!
            var m = 0
            for f in 0..<count {
                let slot = FeatureHash.slot(hashes[f], bits: b)
                if (bm[Int(slot >> 6)] >> UInt64(slot & 63)) & 1 != 0 {
                    hashes[m] = UInt64(slot)
                    cells[m] = t[Int(slot) & mask]
                    m += 1
                }
            }
            for f in 0..<m {
                var e = cells[f]
                let slot = hashes[f]
                var want = (slot >> k) &+ 1
                var i = Int(slot) & mask
                var d = 0
                while e != 0 {
                    let tag = e & 0xFF
                    if Int((tag &- 1) >> h) < d { break }  // Robin Hood: the slot cannot lie further on
                    if tag == want {
                        let n = Int((e >> 9) & 3)
                        var p = e >> 16
                        for _ in 0..<n {
                            scores[Int(p & 0xFF)] &+= Int32(Int8(truncatingIfNeeded: p >> 8))
                            p >>= 16
                        }
                        if e & 0x100 == 0 { break }
                    }
                    i = (i + 1) & mask
                    d += 1
                    want &+= 1 << h
                    if want > 0xFF { break }
                    e = t[i]
                }
            }
        }
    }
}
