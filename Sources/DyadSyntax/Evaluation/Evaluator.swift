import Foundation

/// Accuracy of a model against treebank sentences (tags, unlabelled and labelled attachment), with and
/// without punctuation (tokens whose gold tag is a punctuation tag).
public struct EvaluationReport: Sendable, CustomStringConvertible {
    public var sentences = 0
    public var tokens = 0
    public var tagsRight = 0
    public var headsRight = 0
    public var labelledRight = 0
    public var wordTokens = 0
    public var wordTagsRight = 0
    public var wordHeadsRight = 0
    public var wordLabelledRight = 0
    public var seconds = 0.0

    public var tagAccuracy: Double { ratio(tagsRight, tokens) }
    public var uas: Double { ratio(headsRight, tokens) }
    public var las: Double { ratio(labelledRight, tokens) }
    public var tagAccuracyNoPunct: Double { ratio(wordTagsRight, wordTokens) }
    public var uasNoPunct: Double { ratio(wordHeadsRight, wordTokens) }
    public var lasNoPunct: Double { ratio(wordLabelledRight, wordTokens) }

    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "\(sentences) sentences, \(tokens) tokens: tags \(f(tagAccuracy)) UAS \(f(uas)) LAS \(f(las)) | "
            + "without punctuation (\(wordTokens) tokens): tags \(f(tagAccuracyNoPunct)) UAS \(f(uasNoPunct)) "
            + "LAS \(f(lasNoPunct)) | \(Int(Double(tokens) / max(seconds, 1e-9))) tokens/s"
    }
}

/// Runs the tagger and parser (the run-time code path) over treebank sentences and scores them.
public enum Evaluator {
    /// Parses one treebank sentence: tags, heads (positions; a root points at itself) and labels.
    public static func analyze(_ s: TreebankSentence, model: SyntaxModel) -> (
        tags: [UInt8], heads: [Int32], labels: [UInt8]
    ) {
        let n = s.count
        let atoms = s.atoms()
        defer { atoms.deallocate() }
        return Engine.analyze(model, atoms, count: n)
    }

    /// Scores `model` on `sentences`.
    public static func evaluate(_ model: SyntaxModel, on sentences: [TreebankSentence]) -> EvaluationReport {
        var r = EvaluationReport()
        let clock = ContinuousClock()
        let start = clock.now
        for s in sentences {
            let a = analyze(s, model: model)
            r.sentences += 1
            for i in 0..<s.count {
                let punct = PartOfSpeech(rawValue: s.tags[i])?.isPunctuation ?? false
                let tagOK = a.tags[i] == s.tags[i]
                let headOK = a.heads[i] == s.heads[i]
                let labOK = headOK && a.labels[i] == s.labels[i]
                r.tokens += 1
                r.tagsRight += tagOK ? 1 : 0
                r.headsRight += headOK ? 1 : 0
                r.labelledRight += labOK ? 1 : 0
                if !punct {
                    r.wordTokens += 1
                    r.wordTagsRight += tagOK ? 1 : 0
                    r.wordHeadsRight += headOK ? 1 : 0
                    r.wordLabelledRight += labOK ? 1 : 0
                }
            }
        }
        let d = clock.now - start
        r.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return r
    }
}
