/// An open-addressing hash table from (trie node, token key) to the child node.
///
/// The phrase automaton asks it one question per token of text, so it avoids `Dictionary`'s
/// generic hashing: keys are already good 64-bit hashes, and a miss costs one or two probes.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var nodes: [Int32]
    private var children: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        nodes = Array(repeating: -1, count: size)
        children = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        var h = key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The child of `node` along `key`, if any.
    @inline(__always)
    func child(of node: Int32, key: UInt64) -> Int32? {
        var i = Self.slot(node, key, mask)
        return keys.withUnsafeBufferPointer { k in
            nodes.withUnsafeBufferPointer { n in
                while true {
                    let nn = n[i]
                    if nn < 0 { return nil }
                    if nn == node && k[i] == key { return children[i] }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Adds a transition; the caller makes sure it is not present yet.
    mutating func insert(node: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(node, key, mask)
        while nodes[i] >= 0 { i = (i + 1) & mask }
        keys[i] = key
        nodes[i] = node
        children[i] = child
        count += 1
    }

    private mutating func grow() {
        let old = (keys, nodes, children)
        var bigger = TransitionTable(capacity: keys.count)
        for i in 0..<old.0.count where old.1[i] >= 0 {
            bigger.insert(node: old.1[i], key: old.0[i], child: old.2[i])
        }
        self = bigger
    }
}
