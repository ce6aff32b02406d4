/// The three arc-hybrid transitions.
///
/// SHIFT pushes the buffer front; LEFT makes the buffer front the head of the stack top and pops it;
/// RIGHT makes the item below the stack top its head and pops it. A virtual root sits at the end of
/// the buffer (position n): a LEFT onto it makes the stack top a sentence root.
@usableFromInline
enum Move: Int, Sendable, CaseIterable {
    case shift = 0, left, right
}

/// An arc-hybrid parser configuration over one sentence of n tokens, kept in one block of unsafe
/// memory: the stack, the buffer front, and for every token its head, label, two outermost children on
/// each side, valencies and label sets — everything the feature templates read in O(1).
///
/// Arrays are indexed by position + 1, so index 0 is a "nobody" entry whose children are nobody too;
/// templates then read absent neighbours without branches.
@usableFromInline
struct ParserState {
    /// Sentence length; position `n` is the virtual root.
    @usableFromInline let n: Int
    /// The stack (positions), bottom first.
    @usableFromInline var stack: UnsafeMutablePointer<Int32>
    /// Items on the stack.
    @usableFromInline var depth = 0
    /// The buffer front (position); the buffer is `front ... n`.
    @usableFromInline var front = 0
    @usableFromInline var head: UnsafeMutablePointer<Int32>
    @usableFromInline var label: UnsafeMutablePointer<UInt8>
    @usableFromInline var left1: UnsafeMutablePointer<Int32>
    @usableFromInline var left2: UnsafeMutablePointer<Int32>
    @usableFromInline var right1: UnsafeMutablePointer<Int32>
    @usableFromInline var right2: UnsafeMutablePointer<Int32>
    @usableFromInline var leftCount: UnsafeMutablePointer<UInt8>
    @usableFromInline var rightCount: UnsafeMutablePointer<UInt8>
    @usableFromInline var leftSet: UnsafeMutablePointer<UInt64>
    @usableFromInline var rightSet: UnsafeMutablePointer<UInt64>
    private let block: UnsafeMutableRawPointer

    /// The label value standing for "no label".
    @usableFromInline static let noLabel: UInt8 = 63

    /// Allocates the configuration for `n` tokens (all in the buffer). Call `deallocate()` when done.
    init(count n: Int) {
        self.n = n
        let m = n + 2
        let bytes = m * (4 * 6 + 1 * 3 + 8 * 2) + 64
        block = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        var p = block
        func take<T>(_ t: T.Type) -> UnsafeMutablePointer<T> {
            let r = p.bindMemory(to: T.self, capacity: m)
            p += MemoryLayout<T>.stride * m
            return r
        }
        leftSet = take(UInt64.self)
        rightSet = take(UInt64.self)
        stack = take(Int32.self)
        head = take(Int32.self)
        left1 = take(Int32.self)
        left2 = take(Int32.self)
        right1 = take(Int32.self)
        right2 = take(Int32.self)
        label = take(UInt8.self)
        leftCount = take(UInt8.self)
        rightCount = take(UInt8.self)
        reset()
    }

    /// Back to the initial configuration: empty stack, every token in the buffer, no arcs.
    mutating func reset() {
        let m = n + 2
        head.update(repeating: -1, count: m)
        left1.update(repeating: -1, count: m)
        left2.update(repeating: -1, count: m)
        right1.update(repeating: -1, count: m)
        right2.update(repeating: -1, count: m)
        label.update(repeating: Self.noLabel, count: m)
        leftCount.update(repeating: 0, count: m)
        rightCount.update(repeating: 0, count: m)
        leftSet.update(repeating: 0, count: m)
        rightSet.update(repeating: 0, count: m)
        depth = 0
        front = 0
    }

    func deallocate() { block.deallocate() }

    /// True when every token has a head.
    @inlinable var isTerminal: Bool { depth == 0 && front >= n }

    /// The stack item `k` from the top (0 = top), or -1.
    @inlinable @inline(__always)
    func s(_ k: Int) -> Int { depth > k ? Int(stack[depth - 1 - k]) : -1 }

    /// The buffer item `k` from the front (the root is position n), or -1 past the root.
    @inlinable @inline(__always)
    func b(_ k: Int) -> Int { front + k <= n ? front + k : -1 }

    /// Whether `move` is allowed now.
    @inlinable @inline(__always)
    func isLegal(_ move: Move) -> Bool {
        switch move {
        case .shift: front < n
        case .left: depth > 0
        case .right: depth > 1
        }
    }

    /// The arc `move` would add: (dependent, head), or nil for SHIFT.
    @inlinable @inline(__always)
    func arc(_ move: Move) -> (dependent: Int, head: Int)? {
        switch move {
        case .shift: nil
        case .left: (s(0), front)
        case .right: (s(0), s(1))
        }
    }

    /// Applies a legal move; `arcLabel` is the label of the arc it adds (ignored for SHIFT).
    @inlinable @inline(__always)
    mutating func apply(_ move: Move, label arcLabel: UInt8) {
        switch move {
        case .shift:
            stack[depth] = Int32(front)
            depth += 1
            front += 1
        case .left:
            depth -= 1
            attach(Int(stack[depth]), to: front, arcLabel)
        case .right:
            depth -= 1
            attach(Int(stack[depth]), to: Int(stack[depth - 1]), arcLabel)
        }
    }

    @inlinable @inline(__always)
    mutating func attach(_ d: Int, to h: Int, _ l: UInt8) {
        head[d + 1] = Int32(h)
        label[d + 1] = l
        guard h < n else { return }
        let bit: UInt64 = 1 << UInt64(l & 63)
        if d < h {
            left2[h + 1] = left1[h + 1]
            left1[h + 1] = Int32(d)
            leftCount[h + 1] &+= leftCount[h + 1] < 255 ? 1 : 0
            leftSet[h + 1] |= bit
        } else {
            right2[h + 1] = right1[h + 1]
            right1[h + 1] = Int32(d)
            rightCount[h + 1] &+= rightCount[h + 1] < 255 ? 1 : 0
            rightSet[h + 1] |= bit
        }
    }
}
