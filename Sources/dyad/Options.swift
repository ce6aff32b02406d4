import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// Options every command that reads text shares: where the lexicon and the syntax model come from.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A folder of your own lexicon files to merge (repeatable).")
    var userLexicons: [String] = []

    @Option(
        name: .customLong("lexicon-data"),
        help: "The built-in lexicon folder, when the binary was copied away from its resources.")
    var dataDirectory: String?

    @Option(
        name: .customLong("syntax-model"),
        help: "The tagger and parser weights (syntax-en.bin), when the binary was copied away from its resources.")
    var syntaxModel: String?

    @Option(
        help:
            "Events dated more than this many days before their document are historical (kept out of timelines and counts)."
    )
    var historicalDays: Int = 365

    /// Loads the lexicon, turning a failure into a clean exit with the reason.
    func load() throws -> Lexicon {
        do {
            return try Lexicon.load(dataDirectory: dataDirectory, userDirectories: userLexicons)
        } catch let e as LexiconError {
            throw ValidationError(e.description)
        }
    }

    /// Loads the syntax model, turning a failure into a clean exit naming every path searched.
    func loadSyntax() throws -> SyntaxModel {
        do {
            return try SyntaxModel.load(path: syntaxModel)
        } catch {
            throw ValidationError(
                "\(error.description) (give --syntax-model FILE or set \(SyntaxModel.environmentVariable))")
        }
    }

    /// The pipeline every text-reading command runs, over this lexicon and, when the options reach
    /// the events stage, the syntax model.
    func pipeline(_ options: Pipeline.Options) throws -> Pipeline {
        var options = options
        guard historicalDays >= 0 else {
            throw ValidationError("--historical-days \(historicalDays): expected 0 or more")
        }
        options.historicalDays = historicalDays
        let lexicon = try load()
        guard options.stage >= .events else { return Pipeline(lexicon: lexicon, options: options) }
        return Pipeline(lexicon: lexicon, syntax: try loadSyntax(), options: options)
    }
}

/// What every command that reads documents shares: how large a document may be.
struct InputOptions: ParsableArguments {
    @Option(
        help: """
            The largest document read, in bytes (K and M suffixes); a larger seed file or JSON line \
            is refused with its size. Documents over 256K are coded in parts.
            """)
    var maxDocumentBytes: String = "8M"

    @Option(
        help: "The day (YYYY-MM-DD or today) of plain texts without a 'date YYYY-MM-DD' first line.")
    var date: String?

    func validate() throws {
        guard parseByteSize(maxDocumentBytes) != nil else {
            throw ValidationError("--max-document-bytes \(maxDocumentBytes): expected bytes, e.g. 8M")
        }
        _ = try defaultDate()
    }

    /// The `--date` day, if given: relative dates ("on Tuesday") of an undated text are read against it.
    func defaultDate() throws -> Day? {
        guard let date else { return nil }
        if date.lowercased() == "today" {
            // A day's ordinal counts days since 1970-01-01 (UTC).
            return Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        }
        guard let d = Day(iso: date) else { throw ValidationError("--date \(date): expected YYYY-MM-DD or today") }
        return d
    }

    /// The limit in bytes.
    var limit: Int { parseByteSize(maxDocumentBytes) ?? DocumentReader.defaultMaxDocumentBytes }

    /// A reader over `paths` with this limit.
    func reader(_ paths: [String], refusesRepeatedIDs: Bool = false) -> DocumentReader {
        var r = DocumentReader(paths: paths, maxDocumentBytes: limit, refusesRepeatedIDs: refusesRepeatedIDs)
        r.defaultDate = try? defaultDate()
        return r
    }
}

/// "8M" → 8 388 608; "512K", "1000"; nil for anything else or a size below 1.
func parseByteSize(_ s: String) -> Int? {
    let upper = s.uppercased()
    let scale = upper.hasSuffix("M") ? 1 << 20 : upper.hasSuffix("K") ? 1 << 10 : 1
    guard let n = Int(scale == 1 ? upper : String(upper.dropLast())), n > 0, n <= Int.max / scale else { return nil }
    return n * scale
}

/// Writes a message to standard error.
func warn(_ message: String) {
    let out = ByteOutput(fd: 2, capacity: 1 << 12)
    out.write(message + "\n")
    out.flush()
}

/// Transforms every document `reader` reads on `threads` cores and writes the bytes to standard
/// output in input order; bad and empty documents are reported on stderr as `file:line: problem`.
/// - Throws: `ExitCode(1)` after everything was written when any document was refused (empty
///   ones are only reported).
func writeDocuments(
    _ reader: DocumentReader, threads: Int, header: String? = nil,
    transform: @escaping @Sendable (Document) -> [UInt8]
) throws {
    let out = ByteOutput()
    if let header { out.write(header) }
    var failed = 0
    OrderedBatches(threads: threads).run(reader, transform: transform) { result in
        switch result {
        case .success(let bytes): out.write(bytes)
        case .failure(let issue):
            out.flush()
            warn(issue.description)
            if issue.isFailure { failed += 1 }
        }
    }
    out.flush()
    if failed > 0 { throw ExitCode(1) }
}
