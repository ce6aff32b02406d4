import DyadCoder
import DyadLexicon
import DyadStore

extension IngestItem {
    /// What the store keeps of an annotated document: the pipeline's layers, handed over as the
    /// store's records (the store itself does not code).
    init(_ annotated: AnnotatedDocument) {
        self.init(
            document: annotated.document, text: annotated.text, mentions: annotated.mentions,
            events: annotated.events)
    }
}

extension Pipeline {
    /// The pipeline of `dyad ingest`, `recode`, `demo` and the server's ingest route: every stage,
    /// repeated tellings merged into one record with a mentions count, because the dashboard and
    /// the counts treat a stored event as one event.
    static func forStore(_ options: LexiconOptions) throws -> Pipeline {
        try options.pipeline(Options(stage: .events, mergeRepeatedTellings: true))
    }

    /// The coding a `StoreIngestor` runs on its worker threads: annotate (in parts when the
    /// document is long), then keep.
    var storeCoding: StoreIngestor.Coding {
        let pipeline = self
        return { pipeline.ingestItem($0, partBytes: Pipeline.defaultPartBytes) }
    }
}
