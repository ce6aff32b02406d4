import ArgumentParser
import DyadCoder
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

    @OptionGroup var input: InputOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func run() throws {
        let pipeline = try lexicon.pipeline(Pipeline.Options(stage: .mentions))
        let format = format
        try writeDocuments(input.reader(paths), threads: threads) { doc in
            Self.bytes(pipeline.annotate(doc), format: format)
        }
    }

    /// What `dyad mentions` prints for one document (also what `dyad bench --stage mentions` writes).
    static func bytes(_ a: AnnotatedDocument, format: Format) -> [UInt8] {
        var bytes: [UInt8] = []
        switch format {
        case .jsonl:
            for s in a.mentions {
                for m in s.all {
                    m.appendJSONLine(document: a.document.id, text: a.text, to: &bytes)
                }
            }
        case .table:
            bytes += Array(MentionTable.render(a.document, a.text, a.mentions).utf8)
        }
        return bytes
    }
}
