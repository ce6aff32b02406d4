/// The per-position atoms the parser and labeller read: word key, tag and their combination, indexed by
/// position + 1 (index 0 is "nobody", index n + 1 the virtual root), plus prefix counts of commas,
/// coordinating conjunctions and verbs for "what lies between head and dependent" features.
@usableFromInline
struct ParserAtoms {
    @usableFromInline let n: Int
    @usableFromInline var word: UnsafeMutablePointer<UInt64>
    @usableFromInline var tag: UnsafeMutablePointer<UInt64>
    @usableFromInline var wordTag: UnsafeMutablePointer<UInt64>
    /// Suffix atoms (for the labeller).
    @usableFromInline var suffix: UnsafeMutablePointer<UInt64>
    /// Prefix counts over positions: `commas[p]` counts commas among positions 0 ..< p.
    @usableFromInline var commas: UnsafeMutablePointer<Int32>
    @usableFromInline var conjunctions: UnsafeMutablePointer<Int32>
    @usableFromInline var verbs: UnsafeMutablePointer<Int32>
    private let block: UnsafeMutableRawPointer

    static let nobodyWord: UInt64 = 0x0B0D_7000
    static let nobodyTag: UInt64 = 0x0B0D_7001
    static let rootWord: UInt64 = 0x2007_7000
    static let rootTag: UInt64 = 0x2007_7001

    /// Builds the atoms of a sentence from its token atoms and tags.
    init(atoms: UnsafePointer<TokenAtoms>, tags: UnsafePointer<UInt8>, count n: Int) {
        self.n = n
        let m = n + 2
        block = UnsafeMutableRawPointer.allocate(byteCount: m * (8 * 4 + 4 * 3) + 64, alignment: 16)
        var p = block
        func take<T>(_ t: T.Type) -> UnsafeMutablePointer<T> {
            let r = p.bindMemory(to: T.self, capacity: m)
            p += MemoryLayout<T>.stride * m
            return r
        }
        word = take(UInt64.self)
        tag = take(UInt64.self)
        wordTag = take(UInt64.self)
        suffix = take(UInt64.self)
        commas = take(Int32.self)
        conjunctions = take(Int32.self)
        verbs = take(Int32.self)
        word[0] = Self.nobodyWord
        tag[0] = Self.nobodyTag
        wordTag[0] = FeatureHash.add(Self.nobodyWord, Self.nobodyTag)
        suffix[0] = Self.nobodyWord
        word[n + 1] = Self.rootWord
        tag[n + 1] = Self.rootTag
        wordTag[n + 1] = FeatureHash.add(Self.rootWord, Self.rootTag)
        suffix[n + 1] = Self.rootWord
        var c: Int32 = 0
        var cc: Int32 = 0
        var v: Int32 = 0
        for i in 0..<n {
            let t = tags[i]
            word[i + 1] = atoms[i].word
            tag[i + 1] = UInt64(t)
            wordTag[i + 1] = FeatureHash.add(atoms[i].word, UInt64(t))
            suffix[i + 1] = atoms[i].suffix3
            commas[i] = c
            conjunctions[i] = cc
            verbs[i] = v
            if t == PartOfSpeech.comma.rawValue { c += 1 }
            if t == PartOfSpeech.CC.rawValue { cc += 1 }
            if PartOfSpeech(rawValue: t)?.isVerb == true { v += 1 }
        }
        commas[n] = c
        conjunctions[n] = cc
        verbs[n] = v
        commas[n + 1] = c
        conjunctions[n + 1] = cc
        verbs[n + 1] = v
    }

    func deallocate() { block.deallocate() }

    /// A summary of the tokens strictly between positions `a` and `b`: commas, conjunctions, verbs.
    @inlinable @inline(__always)
    func between(_ a: Int, _ b: Int) -> UInt64 {
        let lo = min(a, b) + 1
        let hi = max(a, b)
        guard lo < hi else { return 0 }
        let c = UInt64(min(commas[hi] - commas[lo], 2))
        let k = UInt64(min(conjunctions[hi] - conjunctions[lo], 2))
        let v = UInt64(min(verbs[hi] - verbs[lo], 2))
        return c | k << 2 | v << 4
    }

    /// A distance bucket: 1, 2, 3, 4, 5–6, 7–9, 10–14, 15+.
    @inlinable @inline(__always)
    static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ...4: UInt64(max(d, 0))
        case 5...6: 5
        case 7...9: 6
        case 10...14: 7
        default: 8
        }
    }
}
