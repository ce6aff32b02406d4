/// The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): the cost of a move is the number of gold arcs
/// still reachable before it and unreachable after it. Arc-hybrid is arc-decomposable, so these local
/// counts are exact and a zero-cost move always exists for a projective gold tree.
struct DynamicOracle {
    /// Gold heads by position; the sentence root points at n (the virtual root).
    let goldHead: [Int32]
    /// Gold children by position (CSR).
    let childStart: [Int32]
    let childList: [Int32]
    /// Whether each position is on the stack now.
    var onStack: [Bool]

    init(heads: [Int32]) {
        let n = heads.count
        goldHead = heads
        var start = [Int32](repeating: 0, count: n + 2)
        for h in heads where Int(h) < n { start[Int(h) + 1] += 1 }
        for p in 0..<(n + 1) { start[p + 1] += start[p] }
        var fill = start
        var list = [Int32](repeating: 0, count: Int(start[n]))
        for (d, h) in heads.enumerated() where Int(h) < n {
            list[Int(fill[Int(h)])] = Int32(d)
            fill[Int(h)] += 1
        }
        childStart = start
        childList = list
        onStack = [Bool](repeating: false, count: n + 1)
    }

    /// Gold children of `x` still in the buffer (positions ≥ front).
    @inline(__always)
    func childrenInBuffer(_ x: Int, front: Int) -> Int {
        var c = 0
        for i in Int(childStart[x])..<Int(childStart[x + 1]) where Int(childList[i]) >= front { c += 1 }
        return c
    }

    /// The cost of `move` in configuration `c` (which must allow it).
    func cost(_ move: Move, _ c: ParserState) -> Int {
        let front = c.front
        let n = c.n
        switch move {
        case .shift:
            let x = front
            var cost = 0
            let g = Int(goldHead[x])
            if g < n && onStack[g] && g != c.s(0) { cost += 1 }
            for i in Int(childStart[x])..<Int(childStart[x + 1]) where onStack[Int(childList[i])] { cost += 1 }
            return cost
        case .left:
            let d = c.s(0)
            let g = Int(goldHead[d])
            var cost = childrenInBuffer(d, front: front)
            if g != front && (g == c.s(1) || g >= front) { cost += 1 }
            return cost
        case .right:
            let d = c.s(0)
            let g = Int(goldHead[d])
            var cost = childrenInBuffer(d, front: front)
            if g != c.s(1) && g >= front { cost += 1 }
            return cost
        }
    }

    /// Keeps `onStack` in step with a move about to be applied.
    mutating func willApply(_ move: Move, _ c: ParserState) {
        switch move {
        case .shift: onStack[c.front] = true
        case .left, .right: onStack[c.s(0)] = false
        }
    }
}
