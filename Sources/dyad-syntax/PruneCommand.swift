import ArgumentParser
import DyadSyntax
import Foundation

/// Prunes small weights from a trained model (for trading size and speed against accuracy).
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune", abstract: "Drop small weights from a model; optionally score the result.")

    @Option(help: "Input model.") var model: String
    @Option(help: "Output model.") var out: String?
    @Option(help: "Tagger threshold (stored units; the largest weight is 32000).") var tagger = 1
    @Option(help: "Transition threshold.") var transitions = 1
    @Option(help: "Labeller threshold.") var labeller = 1
    @Option(help: "Treebank to evaluate the pruned model on.") var dev: String?

    func run() throws {
        let m = try SyntaxModel.load(path: model).pruned(tagger: tagger, transitions: transitions, labeller: labeller)
        print("\(m.summary); \(m.encoded().count) bytes")
        if let dev { print(Evaluator.evaluate(m, on: try TreebankFile.read(dev))) }
        if let out { try m.write(to: out) }
    }
}
