/// The transition classifier's feature templates: Zhang & Nivre (2011)'s rich non-local features adapted
/// to arc-hybrid, where the deciding pairs are (s0, b0) for LEFT and (s1, s0) for RIGHT.
@usableFromInline
enum ParserFeatures {
    /// The most features one configuration yields.
    static let maximum = 64
    /// The most features `extractPairs` yields.
    static let pairMaximum = 48

    /// Writes all feature hashes of configuration `c` into `out` and returns their count (training).
    @inlinable @inline(__always)
    static func extract(_ c: ParserState, _ a: ParserAtoms, into out: UnsafeMutablePointer<UInt64>) -> Int {
        var k = extractPairs(c, a, into: out)
        k += extractBias(into: out + k)
        k += extractStack0(a, c.s(0) + 1, into: out + k)
        k += extractStack1(a, c.s(1) + 1, into: out + k)
        k += extractStack2(a, c.s(2) + 1, into: out + k)
        k += extractBuffer(a, front: c.front, into: out + k)
        return k
    }

    /// The templates that read one position's word and tag only: their weights are summed once per
    /// token and role (`TransitionCache`) instead of at every transition.
    static let perTokenCount = 17

    /// The bias.
    @inlinable @inline(__always)
    static func extractBias(into out: UnsafeMutablePointer<UInt64>) -> Int {
        out[0] = FeatureHash.of(0, 1)
        return 1
    }

    /// The templates of the stack top at atom index `x` (position + 1; 0 for nobody).
    @inlinable @inline(__always)
    static func extractStack0(_ a: ParserAtoms, _ x: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        out[0] = FeatureHash.of(1, a.word[x])
        out[1] = FeatureHash.of(2, a.tag[x])
        out[2] = FeatureHash.of(3, a.wordTag[x])
        return 3
    }

    /// The templates of the item below the stack top at atom index `x`.
    @inlinable @inline(__always)
    static func extractStack1(_ a: ParserAtoms, _ x: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        out[0] = FeatureHash.of(4, a.word[x])
        out[1] = FeatureHash.of(5, a.tag[x])
        out[2] = FeatureHash.of(6, a.wordTag[x])
        return 3
    }

    /// The template of the third stack item at atom index `x`.
    @inlinable @inline(__always)
    static func extractStack2(_ a: ParserAtoms, _ x: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        out[0] = FeatureHash.of(7, a.tag[x])
        return 1
    }

    /// The templates of the buffer's first three items when its front is position `front` (0 ... n):
    /// the buffer is contiguous, so they depend on the front alone.
    @inlinable @inline(__always)
    static func extractBuffer(_ a: ParserAtoms, front: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        typealias H = FeatureHash
        let n = a.n
        let b0 = front + 1
        let b1 = front + 1 <= n ? front + 2 : 0
        let b2 = front + 2 <= n ? front + 3 : 0
        let w = a.word
        let t = a.tag
        let wt = a.wordTag
        out[0] = H.of(9, w[b0])
        out[1] = H.of(10, t[b0])
        out[2] = H.of(11, wt[b0])
        out[3] = H.of(12, w[b1])
        out[4] = H.of(13, t[b1])
        out[5] = H.of(14, wt[b1])
        out[6] = H.of(16, t[b2])
        out[7] = H.of(31, t[b0], t[b1])
        out[8] = H.of(32, t[b0], t[b1], t[b2])
        return 9
    }

    /// Writes the hashes of the templates that combine positions or read the arcs built so far.
    @inlinable @inline(__always)
    static func extractPairs(_ c: ParserState, _ a: ParserAtoms, into out: UnsafeMutablePointer<UInt64>) -> Int {
        typealias H = FeatureHash
        let n = c.n
        let s0 = c.s(0) + 1
        let s1 = c.s(1) + 1
        let s2 = c.s(2) + 1
        let b0 = c.b(0) + 1
        let b1 = c.b(1) + 1
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
