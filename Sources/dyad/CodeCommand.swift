import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadText
import Foundation

/// `dyad code`: turns documents into PLOVER event records.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code documents into PLOVER events (who did what to whom, when, where, how many).",
        discussion: """
            Reads the same inputs as `dyad mentions`. JSON Lines output follows ../shared/eval/EVAL.md \
            (keys sorted); tsv has one event per line; table is a readable terminal view. Documents are \
            coded on all cores and printed in input order. Problems with single documents go to stderr \
            as file:line: problem and make the exit status 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, tsv, table
    }

    @Option(help: "Output format: jsonl, tsv or table.")
    var format: Format = .jsonl

    @Flag(help: "Keep every telling of an event apart instead of merging repeats within a document.")
    var mentions = false

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func run() throws {
        let coder = EventCoder(lexicon: try lexicon.load(), deduplicate: !mentions)
        let format = format
        try writeDocuments(paths, threads: threads, header: format == .tsv ? EventTable.tsvHeader + "\n" : nil) { doc in
            let events = coder.code(doc)
            switch format {
            case .jsonl:
                var bytes: [UInt8] = []
                for e in events {
                    bytes += e.json.bytes()
                    bytes.append(0x0A)
                }
                return bytes
            case .tsv: return Array(events.map(EventTable.tsvRow).joined().utf8)
            case .table: return Array(EventTable.render(doc, events).utf8)
            }
        }
    }
}
