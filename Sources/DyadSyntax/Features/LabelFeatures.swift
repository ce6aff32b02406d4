/// The labeller's feature templates. In arc-hybrid a dependent is complete when it is attached, so the
/// labeller sees all of its children (a "by" agent, a "to" marker, a subject) and the head's children so far.
@usableFromInline
enum LabelFeatures {
    /// The most features one arc yields.
    static let maximum = 40

    /// Writes the feature hashes of the arc `h → d` (positions) into `out` and returns their count.
    @inlinable @inline(__always)
    static func extract(
        _ c: ParserState, _ a: ParserAtoms, dependent d: Int, head h: Int,
        into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        typealias H = FeatureHash
        let n = c.n
        let D = d + 1
        let Hh = h + 1
        let dir: UInt64 = d < h ? 1 : 2
        let dist = ParserAtoms.bucket(abs(h - d))
        let w = a.word
        let t = a.tag
        let wt = a.wordTag
        let dL = Int(c.left1[D]) + 1
        let dR = Int(c.right1[D]) + 1
        let hL = Int(c.left1[Hh]) + 1
        let hR = Int(c.right1[Hh]) + 1
        let dm1 = d > 0 ? D - 1 : 0
        let dp1 = d + 1 < n ? D + 1 : 0
        let lab = c.label
        @inline(__always) func l(_ x: Int) -> UInt64 { UInt64(lab[x]) }
        let between = a.between(d, h)
        var k = 0
        @inline(__always) func put(_ x: UInt64) {
            out[k] = x
            k += 1
        }
        put(H.of(0, dir))
        put(H.of(1, w[D], dir))
        put(H.of(2, t[D], dir))
        put(H.of(4, w[Hh], dir))
        put(H.of(5, t[Hh], dir))
        put(H.of(7, t[D], t[Hh], dir))
        put(H.of(8, w[D], t[Hh], dir))
        put(H.of(9, t[D], w[Hh], dir))
        put(H.of(10, w[D], w[Hh], dir))
        put(H.of(11, dist, dir))
        put(H.of(12, t[D], t[Hh], dist, dir))
        put(H.of(13, t[D], c.leftSet[D]))
        put(H.of(14, t[D], c.rightSet[D]))
        put(H.of(15, t[D], l(dL), t[dL]))
        put(H.of(16, t[D], l(dR), t[dR]))
        put(H.of(19, t[Hh], c.leftSet[Hh], dir))
        put(H.of(20, t[Hh], c.rightSet[Hh], dir))
        put(H.of(21, t[D], t[dm1], dir))
        put(H.of(22, t[D], t[dp1], dir))
        put(H.of(27, t[D], t[Hh], between, dir))
        put(H.of(28, t[D], UInt64(c.leftCount[D]), UInt64(c.rightCount[D])))
        put(H.of(29, t[Hh], l(hL), l(hR), dir))
        put(H.of(31, wt[D], wt[Hh], dir))
        put(H.of(33, t[Hh], t[D], c.leftSet[D], dir))
        return k
    }
}
