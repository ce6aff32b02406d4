import Dispatch
import DyadText
import Foundation

/// The lexicon's phrases tokenized for compilation on several threads, handed to the compiler
/// in list order.
///
/// Tokenizing the ~80,000 names is half of compiling the lexicon, and filling the automaton
/// (one hash table) the other half, which only one thread can do. So the list is cut into
/// pieces that helper threads tokenize ahead while the calling thread inserts the pieces in
/// order, tokenizing a piece itself whenever the next one is not ready. The phrases reach the
/// automaton in list order whatever the number of threads, so the compiled lexicon is the same.
enum TokenizedPhrases {
    /// What compiling needs of one phrase's tokens.
    struct Phrase {
        /// Where its keys start in its piece's key array.
        var start: Int32
        /// The number of tokens (the keys).
        var count: Int32
        /// Bit i set: token i is capitalised (only for phrases of 1 to 32 tokens).
        var capitalMask: UInt32
        /// Whether some token has a letter and every token with a letter is all capitals.
        var upperOnly: Bool
    }

    /// One piece of the list: the keys of all its phrases, back to back, and the phrases.
    struct Piece: Sendable {
        var keys: [UInt64] = []
        var phrases: [Phrase] = []
    }

    /// Calls `body` on the calling thread with each phrase's index in `phrases`, its token keys
    /// and what else its tokens say, in list order.
    /// - Parameters:
    ///   - tokenizer: the tokenizer the text will be read with.
    ///   - threads: how many threads tokenize (the calling one included); 1 tokenizes in line.
    static func forEach(
        _ phrases: [String], tokenizer: Tokenizer, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ body: (Int, ArraySlice<UInt64>, Phrase) -> Void
    ) {
        let n = threads <= 1 || phrases.count < 4096 ? 1 : min(64, phrases.count / 1024)
        let bounds = (0...n).map { phrases.count * $0 / n }
        func emit(_ piece: Piece, from first: Int) {
            for (k, p) in piece.phrases.enumerated() {
                body(first + k, piece.keys[Int(p.start)..<Int(p.start + p.count)], p)
            }
        }
        guard n > 1 else {
            emit(tokenize(phrases[...], tokenizer), from: 0)
            return
        }
        let queue = PieceQueue(phrases: phrases, bounds: bounds, tokenizer: tokenizer)
        let helpers = DispatchGroup()
        for _ in 1..<min(threads, 8) {
            DispatchQueue.global().async(group: helpers) { while queue.tokenizeNext() {} }
        }
        for k in 0..<n { emit(queue.take(k), from: bounds[k]) }
        helpers.wait()
    }

    /// Tokenizes each phrase and notes what compiling needs of its tokens.
    static func tokenize<C: Collection>(_ phrases: C, _ tokenizer: Tokenizer) -> Piece where C.Element == String {
        var piece = Piece()
        piece.phrases.reserveCapacity(phrases.count)
        piece.keys.reserveCapacity(phrases.count * 2)
        for phrase in phrases {
            let toks =
                phrase.utf8.withContiguousStorageIfAvailable { tokenizer.tokenize($0) }
                ?? tokenizer.tokenize(Array(phrase.utf8))
            var p = Phrase(start: Int32(piece.keys.count), count: Int32(toks.count), capitalMask: 0, upperOnly: false)
            if toks.count <= 32 {
                var letters = 0
                var upperOnly = true
                for (i, t) in toks.enumerated() {
                    if t.shape.contains(.capitalized) { p.capitalMask |= 1 << UInt32(i) }
                    if t.shape.contains(.word) {
                        letters += 1
                        if !t.shape.contains(.allCaps) { upperOnly = false }
                    }
                }
                p.upperOnly = upperOnly && letters > 0
            }
            for t in toks { piece.keys.append(t.key) }
            piece.phrases.append(p)
        }
        return piece
    }
}

/// The pieces of a phrase list: which one to tokenize next, and the tokenized ones not taken yet.
private final class PieceQueue: @unchecked Sendable {
    private let phrases: [String]
    private let bounds: [Int]
    private let tokenizer: Tokenizer
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var next = 0
    private var ready: [TokenizedPhrases.Piece?]

    init(phrases: [String], bounds: [Int], tokenizer: Tokenizer) {
        self.phrases = phrases
        self.bounds = bounds
        self.tokenizer = tokenizer
        self.ready = Array(repeating: nil, count: bounds.count - 1)
    }

    /// Tokenizes the first piece nobody has claimed; false when there is none left.
    func tokenizeNext() -> Bool {
        condition.lock()
        let k = next
        guard k < ready.count else {
            condition.unlock()
            return false
        }
        next += 1
        condition.unlock()
        let piece = TokenizedPhrases.tokenize(phrases[bounds[k]..<bounds[k + 1]], tokenizer)
        condition.lock()
        ready[k] = piece
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Piece `k`, once tokenized: tokenizes unclaimed pieces meanwhile rather than wait.
    func take(_ k: Int) -> TokenizedPhrases.Piece {
        condition.lock()
        while ready[k] == nil {
            if next < ready.count {
                condition.unlock()
                _ = tokenizeNext()
                condition.lock()
            } else {
                condition.wait()
            }
        }
        let piece = ready[k]!
        ready[k] = nil
        condition.unlock()
        return piece
    }
}
