/// The transition classifier's feature templates: Zhang & Nivre (2011)'s rich non-local features adapted
/// to arc-hybrid, where the deciding pairs are (s0, b0) for LEFT and (s1, s0) for RIGHT.
@usableFromInline
enum ParserFeatures {
    /// The most features one configuration yields.
    static let maximum = 64

    /// Writes the feature hashes of configuration `c` into `out` and returns their count.
    @inlinable @inline(__always)
    static func extract(_ c: ParserState, _ a: ParserAtoms, into out: UnsafeMutablePointer<UInt64>)
        -> Int
    {
        typealias H = FeatureHash
        let n = c.n
        let s0 = c.s(0) + 1
        let s1 = c.s(1) + 1
        let s2 = c.s(2) + 1
        let b0 = c.b(0) + 1
        let b1 = c.b(1) + 1
        let b2 = c.b(2) + 1
        let s0L = Int(c.left1[s0]) + 1
        let s0R = Int(c.right1[s0]) + 1
        let s1R = Int(c.right1[s1]) + 1
        let b0L = Int(c.left1[b0]) + 1
        let w = a.word
        let t = a.tag
        let wt = a.wordTag
        let lab = c.label
        @inline(__always) func l(_ x: Int) -> UInt64 { UInt64(lab[x]) }
        let d0: UInt64 = s0 == 0 ? 0 : (b0 == n + 1 ? 15 : ParserAtoms.bucket(b0 - s0))
        let d1: UInt64 = s1 == 0 ? 0 : ParserAtoms.bucket(s0 - s1)
        let s0vl = UInt64(c.leftCount[s0])
        let s0vr = UInt64(c.rightCount[s0])
        let b0vl = UInt64(c.leftCount[b0])
        let s1vr = UInt64(c.rightCount[s1])
        let s0sl = c.leftSet[s0]
        let s0sr = c.rightSet[s0]
        let b0sl = c.leftSet[b0]
        let s1sr = c.rightSet[s1]
        let s1sl = c.leftSet[s1]
        var k = 0
        @inline(__always) func put(_ h: UInt64) {
            out[k] = h
            k += 1
        }
        // Single positions.
        put(H.of(0, 1))
        put(H.of(1, w[s0]))
        put(H.of(2, t[s0]))
        put(H.of(3, wt[s0]))
        put(H.of(4, w[s1]))
        put(H.of(5, t[s1]))
        put(H.of(6, wt[s1]))
        put(H.of(7, t[s2]))
        put(H.of(9, w[b0]))
        put(H.of(10, t[b0]))
        put(H.of(11, wt[b0]))
        put(H.of(12, w[b1]))
        put(H.of(13, t[b1]))
        put(H.of(14, wt[b1]))
        put(H.of(16, t[b2]))
        // (s0, b0) pairs.
        put(H.of(17, wt[s0], wt[b0]))
        put(H.of(18, wt[s0], w[b0]))
        put(H.of(19, w[s0], wt[b0]))
        put(H.of(22, w[s0], w[b0]))
        put(H.of(23, t[s0], t[b0]))
        // (s1, s0) pairs.
        put(H.of(24, wt[s1], wt[s0]))
        put(H.of(25, wt[s1], w[s0]))
        put(H.of(26, w[s1], wt[s0]))
        put(H.of(29, w[s1], w[s0]))
        put(H.of(30, t[s1], t[s0]))
        // Tag trigrams.
        put(H.of(31, t[b0], t[b1]))
        put(H.of(32, t[b0], t[b1], t[b2]))
        put(H.of(33, t[s0], t[b0], t[b1]))
        put(H.of(34, t[s1], t[s0], t[b0]))
        put(H.of(35, t[s2], t[s1], t[s0]))
        // Children of s0, b0, s1.
        put(H.of(41, w[s0L]))
        put(H.of(42, t[s0L]))
        put(H.of(43, l(s0L)))
        put(H.of(44, w[s0R]))
        put(H.of(45, t[s0R]))
        put(H.of(46, l(s0R)))
        put(H.of(49, w[b0L]))
        put(H.of(50, t[b0L]))
        put(H.of(51, l(b0L)))
        put(H.of(53, w[s1R]))
        put(H.of(54, t[s1R]))
        put(H.of(55, l(s1R)))
        // Children in context.
        put(H.of(58, t[s0], t[s0L], t[b0]))
        put(H.of(59, t[s0], t[s0R], t[b0]))
        put(H.of(60, t[s0], t[b0], t[b0L]))
        put(H.of(64, t[s1], t[s0], t[s0L]))
        put(H.of(66, t[s1], t[s0], t[s0R]))
        // Distance.
        put(H.of(70, t[s0], d0))
        put(H.of(72, t[b0], d0))
        put(H.of(73, t[s0], t[b0], d0))
        put(H.of(75, t[s1], t[s0], d1))
        put(H.of(76, w[s1], w[s0], d1))
        // Valency.
        put(H.of(80, t[s0], s0vl))
        put(H.of(82, t[s0], s0vr))
        put(H.of(84, t[b0], b0vl))
        put(H.of(85, t[s1], s1vr))
        // Label sets.
        put(H.of(89, t[s0], s0sl))
        put(H.of(91, t[s0], s0sr))
        put(H.of(93, t[b0], b0sl))
        put(H.of(94, t[s1], s1sr, s1sl))
        put(H.of(95, t[s1], t[s0], s1 == 0 ? 0x99 : a.between(s1 - 1, s0 - 1)))
        put(H.of(96, t[s0], t[b0], s0 == 0 ? 0x99 : a.between(s0 - 1, b0 - 1)))
        return k
    }
}
