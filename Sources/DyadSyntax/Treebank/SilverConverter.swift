import DyadText

/// Turns the teacher's silver CoNLL-U into treebanks on Dyad's tokens: each document is tokenized once
/// by the real `Tokenizer` (as `AnalyzedText` does at run time) and every silver sentence is projected
/// onto the Dyad tokens inside its span.
public enum SilverConverter {
    /// The converted sentences, split by document into training, development and test sets.
    public struct Output: Sendable {
        public var train: [TreebankSentence] = []
        public var dev: [TreebankSentence] = []
        public var test: [TreebankSentence] = []
        public var stats = TokenAlignment.Stats()
    }

    /// Converts silver sentences.
    /// - Parameters:
    ///   - silver: sentences from `ConllU.parse`.
    ///   - corpora: JSON Lines corpus files holding the documents (`id`, `text`).
    ///   - testDocuments: documents whose sentences go to `test`.
    ///   - devDocuments: documents whose sentences go to `dev`.
    ///   - excludeFromTraining: further documents kept out of `train` (dropped).
    public static func convert(
        _ silver: [SilverSentence], corpora: [String], testDocuments: Set<String>, devDocuments: Set<String>,
        excludeFromTraining: Set<String> = []
    ) -> Output {
        let wanted = Set(silver.map(\.document))
        var texts: [String: String] = [:]
        for r in DocumentReader(paths: corpora) {
            if case .success(let d) = r, wanted.contains(d.id) { texts[d.id] = d.text }
        }
        var out = Output()
        var k = 0
        while k < silver.count {
            let doc = silver[k].document
            var e = k
            while e < silver.count && silver[e].document == doc { e += 1 }
            defer { k = e }
            guard let text = texts[doc] else {
                out.stats.sentences += e - k
                out.stats.droppedNoDocument += e - k
                continue
            }
            let analyzed = AnalyzedText(text)
            let c2b = TokenAlignment.characterToByte(text)
            for s in silver[k..<e] {
                guard let t = TokenAlignment.project(s, text: analyzed, characterToByte: c2b, stats: &out.stats)
                else { continue }
                if testDocuments.contains(doc) {
                    out.test.append(t)
                } else if devDocuments.contains(doc) {
                    out.dev.append(t)
                } else if !excludeFromTraining.contains(doc) {
                    out.train.append(t)
                }
            }
        }
        return out
    }
}
