import DyadText

/// The token atoms of one sentence with two padding positions on each side, in unsafe memory that the
/// caller frees: `base[i + 2]` is the sentence's token `i`.
struct SentenceAtoms {
    let base: UnsafeMutablePointer<TokenAtoms>
    let count: Int

    /// Computes the atoms of `tokens[range]` from the document bytes; the tokens in `lowered` are read
    /// as if written in lower case.
    init(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>,
        lowered: Set<Int> = []
    ) {
        count = range.count
        base = .allocate(capacity: count + 4)
        base[0] = .before
        base[1] = .before
        for (k, i) in range.enumerated() {
            base[k + 2] = TokenAtoms(tokens[i], bytes: bytes, lowered: !lowered.isEmpty && lowered.contains(i))
        }
        base[count + 2] = .after
        base[count + 3] = .after
    }

    /// The atoms of sentence token 0 onwards.
    var tokens: UnsafeMutablePointer<TokenAtoms> { base + 2 }

    func deallocate() { base.deallocate() }
}
