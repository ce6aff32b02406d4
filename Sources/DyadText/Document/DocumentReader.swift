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
///   and `*.jsonl`/`*.ndjson` (JSON Lines); hidden entries are skipped.
/// - A file is read by its extension: `.jsonl`, `.json` and `.ndjson` are JSON Lines, anything
///   else is one seed-shaped document (`date YYYY-MM-DD` then the article text).
/// - `-` is stdin: JSON Lines when its first non-blank byte is `{`, else one seed-shaped document
///   with id `stdin`.
/// - No paths means no documents; defaulting to stdin is the caller's decision.
public struct DocumentReader: Sequence, Sendable {
    /// The input paths, read in this order.
    public var paths: [String]

    /// Creates a reader over files, directories and `-` (stdin); nothing is opened until iteration.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// Each element is a document or the reason one document (or a whole file) could not be read.
    public typealias Element = Result<Document, DocumentIssue>

    /// Starts reading the paths from the first.
    public func makeIterator() -> Iterator {
        Iterator(state: ReaderState(paths: paths))
    }

    /// The reading position; owns the open file, so copies of an iterator share one position.
    public struct Iterator: IteratorProtocol {
        let state: ReaderState

        /// The next document or issue, or nil when every path is done.
        public mutating func next() -> Result<Document, DocumentIssue>? { state.next() }
    }

    /// Parses a JSON Lines blob held in memory (a request body, a test fixture).
    ///
    /// Same rules as files: origins are `origin:line`, missing ids become `<origin stem>-<line>`,
    /// blank lines are skipped, a leading BOM and `\r` line ends are tolerated.
    public static func documents(fromJSONLines bytes: some Collection<UInt8>, origin: String)
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
                if let result = lineResult(line, lineNumber: lineNumber, name: origin, stem: stem) {
                    results.append(result)
                }
                start = end + 1
            }
            return results
        }
        return bytes.withContiguousStorageIfAvailable(run) ?? Array(bytes).withUnsafeBufferPointer(run)
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
    static func lineResult(_ raw: UnsafeBufferPointer<UInt8>, lineNumber: Int, name: String, stem: String)
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
            return issue("empty text", ownID)
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
                id: ownID ?? "\(stem)-\(lineNumber)", date: date, text: text, origin: location,
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
    static func seedDocument(_ bytes: UnsafeBufferPointer<UInt8>, id: String, location: String)
        -> Result<Document, DocumentIssue>
    {
        func issue(_ problem: String) -> Result<Document, DocumentIssue> {
            .failure(DocumentIssue(location: location, problem: problem))
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return issue("empty file") }
        if let problem = compressedProblem(bytes) { return issue(problem) }
        if let nul = memchr(base, 0, bytes.count) {
            return issue("binary file (NUL byte at offset \(UnsafeRawPointer(base).distance(to: nul)))")
        }
        if let bad = firstInvalidUTF8(bytes) { return issue("invalid UTF-8 at byte \(bad)") }
        let body = bytes.starts(with: utf8BOM) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        var i = 0
        while i < body.count, isSpace(body[i]) { i += 1 }
        guard i < body.count else { return issue("empty file") }
        let keyword = i + 4 <= body.count ? String(decoding: body[i..<(i + 4)], as: UTF8.self).lowercased() : ""
        guard keyword == "date", i + 4 < body.count, isSpace(body[i + 4]) else {
            if body[i] == UInt8(ascii: "{") {
                return issue("no 'date YYYY-MM-DD' prefix (this looks like JSON; name the file .jsonl)")
            }
            return issue("no 'date YYYY-MM-DD' prefix")
        }
        i += 4
        while i < body.count, isSpace(body[i]) { i += 1 }
        let tokenStart = i
        while i < body.count, !isSpace(body[i]) { i += 1 }
        let token = String(decoding: body[tokenStart..<i], as: UTF8.self)
        guard let day = Day(iso: token) else { return issue(dateProblem(token)) }
        if body[i...].allSatisfy(isSpace) { return issue("empty text") }
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
        case walked(String)
    }

    /// Device and inode of a directory, to stop symlink loops.
    struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var work: [Work]
    var lines: LineSource?
    var visited: Set<DirectoryID> = []

    init(paths: [String]) {
        work = paths.reversed().map(Work.given)
    }

    func next() -> Result<Document, DocumentIssue>? {
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
        let (path, given): (String, Bool)
        switch item {
        case .given(let p): (path, given) = (p, true)
        case .walked(let p): (path, given) = (p, false)
        }
        if given { visited = [] }
        if given && path == "-" { return startStdin() }
        var info = stat()
        guard stat(path, &info) == 0 else { return failure(path, "cannot read: \(errnoText())") }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { return expand(path, info) }
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
            lines = LineSource(fd: fd, closes: true, name: path, stem: fileStem(path), prefix: [])
            return nil
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        let code = readAll(fd, into: &bytes)
        guard code == 0 else { return failure(path, "cannot read: \(errnoText(code))") }
        return bytes.withUnsafeBufferPointer { DocumentReader.seedDocument($0, id: fileStem(path), location: path) }
    }

    /// Queues a directory's visible entries in sorted order (so they come out before later paths).
    func expand(_ path: String, _ info: stat) -> Result<Document, DocumentIssue>? {
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
        for name in names.reversed() { work.append(.walked(prefix + name)) }
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
                    lines = LineSource(fd: 0, closes: false, name: "stdin", stem: "stdin", prefix: prefix)
                    return nil
                }
                break
            }
        }
        let code = readAll(0, into: &prefix)
        guard code == 0 else { return failure("stdin", "cannot read: \(errnoText(code))") }
        return prefix.withUnsafeBufferPointer { DocumentReader.seedDocument($0, id: "stdin", location: "stdin") }
    }
}

/// Appends everything left on `fd` to `bytes`; returns 0 or the `errno` of a failed read.
func readAll(_ fd: Int32, into bytes: inout [UInt8]) -> Int32 {
    var chunk = 1 << 16
    var info = stat()
    if fstat(fd, &info) == 0, info.st_size > 0 { chunk = max(chunk, Int(info.st_size) + 1) }
    while true {
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
        chunk = max(chunk, bytes.count)
    }
}

/// A JSON Lines file read in chunks: memory holds one chunk, or one line when a line is longer.
final class LineSource {
    /// Bytes read per `read(2)`; the buffer returns to this size after a long line.
    static let chunkSize = 1 << 20
    /// Lines longer than this are reported and skipped rather than held in memory.
    static let maxLineBytes = 1 << 30

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
    var finished = false

    init(fd: Int32, closes: Bool, name: String, stem: String, prefix: [UInt8]) {
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
            case .end: return nil
            case .issue(let issue): return .failure(issue)
            case .line(let range):
                let line = UnsafeBufferPointer(start: buffer + range.lowerBound, count: range.count)
                if lineNumber == 1, let problem = DocumentReader.compressedProblem(line) {
                    finished = true
                    return .failure(DocumentIssue(location: name, problem: problem))
                }
                if let result = DocumentReader.lineResult(line, lineNumber: lineNumber, name: name, stem: stem) {
                    return result
                }
            }
        }
    }

    func tooLong() -> Event {
        .issue(
            DocumentIssue(location: "\(name):\(lineNumber)", problem: "line over \(Self.maxLineBytes) bytes; skipped"))
    }

    /// The next line's byte range in `buffer` (valid until the next call), without its `\n`.
    func nextLine() -> Event {
        while !finished {
            if start < end, let found = memchr(buffer + start, 0x0A, end - start) {
                let newline = UnsafeRawPointer(buffer).distance(to: found)
                let range = start..<newline
                start = newline + 1
                lineNumber += 1
                if skipping {
                    skipping = false
                    return tooLong()
                }
                return .line(range)
            }
            if eof {
                finished = true
                guard start < end || skipping else { return .end }
                lineNumber += 1
                if skipping { return tooLong() }
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
                if capacity >= Self.maxLineBytes {
                    skipping = true
                    end = 0
                } else {
                    capacity = min(capacity * 2, Self.maxLineBytes)
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
