/// Projectivity checks and lifting (Nivre & Nilsson 2005 without label encoding): the arc-hybrid system
/// only builds projective trees, so training trees with crossing arcs are lifted first.
public enum Projectivity {
    /// True when no two arcs cross (heads as positions; a root points at itself and hangs from a virtual
    /// root before the sentence).
    public static func isProjective(_ heads: [Int32]) -> Bool { firstCrossing(heads) == nil }

    /// The dependent of the shortest arc that some other arc crosses, or nil.
    static func firstCrossing(_ heads: [Int32]) -> Int? {
        let n = heads.count
        var best: Int?
        var bestLen = Int.max
        for d in 0..<n {
            let h = Int(heads[d])
            guard h != d else { continue }
            let lo = min(h, d)
            let hi = max(h, d)
            // Every token strictly between must descend from h.
            var ok = true
            for x in (lo + 1)..<hi where !descends(x, from: h, heads) {
                ok = false
                break
            }
            if !ok && hi - lo < bestLen {
                best = d
                bestLen = hi - lo
            }
        }
        return best
    }

    static func descends(_ x: Int, from h: Int, _ heads: [Int32]) -> Bool {
        var y = x
        var steps = 0
        while steps <= heads.count {
            if y == h { return true }
            let p = Int(heads[y])
            if p == y { return false }
            y = p
            steps += 1
        }
        return false
    }

    /// Lifts crossing arcs (re-attaching the dependent to its head's head) until the tree is projective.
    /// - Returns: the new heads and the number of lifts.
    public static func projectivize(_ heads: [Int32]) -> (heads: [Int32], lifts: Int) {
        var h = heads
        var lifts = 0
        while let d = firstCrossing(h), lifts < 4 * h.count {
            let up = Int(h[Int(h[d])])
            h[d] = up == Int(h[d]) ? Int32(d) : Int32(up)
            lifts += 1
        }
        return (h, lifts)
    }
}
