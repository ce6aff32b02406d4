import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// Text in, annotated document out: tokenizer and sentence splitter, mention recognizer, event
/// coder, in that order, as spaCy's `nlp(text)` runs its components.
///
/// Build one per process from a compiled lexicon and share it: it is an immutable value, so many
/// threads can annotate documents at once. Every command that reads text (`dyad code`, `eval`,
/// `mentions`, `bench`, `ingest`, `recode`, `demo`, the server's ingest route) goes through it,
/// so they cannot wire the stages differently.
public struct Pipeline: Sendable {
    /// The stages, in the order they run; each needs the ones before it.
    public enum Stage: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// Tokens and sentences only (`dyad bench --stage tokenize`).
        case text
        /// Also the places, actors, quantities and dates of each sentence (`dyad mentions`).
        case mentions
        /// Also the events (`dyad code`).
        case events

        public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// What callers vary.
    public struct Options: Sendable, Hashable {
        /// The last stage to run (the earlier ones always run).
        public var stage: Stage
        /// Whether each event records the rules that coded it (`AnnotatedDocument.traces`,
        /// `dyad code --explain`); off by default, as building the notes costs time.
        public var explain: Bool = false
        /// Whether the same event told more than once in a document becomes one record with a
        /// `mentions` count (the store, the dashboard and `dyad code` count events once, as the
        /// gold files annotate them), or every telling stays its own record (`dyad code --tellings`).
        public var mergeRepeatedTellings: Bool
        /// Events dated more than this many days before their document's date are `historical`:
        /// kept, but out of timelines and rollups unless asked for.
        public var historicalDays: Int = 365

        /// - Parameters:
        ///   - stage: the last stage to run; all of them by default.
        ///   - mergeRepeatedTellings: merge repeats into one record; off by default (every
        ///     telling apart, as `dyad code --tellings` and the benchmark code them).
        public init(stage: Stage = .events, mergeRepeatedTellings: Bool = false) {
            self.stage = stage
            self.mergeRepeatedTellings = mergeRepeatedTellings
        }
    }

    /// The compiled lexicon every stage reads.
    public let lexicon: Lexicon
    /// What this pipeline runs.
    public let options: Options
    /// The mentions stage.
    public let recognizer: MentionRecognizer
    /// The events stage (nil when the options stop before events: no syntax model is needed).
    public let coder: EventCoder?

    /// Creates a pipeline over a compiled lexicon and a syntax model.
    /// - Parameters:
    ///   - lexicon: the compiled lexicon every stage reads.
    ///   - syntax: the tagger and parser weights the events stage reads sentence structure with.
    ///   - options: what to run.
    public init(lexicon: Lexicon, syntax: SyntaxModel, options: Options = Options()) {
        self.lexicon = lexicon
        self.options = options
        self.recognizer = MentionRecognizer(lexicon: lexicon)
        self.coder = EventCoder(lexicon: lexicon, parser: SyntaxParser(model: syntax))
    }

    /// Creates a pipeline that stops before the events stage (`dyad mentions`, `bench --stage
    /// tokenize`), which needs no syntax model.
    /// - Precondition: `options.stage` is below `.events`.
    public init(lexicon: Lexicon, options: Options) {
        precondition(options.stage < .events, "the events stage needs a syntax model")
        self.lexicon = lexicon
        self.options = options
        self.recognizer = MentionRecognizer(lexicon: lexicon)
        self.coder = nil
    }

    /// A headline or a subheading (a line of its own without a final stop, set apart by the
    /// sentence splitter) sums up what follows: an event it tells that its section (the sentences up
    /// to the next heading) tells again is the section's, not a telling of its own ("Germany to send
    /// tanks to Ukraine⏎Germany said it would send 14 tanks …"; a subheading "Prosecutors warn
    /// protesters⏎Prosecutors issued a warning …").
    func dropHeadlineRepeats(_ annotated: inout AnnotatedDocument) {
        let text = annotated.text
        let sentences = text.sentences
        guard sentences.count > 1 else { return }
        func isHeading(_ k: Int) -> Bool {
            let s = sentences[k]
            guard k + 1 < sentences.count, !s.tokens.isEmpty, s.tokens.upperBound < text.tokens.count else {
                return false
            }
            func startsLine(_ t: Int) -> Bool { !text.tokens[t].shape.isDisjoint(with: [.lineStart, .paragraphStart]) }
            let last = text.tokens[s.tokens.upperBound - 1].shape
            guard !last.contains(.terminal), startsLine(s.tokens.upperBound) else { return false }
            // A subheading is a short line of words; a paragraph ending in a quote mark or a
            // bracket is not one.
            return k == 0 || startsLine(s.tokens.lowerBound) && s.tokens.count <= 16 && !last.contains(.punctuation)
        }
        let headings = sentences.indices.filter(isHeading)
        guard !headings.isEmpty else { return }
        var keep = [Bool](repeating: true, count: annotated.events.count)
        for (n, h) in headings.enumerated() {
            let sectionEnd = n + 1 < headings.count ? headings[n + 1] : sentences.count
            let section = annotated.events.filter { $0.evidence.sentence > h && $0.evidence.sentence < sectionEnd }
            // Headlines drop the future ("Germany to send tanks"): the body's "would send" is the same act;
            // and they name the state for its forces ("Russia launches invasion" ⏎ "Russian forces attacked").
            // A headline that names a side its story's telling leaves open ("governor urges overhaul of
            // Democrats' strategy" ⏎ "Gov. Newsom called for …") is the better telling: the story's goes.
            func repeated(_ e: CodedEvent) -> Bool {
                let types: Set<EventType> = [e.type, lexicon.policy(e.type).intendedType]
                return section.contains { b in
                    types.contains(b.type) && Self.covers(b.source, e.source) && Self.covers(b.target, e.target)
                        || EventCoder.sameEvent(b, e) && !Self.tellsMore(e, than: b)
                }
            }
            for (k, e) in annotated.events.enumerated() where e.evidence.sentence == h {
                // Each names a side the other leaves open ("Australian adviser sentenced in Myanmar" ⏎
                // "… has been convicted by the junta"): one event, the headline's with the story's side.
                let events = annotated.events
                let completing = events.indices.lazy.compactMap { j -> (Int, CodedEvent)? in
                    let b = events[j]
                    guard keep[j], b.evidence.sentence > h, b.evidence.sentence < sectionEnd,
                        EventCoder.sameEvent(b, e), Self.namesOpenSide(e, than: b), Self.namesOpenSide(b, than: e),
                        let c = Self.complement(e, b)
                    else { return nil }
                    var merged = e
                    merged.source = c.source
                    merged.target = c.target
                    return (j, merged)
                }.first
                if let (j, merged) = completing {
                    let b = annotated.events[j]
                    annotated.events[k] = merged
                    keep[j] = false
                    if annotated.traces.count == annotated.events.count {
                        annotated.traces[k].append(
                            TraceStep(
                                rule: "headline-complement",
                                note: "the side the headline leaves open ← the story's telling \"\(b.trigger)\""))
                    }
                    continue
                }
                if repeated(e) {
                    keep[k] = false
                    continue
                }
                for (j, b) in annotated.events.enumerated()
                where b.evidence.sentence > h && b.evidence.sentence < sectionEnd && EventCoder.sameEvent(b, e)
                    && Self.tellsMore(e, than: b)
                {
                    keep[j] = false
                }
            }
        }
        guard keep.contains(false) else { return }
        if annotated.traces.count == annotated.events.count {
            annotated.traces = zip(annotated.traces, keep).filter(\.1).map(\.0)
        }
        annotated.events = zip(annotated.events, keep).filter(\.1).map(\.0)
    }

    /// Whether a headline's telling tells all the story's telling does and names a side's country
    /// that the story's leaves out.
    static func tellsMore(_ headline: CodedEvent, than body: CodedEvent) -> Bool {
        covers(headline.source, body.source) && covers(headline.target, body.target)
            && (!covers(body.source, headline.source) || !covers(body.target, headline.target))
    }

    /// Whether `one` names a country on a side that `other` leaves open (implied or unnamed).
    static func namesOpenSide(_ one: CodedEvent, than other: CodedEvent) -> Bool {
        names(one.source) && !names(other.source) || names(one.target) && !names(other.target)
    }

    /// The sides of one event told twice, each side from the telling that names it: nil when that
    /// would set a country against itself in place of a side the domain implied ("Kyiv drone attacks"
    /// ⏎ "drone attacks pummeled Kyiv": Kyiv is the target of the Russian attacks the war implies, not
    /// their actor).
    static func complement(_ headline: CodedEvent, _ body: CodedEvent) -> (
        source: [CodedEvent.Actor], target: [CodedEvent.Actor]
    )? {
        var source = headline.source
        var target = headline.target
        var overrides = false
        if names(body.source), !names(headline.source) {
            overrides = overrides || !headline.source.isEmpty
            source = body.source
        }
        if names(body.target), !names(headline.target) {
            overrides = overrides || !headline.target.isEmpty
            target = body.target
        }
        if overrides, !Set(source.compactMap(\.country)).isDisjoint(with: target.compactMap(\.country)) { return nil }
        return (source, target)
    }

    /// Whether a side names a country in the text (not only implied by the domain).
    static func names(_ side: [CodedEvent.Actor]) -> Bool { side.contains { !$0.implied && $0.country != nil } }

    /// Whether the story's side `body` tells at least what the headline's side `headline` does:
    /// the headline names no country there, or the story names one of its countries. An actor the
    /// domain implies (`implied`) is told by neither.
    static func covers(_ body: [CodedEvent.Actor], _ headline: [CodedEvent.Actor]) -> Bool {
        let h = Set(headline.filter { !$0.implied }.compactMap(\.country))
        return h.isEmpty || !h.isDisjoint(with: Set(body.filter { !$0.implied }.compactMap(\.country)))
    }

    /// Runs the stages the options ask for on one document.
    /// - Parameter document: the document; its date resolves relative dates.
    /// - Returns: the document with its layers (those of stages not run are empty).
    public func annotate(_ document: Document) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document: document, text: AnalyzedText(document.text))
        guard options.stage >= .mentions else { return annotated }
        annotated.mentions = recognizer.recognize(annotated.text, documentDate: document.date)
        guard options.stage >= .events, let coder else { return annotated }
        coder.code(&annotated, explain: options.explain)
        dropHeadlineRepeats(&annotated)
        if options.mergeRepeatedTellings {
            let merged = EventDeduplicator.mergeKeepingIndices(annotated.events)
            if annotated.traces.count == annotated.events.count {
                annotated.traces = merged.kept.map { annotated.traces[$0] }
            } else {
                annotated.traces = []
            }
            annotated.events = merged.events
        }
        Plausibility.finish(&annotated.events, documentDate: document.date, historicalDays: options.historicalDays)
        return annotated
    }
}
