/// A small, read-only hash map from token keys to values, for the word tables of the number and
/// date recognisers.
///
/// Token keys are already FNV-1a hashes, so hashing them again with SipHash, as `Dictionary`
/// does, only costs time. This open-addressing table uses the key's own bits and answers a miss —
/// the common case, since most words are neither numbers nor dates — with one or two array reads.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    /// Builds a table; later pairs with the same key replace earlier ones.
    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(key, value) }
    }

    /// Builds a table from words, hashing each with `TokenKey.of`.
    init(words: [(String, Value)]) {
        self.init(words.map { (TokenKey.of($0.0), $0.1) })
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        precondition(key != 0, "0 marks an empty slot")
        var i = KeyTable.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(_ key: UInt64) -> Value? {
        var i = KeyTable.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

/// A set of token keys with the same fast lookup as `KeyTable`.
struct KeySet: Sendable {
    private var table: KeyTable<Bool>

    /// Builds a set from words, hashing each with `TokenKey.of`.
    init(_ words: [String]) {
        table = KeyTable(words: words.map { ($0, true) })
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
