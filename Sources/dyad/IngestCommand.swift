import ArgumentParser
import DyadCoder
import DyadStore
import DyadText
import Foundation

/// `dyad ingest`: codes documents and keeps their events in a store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and store their events in an event store (SQLite file or PostgreSQL).",
        discussion: """
            Reads the same inputs as `dyad code`. Documents are coded on all cores and stored in \
            batches, one transaction each, so a killed run can simply be rerun: documents already \
            stored with the same id and content are skipped, changed ones are re-coded and replaced. \
            A file found in a folder is named by its path under that folder (x/a.txt is x/a); a \
            second document with an id already read in the same run is refused, naming both places, \
            unless --replace says the later one is meant to replace the earlier. Problems with single \
            documents go to stderr as file:line: problem and make the exit status 1; empty documents \
            are reported and skipped.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Documents per transaction (fewer when their text passes 8 MB).")
    var batch: Int = 4096

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Let a document replace an earlier one of this run with the same id instead of refusing it.")
    var replace = false

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var input: InputOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func run() throws {
        let pipeline = try Pipeline.forStore(lexicon)
        let db = try store.open()
        let progress = try ingest(
            input.reader(paths, refusesRepeatedIDs: !replace), into: db, pipeline: pipeline, threads: threads,
            batch: batch,
            totalBytes: IngestReporter.inputBytes(paths))
        if progress.failed > 0 { throw ExitCode(1) }
    }
}

/// Runs an ingest with progress on stderr and the summary at the end (ingest, recode, demo).
func ingest<S: Sequence>(
    _ input: S, into db: any EventStore, pipeline: Pipeline, threads: Int, batch: Int = 4096, replace: Bool = false,
    totalBytes: Int?
) throws -> StoreIngestor.Progress where S.Element == Result<Document, DocumentIssue> {
    let reporter = IngestReporter(totalBytes: totalBytes)
    let ingestor = StoreIngestor(
        store: db, threads: threads, batchSize: batch, replace: replace, coding: pipeline.storeCoding)
    let progress = try storeCall {
        try ingestor.run(input, progress: reporter.update) { issue in warn(issue.description) }
    }
    reporter.finish(progress)
    return progress
}

/// `dyad recode`: re-codes every stored document from its stored text.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Re-code every stored document (after a lexicon or coder change) and replace its events.",
        discussion: "Each batch is replaced in one transaction; a killed recode can be rerun."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let pipeline = try Pipeline.forStore(lexicon)
        let db = try store.open()
        _ = try ingest(
            StoredDocuments(store: db), into: db, pipeline: pipeline, threads: threads, replace: true, totalBytes: nil)
    }
}
