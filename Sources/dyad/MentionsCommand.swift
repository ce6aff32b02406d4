import ArgumentParser
import DyadLexicon
import DyadText
import Foundation

/// `dyad mentions`: prints what was recognised in each sentence.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Print the places, actors, quantities and dates recognised in each sentence.",
        discussion: """
            PATH is a seed-shaped text file ("date YYYY-MM-DD" then the article), a JSON Lines file \
            (id, date, text per line), a folder (searched for *.txt and *.jsonl), or - for stdin. \
            Problems with single documents are reported on stderr as file:line: problem; the other \
            documents are still processed, and the exit status is 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    @Option(help: "Output format: jsonl (one mention per line) or table.")
    var format: Format = .jsonl

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func run() throws {
        let lex = try lexicon.load()
        let recognizer = MentionRecognizer(lexicon: lex)
        let format = format
        try writeDocuments(paths, threads: threads) { doc in
            let text = AnalyzedText(doc.text)
            let sentences = recognizer.recognize(text, documentDate: doc.date)
            var bytes: [UInt8] = []
            switch format {
            case .jsonl:
                for s in sentences {
                    for m in s.all {
                        m.appendJSONLine(document: doc.id, text: text, to: &bytes)
                    }
                }
            case .table:
                bytes += Array(MentionTable.render(doc, text, sentences).utf8)
            }
            return bytes
        }
    }
}
