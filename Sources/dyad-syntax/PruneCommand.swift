import ArgumentParser
import DyadSyntax
import Foundation

/// Prunes small weights from a trained model (for trading size and speed against accuracy).
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Prune a trained model (from train) and pack it into the shipped format; optionally score it.")

    @Option(help: "Input model.") var model: String
    @Option(help: "Output model.") var out: String?
    @Option(help: "Tagger threshold (stored units; the largest weight is 32000).") var tagger = 1
    @Option(help: "Transition threshold.") var transitions = 1
    @Option(help: "Labeller threshold.") var labeller = 1
    @Option(help: "Treebank to evaluate the pruned model on.") var dev: String?
    @Option(help: "Training treebanks to derive the tag and label shortcuts from; repeatable.")
    var shortcutsFrom: [String] = []
    @Option(help: "Occurrences a word or tag pair needs for a shortcut.") var shortcutMinimum = 100
    @Option(help: "Share of its most frequent tag or label a shortcut needs.") var shortcutPurity = 0.998

    func run() throws {
        var m = try SyntaxModel.load(path: model).pruned(tagger: tagger, transitions: transitions, labeller: labeller)
        if !shortcutsFrom.isEmpty {
            var sentences: [TreebankSentence] = []
            for f in shortcutsFrom { sentences += try TreebankFile.read(f) }
            m = m.withShortcuts(from: sentences, minimum: shortcutMinimum, purity: shortcutPurity)
        }
        print("\(m.summary); \(m.encoded().count) bytes")
        if let dev { print(Evaluator.evaluate(m, on: try TreebankFile.read(dev))) }
        if let out { try m.write(to: out) }
    }
}
