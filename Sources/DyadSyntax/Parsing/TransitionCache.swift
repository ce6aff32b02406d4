/// The transition scores of the templates that read a single position (`ParserFeatures.extractBias`,
/// `extractStack0/1/2`, `extractBuffer`), summed once per sentence for every token in every role.
///
/// A token sits in the same role at many transitions, and these templates do not change while it does,
/// so the parser adds four cached vectors instead of looking up 17 features at every transition. The
/// sums are computed in batches over the whole sentence, whose table loads overlap. Integer sums do not
/// depend on their order, so the scores are exactly those of looking every feature up each time.
struct TransitionCache {
    /// Vectors by atom index (position + 1; 0 = nobody) for s0, s1, s2, and by buffer front (0 ... n).
    let s0: UnsafeMutablePointer<SIMD4<Int32>>
    let s1: UnsafeMutablePointer<SIMD4<Int32>>
    let s2: UnsafeMutablePointer<SIMD4<Int32>>
    let buffer: UnsafeMutablePointer<SIMD4<Int32>>
    /// The bias.
    let bias: SIMD4<Int32>
    private let block: UnsafeMutablePointer<SIMD4<Int32>>

    /// Sums the per-token templates of a sentence.
    init(
        _ w: DenseWeights3, _ a: ParserAtoms, table t: UnsafePointer<UInt32>, present bm: UnsafePointer<UInt64>
    ) {
        let m = a.n + 2
        let block = UnsafeMutablePointer<SIMD4<Int32>>.allocate(capacity: 4 * m)
        block.initialize(repeating: .zero, count: 4 * m)
        let s0 = block
        let s1 = block + m
        let s2 = block + 2 * m
        let buffer = block + 3 * m
        var b = SIMD4<Int32>.zero
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 9 * m) { buf in
            let f = buf.baseAddress!
            _ = ParserFeatures.extractBias(into: f)
            w.score(f, 1, into: &b, table: t, present: bm)
            for x in 0..<m { _ = ParserFeatures.extractStack0(a, x, into: f + 3 * x) }
            w.scoreRows(f, rows: m, perRow: 3, into: s0, table: t, present: bm)
            for x in 0..<m { _ = ParserFeatures.extractStack1(a, x, into: f + 3 * x) }
            w.scoreRows(f, rows: m, perRow: 3, into: s1, table: t, present: bm)
            for x in 0..<m { _ = ParserFeatures.extractStack2(a, x, into: f + x) }
            w.scoreRows(f, rows: m, perRow: 1, into: s2, table: t, present: bm)
            // Fronts 0 ... n; row n + 1 stays zero.
            for x in 0..<(m - 1) { _ = ParserFeatures.extractBuffer(a, front: x, into: f + 9 * x) }
            w.scoreRows(f, rows: m - 1, perRow: 9, into: buffer, table: t, present: bm)
        }
        bias = b
        self.block = block
        self.s0 = s0
        self.s1 = s1
        self.s2 = s2
        self.buffer = buffer
    }

    /// The cached part of the score of a configuration.
    @inline(__always)
    func score(_ c: ParserState) -> SIMD4<Int32> {
        bias &+ s0[c.s(0) + 1] &+ s1[c.s(1) + 1] &+ s2[c.s(2) + 1] &+ buffer[c.front]
    }

    func deallocate() { block.deallocate() }
}
