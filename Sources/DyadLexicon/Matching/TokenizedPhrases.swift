import Dispatch
import DyadText
import Foundation

/// The lexicon's phrases tokenized ahead of compilation, on several threads at once.
///
/// Tokenizing the ~74,000 names is most of compiling the lexicon, and each phrase is independent
/// of the others, so the list is cut into pieces that are tokenized at the same time. The
/// automaton is then filled in list order, so the compiled lexicon is the same whatever the
/// number of threads.
struct TokenizedPhrases {
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
    private struct Piece {
        var keys: [UInt64] = []
        var phrases: [Phrase] = []
    }

    private let pieces: [Piece]

    /// Tokenizes `phrases`.
    /// - Parameters:
    ///   - tokenizer: the tokenizer the text will be read with.
    ///   - threads: how many pieces to tokenize at the same time (1 for small lists).
    init(_ phrases: [String], tokenizer: Tokenizer, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let n = phrases.count < 4096 ? 1 : max(1, min(threads, 8))
        let bounds = (0...n).map { phrases.count * $0 / n }
        if n == 1 {
            pieces = [Self.tokenize(phrases[...], tokenizer)]
            return
        }
        let slots = UnsafeMutablePointer<Piece>.allocate(capacity: n)
        slots.initialize(repeating: Piece(), count: n)
        defer {
            slots.deinitialize(count: n)
            slots.deallocate()
        }
        let shared = SharedSlots(slots: slots)
        phrases.withUnsafeBufferPointer { list in
            let input = SharedInput(list: list)
            // Each thread writes only its own slot.
            DispatchQueue.concurrentPerform(iterations: n) { k in
                shared.slots[k] = Self.tokenize(input.list[bounds[k]..<bounds[k + 1]], tokenizer)
            }
        }
        pieces = Array(UnsafeBufferPointer(start: slots, count: n))
    }

    /// Calls `body` with each phrase's index in the list, its token keys and what else its tokens
    /// say, in list order.
    func forEach(_ body: (Int, ArraySlice<UInt64>, Phrase) -> Void) {
        var index = 0
        for piece in pieces {
            for p in piece.phrases {
                body(index, piece.keys[Int(p.start)..<Int(p.start + p.count)], p)
                index += 1
            }
        }
    }

    private static func tokenize<C: Collection>(_ phrases: C, _ tokenizer: Tokenizer) -> Piece
    where C.Element == String {
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

/// The result slots, each written by one thread of `concurrentPerform` and read after it returns.
private struct SharedSlots<T>: @unchecked Sendable {
    let slots: UnsafeMutablePointer<T>
}

/// The phrase list, only read by the threads while the caller waits for them.
private struct SharedInput: @unchecked Sendable {
    let list: UnsafeBufferPointer<String>
}
