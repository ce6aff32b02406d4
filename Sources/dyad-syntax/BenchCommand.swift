import ArgumentParser
import DyadSyntax
import DyadText
import Foundation

/// Measures tagging + parsing speed on one core over real documents, tokenization excluded.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Words per second of tagger + parser on one thread.")

    @Option(help: "Model file (default: the built-in one).") var model: String?
    @Option(help: "JSON Lines corpus file; repeatable.") var corpus: [String] = []
    @Option(help: "Only documents whose ids are listed in this file.") var docs: String?
    @Option(help: "At most this many documents.") var limit = 3000
    @Option(help: "Timed passes over the documents.") var repeats = 3

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let c0 = Support.threadCPUSeconds()
        let m = try SyntaxModel.load(path: model)
        let load = Support.seconds(clock.now - t0)
        let loadCPU = Support.threadCPUSeconds() - c0
        let only = try Support.ids(docs)
        var texts: [AnalyzedText] = []
        for r in DocumentReader(paths: corpus) {
            guard case .success(let d) = r, only.isEmpty || only.contains(d.id) else { continue }
            texts.append(AnalyzedText(d.text))
            if texts.count >= limit { break }
        }
        let parser = SyntaxParser(model: m)
        var words = 0
        var sentences = 0
        for t in texts {
            words += t.tokens.count
            sentences += t.sentences.count
        }
        var best = Double.infinity
        var bestCPU = Double.infinity
        var check = 0
        for _ in 0..<repeats {
            let s = clock.now
            let c = Support.threadCPUSeconds()
            for t in texts {
                for sent in t.sentences { check &+= parser.parse(t, sentence: sent).roots.count }
            }
            best = min(best, Support.seconds(clock.now - s))
            bestCPU = min(bestCPU, Support.threadCPUSeconds() - c)
        }
        print(
            "model load \(String(format: "%.1f", load * 1000)) ms wall, \(String(format: "%.1f", loadCPU * 1000)) ms CPU; \(texts.count) documents, \(sentences) sentences, \(words) tokens"
        )
        print(
            "tag+parse, one thread, best of \(repeats): \(Int(Double(words) / bestCPU)) words/s and \(Int(Double(sentences) / bestCPU)) sentences/s of thread CPU time (\(Int(Double(words) / best)) words/s wall clock); peak RSS \(String(format: "%.0f", Support.peakRSSMegabytes())) MB [\(check)]"
        )
    }
}
