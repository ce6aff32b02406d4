/// An open-addressing hash table from (trie node, token key) to the child node.
///
/// The phrase automaton asks it one question per token of text, so it avoids `Dictionary`'s
/// generic hashing: keys are already good 64-bit hashes, entries are 16 bytes side by side (one
/// cache line per probe), and a bit filter of phrase-initial keys answers "no phrase starts
/// here" — the answer for most tokens — without touching the table.
struct TransitionTable: Sendable {
    private struct Entry {
        var key: UInt64
        var node: Int32
        var child: Int32
    }

    private var entries: [Entry]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0
    /// Bits set for keys that leave the root node.
    private var rootFilter: [UInt64]
    private static let filterBits = 1 << 21

    init(capacity: Int = 1024) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        entries = Array(repeating: Entry(key: 0, node: -1, child: -1), count: size)
        mask = size - 1
        shift = 64 - bits
        rootFilter = Array(repeating: 0, count: Self.filterBits / 64)
    }

    @inline(__always)
    private func slot(_ node: Int32, _ key: UInt64) -> Int {
        let h = (key ^ (UInt64(UInt32(bitPattern: node)) &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> shift)
    }

    @inline(__always)
    private static func filterIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xBF58_476D_1CE4_E5B9) >> 43)  // 21 bits
    }

    /// The child of `node` along `key`, if any.
    @inline(__always)
    func child(of node: Int32, key: UInt64) -> Int32? {
        if node == 0 {
            let f = Self.filterIndex(key)
            if rootFilter.withUnsafeBufferPointer({ $0[f >> 6] & (1 << UInt64(f & 63)) }) == 0 { return nil }
        }
        var i = slot(node, key)
        return entries.withUnsafeBufferPointer { e in
            while true {
                let n = e[i].node
                if n < 0 { return nil }
                if n == node && e[i].key == key { return e[i].child }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds a transition; the caller makes sure it is not present yet.
    mutating func insert(node: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > entries.count { grow() }
        var i = slot(node, key)
        while entries[i].node >= 0 { i = (i + 1) & mask }
        entries[i] = Entry(key: key, node: node, child: child)
        count += 1
        if node == 0 {
            let f = Self.filterIndex(key)
            rootFilter[f >> 6] |= 1 << UInt64(f & 63)
        }
    }

    private mutating func grow() {
        let old = entries
        var bigger = TransitionTable(capacity: entries.count)
        for e in old where e.node >= 0 { bigger.insert(node: e.node, key: e.key, child: e.child) }
        self = bigger
    }
}
