import ArgumentParser
import DyadSyntax
import Foundation

/// Trains the tagger, parser and labeller and writes the model file.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train the tagger and parser from converted treebanks.")

    @Option(help: "Training treebank (.tbk); repeatable.")
    var train: [String]
    @Option(help: "Development treebank (.tbk) for choosing the epoch.")
    var dev: String
    @Option(help: "Where to write the model (training precision; `prune` packs it for shipping).")
    var out: String
    @Option(help: "Tagger epochs.") var taggerEpochs = 8
    @Option(help: "Parser epochs.") var parserEpochs = 15
    @Option(help: "Jackknife folds for the parser's training tags (1 = gold tags).") var folds = 4
    @Option(help: "Random seed.") var seed: UInt64 = 20_240_601
    @Option(help: "Drop quantised weights below this magnitude (the largest is 32000).") var prune = 512
    @Option(help: "Evaluate on dev from this parser epoch on (1-based).") var evaluateFrom = 1
    @Option(help: "Use only the first N training sentences (0 = all).") var limit = 0
    @Option(help: "Tagger feature-table bits.") var taggerBits = 20
    @Option(help: "Transition feature-table bits.") var transitionBits = 20
    @Option(help: "Labeller feature-table bits.") var labelBits = 19

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var sentences: [TreebankSentence] = []
        for p in train { sentences += try TreebankFile.read(p) }
        if limit > 0 && sentences.count > limit { sentences = Array(sentences.prefix(limit)) }
        let devSet = try TreebankFile.read(dev)
        Support.log(
            "training on \(sentences.count) sentences (\(sentences.reduce(0) { $0 + $1.count }) tokens), dev \(devSet.count)"
        )
        var s = Trainer.Settings()
        s.taggerEpochs = taggerEpochs
        s.parserEpochs = parserEpochs
        s.folds = folds
        s.seed = seed
        s.pruneMinimum = prune
        s.taggerBits = taggerBits
        s.transitionBits = transitionBits
        s.labelBits = labelBits
        s.evaluateFrom = max(evaluateFrom - 1, 0)
        let model = Trainer(settings: s, log: { Support.log($0) }).train(sentences, dev: devSet)
        try model.writeTrainingTables(to: out)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        Support.log(
            "wrote \(out) (\(size) bytes; \(model.summary)) in \(String(format: "%.1f", Support.seconds(clock.now - start) / 60)) min"
        )
    }
}
