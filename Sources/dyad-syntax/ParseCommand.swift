import ArgumentParser
import DyadSyntax
import DyadText
import Foundation

/// Prints the tagged, parsed sentences of a text as CoNLL-style lines (for looking at trees).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse text from an argument or stdin.")

    @Option(help: "Model file (default: the built-in one).") var model: String?
    @Argument(help: "Text (default: standard input).") var text: String?

    func run() throws {
        let m = try SyntaxModel.load(path: model)
        let input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let a = AnalyzedText(input)
        let p = SyntaxParser(model: m)
        for s in a.sentences {
            let tree = p.parse(a, sentence: s)
            for i in s.tokens {
                let h = tree.head(i)
                print(
                    "\(i - s.tokens.lowerBound + 1)\t\(a.string(a.tokens[i]))\t\(tree.tag(i))\t\(h == i ? 0 : h - s.tokens.lowerBound + 1)\t\(tree.label(i))"
                )
            }
            print("")
        }
    }
}
