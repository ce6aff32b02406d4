/// A sentence as the teacher (spaCy) tokenized and parsed it, read from the silver CoNLL-U file.
public struct SilverSentence: Sendable, Hashable {
    /// `# doc_id`.
    public var document: String
    /// Each token's form.
    public var forms: [String]
    /// Character (Unicode scalar) offsets of each token in the document text, from `Off=START-END`.
    public var starts: [Int]
    public var ends: [Int]
    /// Tags (`PartOfSpeech` raw values).
    public var tags: [UInt8]
    /// Heads as 0-based token positions; -1 for the root.
    public var heads: [Int]
    /// Labels (`DependencyLabel` raw values).
    public var labels: [UInt8]

    public var count: Int { forms.count }
}

/// Reads the silver CoNLL-U files written by `make_silver.py`.
public enum ConllU {
    /// A line the reader could not use.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "CoNLL-U line \(line): \(reason)" }
    }

    /// Parses a whole file's bytes.
    public static func parse(_ bytes: [UInt8]) throws -> [SilverSentence] {
        var out: [SilverSentence] = []
        var cur = SilverSentence(document: "", forms: [], starts: [], ends: [], tags: [], heads: [], labels: [])
        var doc = ""
        var lineNo = 0
        func flush() {
            if !cur.forms.isEmpty {
                cur.document = doc
                out.append(cur)
            }
            cur = SilverSentence(document: doc, forms: [], starts: [], ends: [], tags: [], heads: [], labels: [])
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNo += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.isEmpty {
                flush()
                continue
            }
            if line.first == UInt8(ascii: "#") {
                let s = String(decoding: line, as: UTF8.self)
                if s.hasPrefix("# doc_id = ") { doc = String(s.dropFirst("# doc_id = ".count)) }
                continue
            }
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard f.count == 10, Int(String(decoding: f[0], as: UTF8.self)) != nil else {
                // A `# text` comment may run over several lines: skip them before the first token.
                if cur.forms.isEmpty { continue }
                throw FormatError(line: lineNo, reason: "\(f.count) columns")
            }
            let xpos = String(decoding: f[4], as: UTF8.self)
            let rel = String(decoding: f[7], as: UTF8.self)
            guard let tag = PartOfSpeech(xpos) else { throw FormatError(line: lineNo, reason: "tag \(xpos)") }
            guard let label = DependencyLabel(rel) else { throw FormatError(line: lineNo, reason: "label \(rel)") }
            guard let head = Int(String(decoding: f[6], as: UTF8.self)) else {
                throw FormatError(line: lineNo, reason: "head")
            }
            let misc = String(decoding: f[9], as: UTF8.self)
            guard let off = misc.split(separator: "|").first(where: { $0.hasPrefix("Off=") }) else {
                throw FormatError(line: lineNo, reason: "no Off= in MISC")
            }
            let se = off.dropFirst(4).split(separator: "-")
            guard se.count == 2, let s = Int(se[0]), let e = Int(se[1]) else {
                throw FormatError(line: lineNo, reason: "bad Off=")
            }
            cur.forms.append(String(decoding: f[1], as: UTF8.self))
            cur.starts.append(s)
            cur.ends.append(e)
            cur.tags.append(tag.rawValue)
            cur.heads.append(head - 1)
            cur.labels.append(label.rawValue)
        }
        flush()
        return out
    }
}
