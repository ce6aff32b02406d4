import DyadModel
import DyadSyntax
import DyadText

/// A document with everything the pipeline found in it: what `Pipeline.annotate` returns, and what
/// every caller (printing, scoring, storing) reads from, so no caller wires the stages by hand.
///
/// Like spaCy's `Doc`, it is the document plus layers. Per-sentence layers are arrays parallel to
/// `text.sentences` (element `i` belongs to sentence `i`), so a new layer (a syntax tree per
/// sentence, say) is one more such array, filled by one more stage, without changing the others.
/// A layer whose stage did not run is empty.
public struct AnnotatedDocument: Sendable {
    /// The document as read.
    public var document: Document
    /// Its tokens and sentences (the `text` stage, always run).
    public var text: AnalyzedText
    /// The places, actors, quantities and dates of each sentence, parallel to `text.sentences`
    /// (the `mentions` stage; empty when it did not run).
    public var mentions: [SentenceMentions]
    /// The coded events in text order (the `events` stage; empty when it did not run), every
    /// telling apart or repeats merged as the pipeline's options say.
    public var events: [CodedEvent]
    /// The dependency tree of each sentence the events stage parsed, parallel to `text.sentences`
    /// (nil for a sentence without a trigger, which is not parsed; empty when the stage did not run).
    public var trees: [SentenceTree?] = []
    /// For each event, the rules that filled it and the arcs they read, parallel to `events`
    /// (kept only when the pipeline explains: `dyad code --explain`).
    public var traces: [[TraceStep]] = []
    /// Triggers that were matched but coded no event, with the reason (only when explaining).
    public var unusedTriggers: [UnusedTrigger] = []

    /// Creates an annotated document from its layers.
    public init(document: Document, text: AnalyzedText, mentions: [SentenceMentions] = [], events: [CodedEvent] = []) {
        self.document = document
        self.text = text
        self.mentions = mentions
        self.events = events
    }
}
