/// The tagger's feature templates (Honnibal-style: the word, its affixes and shape, the words around it,
/// and the two tags already chosen to its left).
///
/// They come in two groups: 22 that read only the words (`extractWords`), which the run-time tagger
/// scores for a whole sentence at once so the table loads of many tokens overlap, and 5 that read the
/// tags already chosen (`extractTags`), scored token by token. Training uses both through `extract`.
@usableFromInline
enum TaggerFeatures {
    /// The most features one token yields.
    static let maximum = 32
    /// The features that read only words.
    @usableFromInline static let wordCount = 22
    /// The features that read the previous tags.
    @usableFromInline static let tagCount = 5
    /// The tag atom standing before the sentence start.
    static let noTag: UInt64 = 0xFF

    /// Writes all feature hashes of position `i` into `out` and returns their count.
    /// - Parameters:
    ///   - a: atoms for positions -2 ..< n+2 (so `a[i + 2]` is position `i`).
    ///   - p1: the tag chosen for position i-1 (or `noTag`), `p2` for i-2.
    @inlinable @inline(__always)
    static func extract(
        _ a: UnsafePointer<TokenAtoms>, _ i: Int, p1: UInt64, p2: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let k = extractWords(a, i, into: out)
        return k + extractTags(a, i, p1: p1, p2: p2, into: out + k)
    }

    /// Writes the `wordCount` hashes of position `i` that do not depend on the tags chosen so far.
    @inlinable @inline(__always)
    static func extractWords(_ a: UnsafePointer<TokenAtoms>, _ i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        typealias H = FeatureHash
        let w = a[i + 2]
        let l1 = a[i + 1]
        let l2 = a[i]
        let r1 = a[i + 3]
        let r2 = a[i + 4]
        out[0] = H.of(0, 1)
        out[1] = H.of(1, w.form)
        out[2] = H.of(2, w.word)
        out[3] = H.of(3, w.suffix3)
        out[4] = H.of(4, w.prefix)
        out[5] = H.of(5, w.shape)
        out[6] = H.of(6, w.flags)
        out[7] = H.of(10, l1.word)
        out[8] = H.of(11, l1.suffix3)
        out[9] = H.of(12, l2.word)
        out[10] = H.of(13, r1.word)
        out[11] = H.of(14, r1.suffix3)
        out[12] = H.of(15, r2.word)
        out[13] = H.of(16, w.suffix4)
        out[14] = H.of(17, l1.shape, w.shape)
        out[15] = H.of(18, l1.word, w.word)
        out[16] = H.of(19, w.word, r1.word)
        out[17] = H.of(20, r1.shape)
        out[18] = H.of(22, r1.flags)
        out[19] = H.of(24, w.form, r1.shape)
        out[20] = H.of(25, l1.form)
        out[21] = H.of(26, r1.form)
        return wordCount
    }

    /// Writes the `tagCount` hashes of position `i` that read the previous tags `p1` and `p2`.
    @inlinable @inline(__always)
    static func extractTags(
        _ a: UnsafePointer<TokenAtoms>, _ i: Int, p1: UInt64, p2: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        typealias H = FeatureHash
        let w = a[i + 2]
        let r1 = a[i + 3]
        out[0] = H.of(7, p1)
        out[1] = H.of(8, p1, p2)
        out[2] = H.of(9, p1, w.word)
        out[3] = H.of(21, p1, w.suffix3)
        out[4] = H.of(23, p1, r1.word)
        return tagCount
    }
}
