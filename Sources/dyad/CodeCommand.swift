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
            (keys sorted); tsv has one event per line; table is a readable terminal view. An event a \
            document tells twice (a summary and a quote, a subheading and its paragraph) is one record \
            with a mentions count, as the gold files annotate events and as `dyad ingest` stores them, \
            so `score.py` on this output gives the figures `dyad eval` prints; --tellings keeps every \
            telling apart. Documents are coded on all cores \
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

    @Flag(
        help:
            "Keep every telling of an event apart (by default a document's repeats are one record with a mentions count)."
    )
    var tellings = false

    /// Kept so old scripts still run: repeated tellings are merged by default now.
    @Flag(help: .hidden)
    var merge = false

    /// Adds each event's confidence-model features (scripts/calibrate_confidence.py).
    @Flag(help: .hidden)
    var confidenceFeatures = false

    /// Kept so old scripts still run: the same as --tellings.
    @Flag(help: .hidden)
    var mentions = false

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var input: InputOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func validate() throws {
        if merge && (mentions || tellings) { throw ValidationError("--merge and --tellings contradict each other") }
    }

    func run() throws {
        if mentions { warn("dyad code: --mentions is deprecated: use --tellings") }
        let apart = tellings || mentions
        var configured = EventOutput(
            pipeline: try lexicon.pipeline(EventOutput.options(merge: !apart, explain: explain || format == .explain)),
            format: explain ? .explain : format)
        configured.features = confidenceFeatures
        let output = configured
        try writeDocuments(input.reader(paths), threads: threads, header: output.header) { doc in output.bytes(for: doc)
        }
    }
}

extension EventOutput.Format: ExpressibleByArgument {}
