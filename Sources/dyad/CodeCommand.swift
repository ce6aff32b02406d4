import ArgumentParser
import DyadCoder
import DyadText
import Foundation

/// `dyad code`: turns documents into PLOVER event records.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code documents into PLOVER events (who did what to whom, when, where, how many).",
        discussion: """
            Reads the same inputs as `dyad mentions`. JSON Lines output follows ../shared/eval/EVAL.md \
            (keys sorted); tsv has one event per line; table is a readable terminal view. Every telling \
            of an event is its own record, as the gold files annotate them, so `score.py` on this output \
            gives the figures `dyad eval` prints; --merge makes an event told twice in a document one \
            record with a mentions count (what `dyad ingest` stores). Documents are coded on all cores \
            and printed in input order. Problems with single documents go to stderr as \
            file:line: problem and make the exit status 1 (empty documents are only reported). Documents \
            over 256K are coded in parts cut at paragraph boundaries.
            """
    )

    @Option(
        help:
            "Output format: jsonl, tsv, table, or explain (each parsed sentence's tree and the rules behind each event)."
    )
    var format: EventOutput.Format = .jsonl

    @Flag(
        help:
            "Print each parsed sentence's dependency tree and, for each event, which rule filled which slot from which arc (same as --format explain)."
    )
    var explain = false

    @Flag(help: "Merge repeated tellings of an event within a document into one record with a mentions count.")
    var merge = false

    /// Adds each event's confidence-model features (scripts/calibrate_confidence.py).
    @Flag(help: .hidden)
    var confidenceFeatures = false

    /// Kept so old scripts still run: every telling is apart by default now.
    @Flag(help: .hidden)
    var mentions = false

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var input: InputOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func validate() throws {
        if merge && mentions { throw ValidationError("--merge and --mentions contradict each other") }
    }

    func run() throws {
        if mentions { warn("dyad code: --mentions is deprecated: every telling is kept apart by default") }
        var configured = EventOutput(
            pipeline: try lexicon.pipeline(EventOutput.options(merge: merge, explain: explain || format == .explain)),
            format: explain ? .explain : format)
        configured.features = confidenceFeatures
        let output = configured
        try writeDocuments(input.reader(paths), threads: threads, header: output.header) { doc in output.bytes(for: doc)
        }
    }
}

extension EventOutput.Format: ExpressibleByArgument {}
