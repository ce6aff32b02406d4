import ArgumentParser
import DyadCoder
import DyadSyntax
import DyadText
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dyad bench`: measures throughput and peak memory of a pipeline stage on a corpus, the way
/// docs/performance.md reports them.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure words/s, documents/s and peak memory on a corpus.",
        discussion: """
            Runs the same code as the real command (reading, analysis, JSON output) and writes the \
            output to /dev/null. Words are whitespace-separated runs, as `wc -w` counts them.
            """
    )

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        /// Tokenization and sentence splitting only.
        case tokenize
        /// `dyad mentions --format jsonl`.
        case mentions
        /// `dyad code --format jsonl`.
        case code
        /// The tagger and dependency parser alone, on every sentence (tokenization excluded from
        /// nothing: it is the text stage plus parsing).
        case parse

        /// The last pipeline stage it runs.
        var pipelineStage: Pipeline.Stage {
            switch self {
            case .tokenize, .parse: .text
            case .mentions: .mentions
            case .code: .events
            }
        }
    }

    @Option(help: "What to measure: tokenize, mentions, code, or parse (tagger and parser on every sentence).")
    var stage: Stage = .mentions

    @Option(help: "Documents processed at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Passes over the corpus (the best pass is reported).")
    var passes: Int = 1

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Instead of a corpus: fill --db with this many synthetic events and time queries on it.")
    var synthetic: Int?

    @Option(help: "The store for --synthetic, a file or a postgres:// URL (reused when it already holds the events).")
    var db: String?

    @Argument(help: "Corpus files or folders (JSON Lines or seed-shaped text).")
    var paths: [String] = []

    func run() throws {
        if let synthetic {
            guard let db else { throw ValidationError("--synthetic needs --db FILE") }
            return try StoreBench(events: synthetic, path: db).run()
        }
        guard !paths.isEmpty else { throw ValidationError("give corpus paths, or --synthetic N --db FILE") }
        let loadStart = DispatchTime.now()
        // The pipelines of the real commands: `dyad code --format jsonl` for code.
        var options = EventOutput.options(merge: false)
        options.stage = stage.pipelineStage
        let output = EventOutput(pipeline: try lexicon.pipeline(options), format: .jsonl)
        let loadSeconds = seconds(since: loadStart)
        let sink = ByteOutput(fd: open("/dev/null", O_WRONLY))
        var best = Double.infinity
        var words = 0
        var docs = 0
        var mentions = 0
        var outBytes = 0
        var parsedWords = 0
        let parser = stage == .parse ? SyntaxParser(model: try lexicon.loadSyntax()) : nil
        for _ in 0..<max(1, passes) {
            words = 0
            docs = 0
            mentions = 0
            outBytes = 0
            parsedWords = 0
            let start = DispatchTime.now()
            let stage = stage
            OrderedBatches(threads: threads).run(DocumentReader(paths: paths)) { doc -> (Int, Int, Int, [UInt8]) in
                let a = output.pipeline.annotate(doc)
                let w = Self.countWords(a.text.bytes)
                switch stage {
                case .tokenize: return (w, a.text.tokens.count, 0, [])
                case .parse:
                    var arcs = 0
                    for s in a.text.sentences { arcs += parser!.parse(a.text, sentence: s).tokens.count }
                    return (w, arcs, w, [])
                case .mentions:
                    let n = a.mentions.reduce(0) {
                        $0 + $1.places.count + $1.actors.count + $1.quantities.count + $1.dates.count
                    }
                    return (w, n, 0, MentionsCommand.bytes(a, format: .jsonl))
                case .code:
                    // Words of the sentences the events stage parsed (those with a candidate trigger).
                    var parsed = 0
                    for case let t? in a.trees { parsed += Self.countWords(a.text, tokens: t.tokens) }
                    return (w, a.events.count, parsed, output.bytes(for: a))
                }
            } emit: { r in
                if case .success(let (w, n, p, bytes)) = r {
                    words += w
                    docs += 1
                    mentions += n
                    parsedWords += p
                    outBytes += bytes.count
                    sink.write(bytes)
                }
            }
            sink.flush()
            best = min(best, seconds(since: start))
        }
        var usage = rusage()
        getrusage(0, &usage)  // RUSAGE_SELF
        let peakMB = Double(usage.ru_maxrss) / 1024
        let report: [(String, String)] = [
            ("stage", stage.rawValue),
            ("threads", String(threads)),
            ("documents", String(docs)),
            ("words", String(words)),
            (stage == .mentions ? "mentions" : stage == .code ? "events" : "tokens", String(mentions)),
            ("parsed_words", String(parsedWords)),
            ("output_bytes", String(outBytes)),
            ("lexicon_load_s", String(format: "%.3f", loadSeconds)),
            ("seconds", String(format: "%.3f", best)),
            ("words_per_s", String(format: "%.0f", Double(words) / best)),
            ("documents_per_s", String(format: "%.0f", Double(docs) / best)),
            ("peak_rss_mb", String(format: "%.1f", peakMB)),
        ]
        for (k, v) in report { print("\(k.padding(toLength: 16, withPad: " ", startingAt: 0)) \(v)") }
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Words (as `wc -w` counts them) in a span of tokens: the bytes from its first to its last token.
    static func countWords(_ text: AnalyzedText, tokens r: Range<Int>) -> Int {
        guard !r.isEmpty else { return 0 }
        return countWords(Array(text.bytes[text.tokens[r.lowerBound].start..<text.tokens[r.upperBound - 1].end]))
    }

    /// Whitespace-separated runs, as `wc -w` counts words.
    static func countWords(_ bytes: [UInt8]) -> Int {
        var n = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
