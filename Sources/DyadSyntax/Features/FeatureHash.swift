/// Feature hashing: a feature is a template number and a few atoms (word keys, tags, labels, buckets)
/// mixed into 64 bits; its weight row sits at the hash's top `bits` bits.
///
/// Training and parsing compute features with these same functions, so a model file only has to
/// store the rows (keyed by slot) that training left non-zero.
@usableFromInline
enum FeatureHash {
    @usableFromInline static let m1: UInt64 = 0x9E37_79B9_7F4A_7C15
    @usableFromInline static let m2: UInt64 = 0xBF58_476D_1CE4_E5B9
    @usableFromInline static let m3: UInt64 = 0x94D0_49BB_1331_11EB

    @inlinable @inline(__always)
    static func start(_ template: Int) -> UInt64 { (UInt64(template) &+ 1) &* m1 }

    @inlinable @inline(__always)
    static func add(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* m2
        x ^= x >> 31
        return x
    }

    @inlinable @inline(__always)
    static func of(_ t: Int, _ a: UInt64) -> UInt64 { add(start(t), a) }
    @inlinable @inline(__always)
    static func of(_ t: Int, _ a: UInt64, _ b: UInt64) -> UInt64 { add(add(start(t), a), b) }
    @inlinable @inline(__always)
    static func of(_ t: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { add(add(add(start(t), a), b), c) }
    @inlinable @inline(__always)
    static func of(_ t: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        add(add(add(add(start(t), a), b), c), d)
    }

    /// The weight-table slot of a feature hash in a table of `1 << bits` rows.
    @inlinable @inline(__always)
    static func slot(_ h: UInt64, bits: Int) -> UInt32 { UInt32(truncatingIfNeeded: (h &* m3) >> UInt64(64 - bits)) }
}
