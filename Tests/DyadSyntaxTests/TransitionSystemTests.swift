import Testing

@testable import DyadSyntax

/// The arc-hybrid system and its dynamic oracle, on random projective trees and hand-built configurations.
@Suite("Transition system")
struct TransitionSystemTests {
    /// A random projective tree over `n` tokens: heads as positions, the root pointing at itself.
    static func randomProjectiveTree(_ n: Int, _ rng: inout SplitMix64) -> [Int32] {
        var heads = [Int32](repeating: 0, count: n)
        func build(_ lo: Int, _ hi: Int, head: Int) {
            guard lo < hi else { return }
            let r = lo + Int(rng.next() % UInt64(hi - lo))
            heads[r] = Int32(head < 0 ? r : head)
            // Split each side into consecutive runs, each a subtree of r.
            for (a, b) in [(lo, r), (r + 1, hi)] {
                var s = a
                while s < b {
                    let e = s + 1 + Int(rng.next() % UInt64(b - s))
                    build(s, e, head: r)
                    s = e
                }
            }
        }
        build(0, n, head: -1)
        return heads
    }

    /// Follows zero-cost moves only; returns the heads built (root → itself) and whether every step had a
    /// zero-cost move.
    static func followOracle(_ heads: [Int32]) -> (heads: [Int32], alwaysZero: Bool) {
        let n = heads.count
        let gold = heads.enumerated().map { (p, h) in Int(h) == p ? Int32(n) : h }
        var oracle = DynamicOracle(heads: gold)
        var state = ParserState(count: n)
        defer { state.deallocate() }
        var alwaysZero = true
        var steps = 0
        while !state.isTerminal && steps < 4 * n + 4 {
            steps += 1
            var chosen: Move?
            for m in Move.allCases where state.isLegal(m) && oracle.cost(m, state) == 0 {
                chosen = m
                break
            }
            if chosen == nil { alwaysZero = false }
            let m = chosen ?? Move.allCases.first { state.isLegal($0) }!
            oracle.willApply(m, state)
            state.apply(m, label: 1)
        }
        let out = (0..<n).map { p -> Int32 in
            let h = Int(state.head[p + 1])
            return h >= n || h < 0 ? Int32(p) : Int32(h)
        }
        return (out, alwaysZero)
    }

    /// Every projective tree is rebuilt exactly by following the oracle's zero-cost moves.
    @Test func staticOracleReproducesProjectiveTrees() {
        var rng = SplitMix64(seed: 42)
        for trial in 0..<500 {
            let n = 1 + trial % 40
            let gold = Self.randomProjectiveTree(n, &rng)
            #expect(Projectivity.isProjective(gold))
            let r = Self.followOracle(gold)
            #expect(r.alwaysZero)
            #expect(r.heads == gold, "tree \(gold)")
        }
    }

    /// Hand-computed costs: gold heads 0←1, 1 = root, 2←3, 3←1.
    @Test func dynamicOracleCosts() {
        let n = 4
        let gold: [Int32] = [1, Int32(n), 3, 1]
        var oracle = DynamicOracle(heads: gold)
        var state = ParserState(count: n)
        defer { state.deallocate() }
        // Empty stack: only SHIFT.
        #expect(state.isLegal(.shift) && !state.isLegal(.left) && !state.isLegal(.right))
        #expect(oracle.cost(.shift, state) == 0)
        oracle.willApply(.shift, state)
        state.apply(.shift, label: 0)
        // Stack [0], buffer [1 2 3 R]: LEFT builds 0←1 (free); SHIFT loses it.
        #expect(oracle.cost(.left, state) == 0)
        #expect(oracle.cost(.shift, state) == 1)
        #expect(!state.isLegal(.right))
        oracle.willApply(.shift, state)
        state.apply(.shift, label: 0)
        // Stack [0 1], buffer [2 3 R] (0←1 already lost): RIGHT and LEFT each lose 1's root arc and 1→3.
        #expect(oracle.cost(.right, state) == 2)
        #expect(oracle.cost(.left, state) == 2)
        #expect(oracle.cost(.shift, state) == 0)
        oracle.willApply(.shift, state)
        state.apply(.shift, label: 0)
        // Stack [0 1 2], buffer [3 R]: LEFT gives 2←3 for free; RIGHT (2←1) loses it.
        #expect(oracle.cost(.left, state) == 0)
        #expect(oracle.cost(.right, state) == 1)
        // SHIFT 3: 3's head 1 is on the stack below s0 (lost) and its child 2 is on the stack (lost).
        #expect(oracle.cost(.shift, state) == 2)
    }

    /// Lifting makes a crossing tree projective and leaves projective trees alone.
    @Test func projectivizeLiftsCrossingArcs() {
        // 0←2, 1←3, 2 root, 3←2: the arcs (2,0) and (3,1) cross.
        let heads: [Int32] = [2, 3, 2, 2]
        #expect(!Projectivity.isProjective(heads))
        let (p, lifts) = Projectivity.projectivize(heads)
        #expect(Projectivity.isProjective(p))
        #expect(lifts >= 1)
        var rng = SplitMix64(seed: 7)
        for _ in 0..<50 {
            let t = TransitionSystemTests.randomProjectiveTree(12, &rng)
            #expect(Projectivity.projectivize(t).heads == t)
        }
    }
}
