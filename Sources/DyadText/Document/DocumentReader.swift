#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams documents out of files, directories and stdin, in a stable order.
///
/// Every input path of the command line goes through this one reader, so that directory walking,
/// format detection (seed-shaped text vs JSON Lines) and error reporting behave the same
/// everywhere. It is a lazy `Sequence`: JSON Lines files are read in fixed-size chunks, so memory
/// stays flat however large the corpus, and every problem comes out as a `DocumentIssue` element
/// in place of the document, so that one bad line or file never stops the rest.
///
/// - Directories are walked recursively in sorted (byte-wise) order, taking `*.txt` (seed shape)
///   and `*.jsonl`/`*.ndjson` (JSON Lines); hidden entries are skipped. A file found in a folder
///   takes its id from its path relative to that folder (`x/a.txt` and `y/a.txt` are `x/a` and
///   `y/a`), so two files of the same name never share an id.
/// - A document over `maxDocumentBytes` (a seed file, a JSON line, stdin) is refused with its size,
///   without being held in memory: coding takes tens of times a document's size, so one huge line
///   must not decide how much memory a run needs.
/// - With `refusesRepeatedIDs`, a document whose id was already read in this pass is refused,
///   naming where the first one came from, so that storing never silently replaces one document
///   of a run with another.
/// - A file is read by its extension: `.jsonl`, `.json` and `.ndjson` are JSON Lines, anything
///   else is one seed-shaped document (`date YYYY-MM-DD` then the article text).
/// - `-` is stdin: JSON Lines when its first non-blank byte is `{`, else one seed-shaped document
///   with id `stdin`.
/// - No paths means no documents; defaulting to stdin is the caller's decision.
public struct DocumentReader: Sequence, Sendable {
    /// The input paths, read in this order.
    public var paths: [String]
    /// The largest document read, in bytes (a seed file, or one JSON line with its syntax).
    public var maxDocumentBytes: Int
    /// Whether a document whose id an earlier document of this pass had is refused.
    public var refusesRepeatedIDs: Bool
    /// The day of a plain text without a `date YYYY-MM-DD` line (`dyad code --date`); nil: such a
    /// text is refused, as a date is what relative dates ("on Tuesday") are read against.
    public var defaultDate: Day?

    /// The default document size limit: 8 MiB, far above any news article, and small enough
    /// that coding one (about 30 times its size) fits in memory next to everything else.
    public static let defaultMaxDocumentBytes = 8 << 20

    /// Creates a reader over files, directories and `-` (stdin) with the default size limit.
    public init(paths: [String]) {
        self.init(paths: paths, maxDocumentBytes: Self.defaultMaxDocumentBytes)
    }

    /// Creates a reader over files, directories and `-` (stdin); nothing is opened until iteration.
    /// - Parameters:
    ///   - paths: files, folders and `-`.
    ///   - maxDocumentBytes: documents larger than this are refused (see the type's notes).
    ///   - refusesRepeatedIDs: refuse a document whose id was read before in this pass.
    public init(
        paths: [String], maxDocumentBytes: Int, refusesRepeatedIDs: Bool = false
    ) {
        self.paths = paths
        self.maxDocumentBytes = maxDocumentBytes
        self.refusesRepeatedIDs = refusesRepeatedIDs
    }

    /// Each element is a document or the reason one document (or a whole file) could not be read.
    public typealias Element = Result<Document, DocumentIssue>

    /// Starts reading the paths from the first.
    public func makeIterator() -> Iterator {
        Iterator(
            state: ReaderState(
                paths: paths, maxDocumentBytes: maxDocumentBytes, refusesRepeatedIDs: refusesRepeatedIDs,
                defaultDate: defaultDate))
    }

    /// The reading position; owns the open file, so copies of an iterator share one position.
    public struct Iterator: IteratorProtocol {
        let state: ReaderState

        /// The next document or issue, or nil when every path is done.
        public mutating func next() -> Result<Document, DocumentIssue>? { state.next() }
    }

    /// Parses a JSON Lines blob held in memory with the default size limit and line-numbered ids.
    public static func documents(fromJSONLines bytes: some Collection<UInt8>, origin: String)
        -> [Result<Document, DocumentIssue>]
    {
        documents(fromJSONLines: bytes, origin: origin, maxDocumentBytes: defaultMaxDocumentBytes)
    }

    /// Parses a JSON Lines blob held in memory (a request body, a test fixture).
    ///
    /// Same rules as files: origins are `origin:line`, missing ids become `<origin stem>-<line>`,
    /// blank lines are skipped, a leading BOM and `\r` line ends are tolerated, lines over
    /// `maxDocumentBytes` are refused.
    public static func documents(
        fromJSONLines bytes: some Collection<UInt8>, origin: String, maxDocumentBytes: Int,
        missingIDs: MissingIDs = .lineNumber
    )
        -> [Result<Document, DocumentIssue>]
    {
        func run(_ buffer: UnsafeBufferPointer<UInt8>) -> [Result<Document, DocumentIssue>] {
            var results: [Result<Document, DocumentIssue>] = []
            guard let base = buffer.baseAddress else { return results }
            let stem = fileStem(origin)
            var start = 0
            var lineNumber = 0
            while start < buffer.count {
                let rest = buffer.count - start
                let end =
                    memchr(base + start, 0x0A, rest).map { UnsafeRawPointer(base).distance(to: $0) } ?? buffer.count
                lineNumber += 1
                let line = UnsafeBufferPointer(start: base + start, count: end - start)
                if line.count > maxDocumentBytes {
                    results.append(
                        .failure(
                            DocumentIssue(
                                location: "\(origin):\(lineNumber)",
                                problem: tooLargeProblem(line.count, limit: maxDocumentBytes, what: "line"))))
                } else if let result = lineResult(
                    line, lineNumber: lineNumber, name: origin, stem: stem, missingIDs: missingIDs)
                {
                    results.append(result)
                }
                start = end + 1
            }
            return results
        }
        return bytes.withContiguousStorageIfAvailable(run) ?? Array(bytes).withUnsafeBufferPointer(run)
    }

    /// How a JSON line without an id is named.
    public enum MissingIDs: Sendable, Hashable {
        /// `<file stem>-<line>`: stable for a file read again.
        case lineNumber
        /// `doc-` and a 64-bit FNV-1a hash of the text (hex): for request bodies, where every
        /// body's first line would otherwise be `body-1`.
        case contentHash
    }

    /// The id a document without one gets under `.contentHash`: `doc-` and 16 hex digits.
    public static func contentID(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "doc-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads one seed-shaped document held in memory: `date YYYY-MM-DD`, whitespace, then the text.
    ///
    /// The document's text is the whole content (minus a BOM), prefix included, so that character
    /// offsets agree with the gold files.
    public static func document(fromSeedText bytes: some Collection<UInt8>, id: String, origin: String)
        -> Result<Document, DocumentIssue>
    {
        bytes.withContiguousStorageIfAvailable { seedDocument($0, id: id, location: origin) }
            ?? Array(bytes).withUnsafeBufferPointer { seedDocument($0, id: id, location: origin) }
    }
}

// MARK: - One document from bytes

extension DocumentReader {
    /// Turns one physical JSON line into a document or an issue; nil for a blank line.
    static func lineResult(
        _ raw: UnsafeBufferPointer<UInt8>, lineNumber: Int, name: String, stem: String,
        missingIDs: MissingIDs = .lineNumber
    )
        -> Result<Document, DocumentIssue>?
    {
        var line = raw
        if lineNumber == 1, line.starts(with: utf8BOM) { line = UnsafeBufferPointer(rebasing: line.dropFirst(3)) }
        if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let location = "\(name):\(lineNumber)"
        func issue(_ problem: String, _ id: String? = nil) -> Result<Document, DocumentIssue>? {
            .failure(DocumentIssue(location: location, documentID: id, problem: problem))
        }
        let record: JSONLine
        do {
            record = try JSONLine.parse(line)
        } catch {
            return issue(error.description)
        }
        var ownID: String?
        switch record.id {
        case .string(let s) where !s.isEmpty: ownID = s
        case .integer(let s): ownID = s
        case .other(let kind): return issue("\"id\" is not a string or integer (found \(kind))")
        default: ownID = nil  // missing, null or empty: generated below
        }
        guard case .string(let text)? = record.text else {
            return issue(
                record.text.map { "\"text\" is not a string (found \(kind($0)))" } ?? "missing \"text\"", ownID)
        }
        if let first = text.utf8.first, first > 0x20 && first < 0x80 {
            // The common case: text starts with a visible ASCII character, so it is not blank.
        } else if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            return .failure(DocumentIssue(location: location, documentID: ownID, problem: "empty text", kind: .empty))
        }
        let date: Day?
        switch record.date {
        case nil: return issue("missing \"date\" (use null when unknown)", ownID)
        case .null: date = nil
        case .string(let s):
            guard let day = Day(iso: s) else { return issue(dateProblem(s), ownID) }
            date = day
        case let other?: return issue("\"date\" is not a string or null (found \(kind(other)))", ownID)
        }
        func string(_ value: JSONLine.Value?) -> String? {
            if case .string(let s) = value { return s }
            return nil
        }
        return .success(
            Document(
                id: ownID ?? (missingIDs == .contentHash ? contentID(text) : "\(stem)-\(lineNumber)"), date: date,
                text: text, origin: location,
                title: string(record.title), url: string(record.url),
                outlet: string(record.outlet) ?? string(record.source)))
    }

    /// How a value's kind reads in a message: "a number", "an object", "null".
    static func kind(_ value: JSONLine.Value) -> String {
        switch value {
        case .string: "a string"
        case .integer: "a number"
        case .null: "null"
        case .other(let kind): kind
        }
    }

    /// Reads a seed-shaped file's bytes: optional whitespace, `date YYYY-MM-DD`, whitespace, text.
    static func seedDocument(
        _ bytes: UnsafeBufferPointer<UInt8>, id: String, location: String, defaultDate: Day? = nil
    )
        -> Result<Document, DocumentIssue>
    {
        func issue(_ problem: String, _ kind: DocumentIssue.Kind = .refused) -> Result<Document, DocumentIssue> {
            .failure(DocumentIssue(location: location, problem: problem, kind: kind))
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return issue("empty file", .empty) }
        if let problem = compressedProblem(bytes) { return issue(problem) }
        if let nul = memchr(base, 0, bytes.count) {
            return issue("binary file (NUL byte at offset \(UnsafeRawPointer(base).distance(to: nul)))")
        }
        if let bad = firstInvalidUTF8(bytes) { return issue("invalid UTF-8 at byte \(bad)") }
        let body = bytes.starts(with: utf8BOM) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        var i = 0
        while i < body.count, isSpace(body[i]) { i += 1 }
        guard i < body.count else { return issue("empty file", .empty) }
        let keyword = i + 4 <= body.count ? String(decoding: body[i..<(i + 4)], as: UTF8.self).lowercased() : ""
        guard keyword == "date", i + 4 < body.count, isSpace(body[i + 4]) else {
            if let defaultDate, body[i] != UInt8(ascii: "{") {
                // Plain text with the day given on the command line.
                return .success(
                    Document(id: id, date: defaultDate, text: String(decoding: body, as: UTF8.self), origin: location))
            }
            if body[i] == UInt8(ascii: "{") {
                return issue("no 'date YYYY-MM-DD' prefix (this looks like JSON; name the file .jsonl)")
            }
            return issue("no 'date YYYY-MM-DD' prefix (or give the day with --date)")
        }
        i += 4
        while i < body.count, isSpace(body[i]) { i += 1 }
        let tokenStart = i
        while i < body.count, !isSpace(body[i]) { i += 1 }
        let token = String(decoding: body[tokenStart..<i], as: UTF8.self)
        guard let day = Day(iso: token) else { return issue(dateProblem(token)) }
        if body[i...].allSatisfy(isSpace) { return issue("empty text", .empty) }
        return .success(Document(id: id, date: day, text: String(decoding: body, as: UTF8.self), origin: location))
    }

    /// Why a date string is not accepted, distinguishing impossible dates from other shapes.
    static func dateProblem(_ s: String) -> String {
        let u = Array(s.utf8)
        let shown = u.count > 40 ? String(decoding: u.prefix(40), as: UTF8.self) + "…" : s
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        func isDate(_ a: ArraySlice<UInt8>) -> Bool {
            a.count == 10 && a[a.startIndex + 4] == 0x2D && a[a.startIndex + 7] == 0x2D
                && digits.allSatisfy { a[a.startIndex + $0] >= 0x30 && a[a.startIndex + $0] <= 0x39 }
        }
        if isDate(u[...]) { return "impossible date \"\(shown)\"" }
        if u.count > 10, u[10] == UInt8(ascii: "T") || u[10] == 0x20, isDate(u[..<10]), Day(iso: s.prefix(10)) != nil {
            return "date is not YYYY-MM-DD: \"\(shown)\" (drop the time)"
        }
        return "date is not YYYY-MM-DD: \"\(shown)\""
    }

    /// Why a document over the size limit is refused, with both sizes and the option to change.
    static func tooLargeProblem(_ size: Int, limit: Int, what: String) -> String {
        "\(what) of \(size) bytes is over the document size limit of \(limit) bytes; refused "
            + "(raise it with --max-document-bytes, or split the document)"
    }

    /// A message for gzip/zip/zstd archives, which would otherwise read as garbage.
    static func compressedProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0x1F, 0x8B]) { return "gzip-compressed file (decompress it first)" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "zip archive (extract it first)" }
        if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return "zstd-compressed file (decompress it first)" }
        return nil
    }
}

private let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

@inline(__always) private func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
}

/// The path without its last component's extension: `x/a.txt` → `x/a`.
func pathStem(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return fileStem(path) }
    return String(path[...slash]) + fileStem(String(path[path.index(after: slash)...]))
}

/// The last path component without its extension: the default document id.
func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
}

/// The lower-cased extension of the last path component, without the dot ("" when none).
func fileExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
}

/// The text of the current `errno`, e.g. "No such file or directory".
func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

// MARK: - Streaming state

/// The mutable part of one pass over the paths: what is left to read, and the open JSON Lines file.
final class ReaderState {
    /// A path given by the caller (read whatever its extension) or found by walking a directory.
    enum Work {
        case given(String)
        /// A file found under a given folder: the path, and the folder's path with its `/`.
        case walked(String, root: String)
    }

    /// Device and inode of a directory, to stop symlink loops.
    struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var work: [Work]
    var lines: LineSource?
    var visited: Set<DirectoryID> = []
    let maxDocumentBytes: Int
    /// The day of plain texts without a date line, if the caller gave one.
    let defaultDate: Day?
    /// Where each id read so far came from, when repeated ids are refused (nil otherwise).
    var origins: [String: String]?

    init(paths: [String], maxDocumentBytes: Int, refusesRepeatedIDs: Bool, defaultDate: Day? = nil) {
        work = paths.reversed().map(Work.given)
        self.maxDocumentBytes = maxDocumentBytes
        self.defaultDate = defaultDate
        origins = refusesRepeatedIDs ? [:] : nil
    }

    func next() -> Result<Document, DocumentIssue>? {
        guard let result = nextRead() else { return nil }
        guard origins != nil, case .success(let d) = result else { return result }
        if let first = origins?.updateValue(d.origin, forKey: d.id) {
            origins?[d.id] = first
            return .failure(
                DocumentIssue(
                    location: d.origin, documentID: d.id,
                    problem: "id \"\(d.id)\" was already read from \(first); refused (give each document its "
                        + "own id, or --replace to let the later one replace the earlier)"))
        }
        return result
    }

    func nextRead() -> Result<Document, DocumentIssue>? {
        while true {
            if let source = lines {
                if let result = source.next() { return result }
                lines = nil
                continue
            }
            guard let item = work.popLast() else { return nil }
            if let result = start(item) { return result }
        }
    }

    func failure(_ location: String, _ problem: String) -> Result<Document, DocumentIssue> {
        .failure(DocumentIssue(location: location, problem: problem))
    }

    /// Begins one path: yields a seed document or an issue, opens a JSON Lines file, or queues a directory.
    func start(_ item: Work) -> Result<Document, DocumentIssue>? {
        let (path, given, root): (String, Bool, String)
        switch item {
        case .given(let p): (path, given, root) = (p, true, "")
        case .walked(let p, let r): (path, given, root) = (p, false, r)
        }
        if given { visited = [] }
        if given && path == "-" { return startStdin() }
        var info = stat()
        guard stat(path, &info) == 0 else { return failure(path, "cannot read: \(errnoText())") }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { return expand(path, info, root: given ? nil : root) }
        // A given file is named by its stem; a walked one by its path under the given folder.
        let stem = given ? fileStem(path) : pathStem(String(path.dropFirst(root.count)))
        let ext = fileExtension(path)
        let isLines: Bool
        if given {
            isLines = ext == "jsonl" || ext == "json" || ext == "ndjson"
        } else if kind == S_IFREG && (ext == "txt" || ext == "jsonl" || ext == "ndjson") {
            isLines = ext != "txt"
        } else {
            return nil
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return failure(path, "cannot read: \(errnoText())") }
        if isLines {
            lines = LineSource(
                fd: fd, closes: true, name: path, stem: stem, prefix: [], maxLineBytes: maxDocumentBytes)
            return nil
        }
        defer { close(fd) }
        if kind == S_IFREG, Int(info.st_size) > maxDocumentBytes {
            return failure(
                path, DocumentReader.tooLargeProblem(Int(info.st_size), limit: maxDocumentBytes, what: "file"))
        }
        var bytes: [UInt8] = []
        let code = readAll(fd, into: &bytes, limit: maxDocumentBytes)
        guard code == 0 else {
            if code == EFBIG {
                return failure(path, DocumentReader.tooLargeProblem(bytes.count, limit: maxDocumentBytes, what: "file"))
            }
            return failure(path, "cannot read: \(errnoText(code))")
        }
        return bytes.withUnsafeBufferPointer {
            DocumentReader.seedDocument($0, id: stem, location: path, defaultDate: defaultDate)
        }
    }

    /// Queues a directory's visible entries in sorted order (so they come out before later paths).
    /// - Parameter root: the given folder this one lies under (nil when `path` is that folder).
    func expand(_ path: String, _ info: stat, root: String?) -> Result<Document, DocumentIssue>? {
        guard visited.insert(DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
        else { return nil }  // a symlink loop back to a directory being walked
        guard let dir = opendir(path) else { return failure(path, "cannot read directory: \(errnoText())") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for name in names.reversed() { work.append(.walked(prefix + name, root: root ?? prefix)) }
        return nil
    }

    /// `-`: JSON Lines when the first non-blank byte is `{`, else one seed-shaped document `stdin`.
    func startStdin() -> Result<Document, DocumentIssue>? {
        var prefix: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                return failure("stdin", "cannot read: \(errnoText(code))")
            }
            if n == 0 { break }
            prefix += chunk[0..<n]
            if prefix.count < 3 && utf8BOM.starts(with: prefix) { continue }
            let body = prefix.starts(with: utf8BOM) ? prefix.dropFirst(3) : prefix[...]
            if let first = body.first(where: { !isSpace($0) }) {
                if first == UInt8(ascii: "{") {
                    lines = LineSource(
                        fd: 0, closes: false, name: "stdin", stem: "stdin", prefix: prefix,
                        maxLineBytes: maxDocumentBytes)
                    return nil
                }
                break
            }
        }
        let code = readAll(0, into: &prefix, limit: maxDocumentBytes)
        if code == EFBIG {
            return failure(
                "stdin",
                DocumentReader.tooLargeProblem(prefix.count, limit: maxDocumentBytes, what: "input") + " "
                    + "(the rest was not read)")
        }
        guard code == 0 else { return failure("stdin", "cannot read: \(errnoText(code))") }
        return prefix.withUnsafeBufferPointer {
            DocumentReader.seedDocument($0, id: "stdin", location: "stdin", defaultDate: defaultDate)
        }
    }
}

/// Appends everything left on `fd` to `bytes`; returns 0 or the `errno` of a failed read, or
/// `EFBIG` once `bytes` holds more than `limit` bytes (reading stops there).
func readAll(_ fd: Int32, into bytes: inout [UInt8], limit: Int = .max) -> Int32 {
    var chunk = 1 << 16
    var info = stat()
    if fstat(fd, &info) == 0, info.st_size > 0 { chunk = max(chunk, min(Int(info.st_size), limit) + 1) }
    while true {
        if bytes.count > limit { return EFBIG }
        if limit < .max { chunk = min(chunk, limit + 1 - bytes.count) }
        let old = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: chunk))
        let n = bytes.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + old, chunk) }
        let code = errno
        bytes.removeLast(chunk - max(n, 0))
        if n < 0 {
            if code == EINTR { continue }
            return code
        }
        if n == 0 { return 0 }
        chunk = max(chunk, min(bytes.count, 1 << 24))
    }
}

/// A JSON Lines file read in chunks: memory holds one chunk, or one line when a line is longer.
final class LineSource {
    /// Bytes read per `read(2)`; the buffer returns to this size after a long line.
    static let chunkSize = 1 << 20
    /// Lines longer than this are reported and skipped rather than held in memory.
    let maxLineBytes: Int
    /// How large the buffer may grow: room for the longest line accepted and its newline.
    let maxCapacity: Int

    enum Event {
        case line(Range<Int>)
        case issue(DocumentIssue)
        case end
    }

    let fd: Int32
    let closes: Bool
    let name: String
    let stem: String
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var start = 0
    var end = 0
    var lineNumber = 0
    var eof = false
    var skipping = false
    /// Bytes of the over-long line being skipped, for its message.
    var skipped = 0
    /// Whether any line held something (a document or a problem), to report a file without any.
    var sawContent = false
    var finished = false

    init(fd: Int32, closes: Bool, name: String, stem: String, prefix: [UInt8], maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
        maxCapacity = max(Self.chunkSize, maxLineBytes + 1)
        self.fd = fd
        self.closes = closes
        self.name = name
        self.stem = stem
        capacity = max(Self.chunkSize, prefix.count)
        buffer = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
        prefix.withUnsafeBufferPointer { if let p = $0.baseAddress { buffer.update(from: p, count: $0.count) } }
        end = prefix.count
    }

    deinit {
        free(buffer)
        if closes { close(fd) }
    }

    func next() -> Result<Document, DocumentIssue>? {
        while true {
            switch nextLine() {
            case .end:
                guard !sawContent else { return nil }
                sawContent = true
                return .failure(DocumentIssue(location: name, problem: "no documents in the file", kind: .empty))
            case .issue(let issue):
                sawContent = true
                return .failure(issue)
            case .line(let range):
                let line = UnsafeBufferPointer(start: buffer + range.lowerBound, count: range.count)
                if lineNumber == 1, let problem = DocumentReader.compressedProblem(line) {
                    finished = true
                    sawContent = true
                    return .failure(DocumentIssue(location: name, problem: problem))
                }
                if line.count > maxLineBytes {
                    sawContent = true
                    return .failure(tooLong(line.count))
                }
                if let result = DocumentReader.lineResult(line, lineNumber: lineNumber, name: name, stem: stem) {
                    sawContent = true
                    return result
                }
            }
        }
    }

    func tooLong(_ size: Int) -> DocumentIssue {
        DocumentIssue(
            location: "\(name):\(lineNumber)",
            problem: DocumentReader.tooLargeProblem(size, limit: maxLineBytes, what: "line"))
    }

    /// The issue for the over-long line just skipped.
    func skippedLine(_ tail: Int) -> Event {
        skipping = false
        let size = skipped + tail
        skipped = 0
        return .issue(tooLong(size))
    }

    /// The next line's byte range in `buffer` (valid until the next call), without its `\n`.
    func nextLine() -> Event {
        while !finished {
            if start < end, let found = memchr(buffer + start, 0x0A, end - start) {
                let newline = UnsafeRawPointer(buffer).distance(to: found)
                let range = start..<newline
                start = newline + 1
                lineNumber += 1
                if skipping { return skippedLine(range.count) }
                return .line(range)
            }
            if eof {
                finished = true
                guard start < end || skipping else { return .end }
                lineNumber += 1
                if skipping { return skippedLine(end - start) }
                return .line(start..<end)
            }
            if start > 0 {
                memmove(buffer, buffer + start, end - start)
                end -= start
                start = 0
            }
            if capacity > Self.chunkSize && end < Self.chunkSize {
                capacity = Self.chunkSize
                buffer = realloc(buffer, capacity)!.assumingMemoryBound(to: UInt8.self)
            }
            if end == capacity {
                if capacity >= maxCapacity {
                    // Longer than any line accepted: count its bytes without keeping them.
                    skipping = true
                    skipped += end
                    end = 0
                } else {
                    capacity = min(capacity * 2, maxCapacity)
                    buffer = realloc(buffer, capacity)!.assumingMemoryBound(to: UInt8.self)
                }
            }
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                finished = true
                return .issue(DocumentIssue(location: name, problem: "cannot read: \(errnoText(code))"))
            }
            if n == 0 { eof = true } else { end += n }
        }
        return .end
    }
}
