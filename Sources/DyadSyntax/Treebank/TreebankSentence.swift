import DyadText

/// One sentence of training or test data on Dyad's tokens: its text, the tokens the real tokenizer made
/// (offsets into `bytes`) and the teacher's analysis projected onto them.
public struct TreebankSentence: Sendable, Hashable {
    /// The document the sentence came from.
    public var document: String
    /// The sentence text (UTF-8), from its first token's start to its last token's end.
    public var bytes: [UInt8]
    /// Dyad tokens with offsets into `bytes`.
    public var tokens: [Token]
    /// Gold tags (`PartOfSpeech` raw values).
    public var tags: [UInt8]
    /// Gold heads as positions in the sentence; a root points at itself.
    public var heads: [Int32]
    /// Gold labels (`DependencyLabel` raw values).
    public var labels: [UInt8]

    /// Creates a sentence from its parts (one tag, head and label per token).
    public init(
        document: String, bytes: [UInt8], tokens: [Token], tags: [UInt8], heads: [Int32], labels: [UInt8]
    ) {
        self.document = document
        self.bytes = bytes
        self.tokens = tokens
        self.tags = tags
        self.heads = heads
        self.labels = labels
    }

    /// The number of tokens.
    public var count: Int { tokens.count }

    /// Computes the token atoms (caller frees).
    func atoms() -> SentenceAtoms {
        bytes.withUnsafeBufferPointer { b in
            tokens.withUnsafeBufferPointer { t in SentenceAtoms(bytes: b, tokens: t, range: 0..<t.count) }
        }
    }
}

/// Reading and writing converted treebanks: a small binary format (magic `DYADTBK1`, a sentence count,
/// then length-prefixed records), kept outside the repository because it holds corpus text.
public enum TreebankFile {
    static let magic = Array("DYADTBK1".utf8)

    /// Why a treebank file could not be read.
    public struct ReadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot read treebank \(path): \(reason)" }
    }

    /// Writes sentences to `path`.
    public static func write(_ sentences: [TreebankSentence], to path: String) throws {
        var w = ModelFile.Writer()
        w.bytes = magic
        w.u32(UInt32(sentences.count))
        for s in sentences {
            let id = Array(s.document.utf8)
            w.u32(UInt32(id.count))
            w.bytes += id
            w.u32(UInt32(s.bytes.count))
            w.bytes += s.bytes
            w.u32(UInt32(s.tokens.count))
            for (i, t) in s.tokens.enumerated() {
                w.u32(UInt32(t.start))
                w.u32(UInt32(t.end))
                w.u64(t.key)
                w.u32(UInt32(t.shape.rawValue))
                w.bytes.append(s.tags[i])
                w.bytes.append(s.labels[i])
                w.u32(UInt32(bitPattern: s.heads[i]))
            }
        }
        try FileIO.write(w.bytes, to: path)
    }

    /// Reads a file written by `write`.
    public static func read(_ path: String) throws -> [TreebankSentence] {
        let data = try FileIO.read(path)
        return try data.withUnsafeBytes { (p: UnsafeRawBufferPointer) throws -> [TreebankSentence] in
            var at = 0
            func need(_ k: Int) throws {
                if at + k > p.count { throw ReadError(path: path, reason: "truncated at byte \(at)") }
            }
            func u32() throws -> UInt32 {
                try need(4)
                defer { at += 4 }
                return UInt32(littleEndian: p.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            }
            func u64() throws -> UInt64 {
                try need(8)
                defer { at += 8 }
                return UInt64(littleEndian: p.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            }
            func bytes(_ k: Int) throws -> [UInt8] {
                try need(k)
                defer { at += k }
                return Array(p[at..<(at + k)])
            }
            guard p.count >= 8, Array(p[0..<8]) == magic else { throw ReadError(path: path, reason: "not a treebank") }
            at = 8
            let count = Int(try u32())
            var out: [TreebankSentence] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                let id = String(decoding: try bytes(Int(try u32())), as: UTF8.self)
                let text = try bytes(Int(try u32()))
                let n = Int(try u32())
                var toks: [Token] = []
                var tags: [UInt8] = []
                var labels: [UInt8] = []
                var heads: [Int32] = []
                for _ in 0..<n {
                    let s = Int(try u32())
                    let e = Int(try u32())
                    let key = try u64()
                    let shape = Token.Shape(rawValue: UInt16(truncatingIfNeeded: try u32()))
                    let tl = try bytes(2)
                    let h = Int32(bitPattern: try u32())
                    guard s <= e, e <= text.count, Int(h) < n, h >= 0 else {
                        throw ReadError(path: path, reason: "bad token in sentence of \(id)")
                    }
                    toks.append(Token(start: s, end: e, key: key, shape: shape))
                    tags.append(tl[0])
                    labels.append(tl[1])
                    heads.append(h)
                }
                out.append(
                    TreebankSentence(document: id, bytes: text, tokens: toks, tags: tags, heads: heads, labels: labels))
            }
            return out
        }
    }
}
