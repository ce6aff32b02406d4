import ArgumentParser
import DyadSyntax
import Foundation

/// Scores a model against converted treebanks.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Tag and attachment accuracy on converted treebanks.")

    @Option(help: "Model file (default: the built-in one).") var model: String?
    @Argument(help: "Treebanks (.tbk).") var files: [String]

    func run() throws {
        let m = try SyntaxModel.load(path: model)
        for f in files {
            let r = Evaluator.evaluate(m, on: try TreebankFile.read(f))
            print("\(f): \(r)")
        }
    }
}
