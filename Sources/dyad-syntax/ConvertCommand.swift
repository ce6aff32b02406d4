import ArgumentParser
import DyadSyntax
import Foundation

/// Projects the teacher's silver parses onto Dyad's tokens and writes train/dev/test treebanks.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Convert silver CoNLL-U onto Dyad tokens (train/dev/test treebanks).")

    @Option(help: "Silver CoNLL-U file (.conllu or .conllu.xz); repeatable.")
    var silver: [String]
    @Option(help: "Folder with the corpora (reuters21578/rss2022_en/bbc .jsonl).")
    var corpus = "../shared/data/corpus"
    @Option(help: "Held-out (test) document ids, one per line.")
    var heldout: String
    @Option(help: "Development document ids, one per line.")
    var dev: String
    @Option(help: "Documents to leave out of the training set (e.g. those already in another treebank).")
    var excludeDocs: [String] = []
    @Option(help: "Output prefix: writes PREFIX-train.tbk, PREFIX-dev.tbk, PREFIX-test.tbk.")
    var out: String
    @Flag(help: "Print examples of split and crossing token groups.")
    var showExamples = false

    func run() throws {
        let test = try Support.ids(heldout)
        let devIDs = try Support.ids(dev)
        var excluded = Set<String>()
        for f in excludeDocs { excluded.formUnion(try Support.ids(f)) }
        var sentences: [SilverSentence] = []
        for path in silver {
            sentences += try ConllU.parse(try Support.bytes(path))
        }
        Support.log("read \(sentences.count) silver sentences")
        let files = ["reuters21578", "rss2022_en", "bbc"].map { "\(corpus)/\($0).jsonl" }
        let o = SilverConverter.convert(
            sentences, corpora: files, testDocuments: test, devDocuments: devIDs, excludeFromTraining: excluded)
        print(o.stats)
        if showExamples { for e in o.stats.examples { print("  " + e) } }
        for (name, set) in [("train", o.train), ("dev", o.dev), ("test", o.test)] {
            try TreebankFile.write(set, to: "\(out)-\(name).tbk")
            print("\(name): \(set.count) sentences, \(set.reduce(0) { $0 + $1.count }) tokens -> \(out)-\(name).tbk")
        }
    }
}
