import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the lexicon's tab-separated files: a header row, `#` comments, `|` between
/// alternatives inside a cell.
///
/// The file is kept as bytes and rows are handed out as `TSVRow` views over them: the cities
/// and imported actors are ~60,000 rows, and making a `String` of every cell and an array of
/// every row, then dropping most of them, was most of the lexicon's start-up. `rows` still builds the cells as strings, for the
/// small files whose readers are written that way.
struct TSVFile: Sendable {
    let path: String
    let header: [String]
    /// The file's bytes.
    private let bytes: [UInt8]
    /// The offset of the first line after the header, and that line's 1-based number.
    private let bodyStart: Int
    private let bodyLine: Int

    /// Reads `path`.
    /// - Throws: `LexiconError.unreadable` when the file cannot be read or is not UTF-8.
    init(path: String) throws {
        self.path = path
        guard let bytes = Self.contents(of: path) else {
            throw LexiconError.unreadable(path: path, reason: "no such file or not readable")
        }
        guard Self.isUTF8(bytes) else { throw LexiconError.unreadable(path: path, reason: "not UTF-8") }
        self.bytes = bytes
        var header: [String] = []
        var start = bytes.count + 1
        var line = 0
        bytes.withUnsafeBufferPointer { b in
            TSVScanner(bytes: b, from: 0, to: b.count, firstLine: 1).forEachLine { lineNo, end, bounds in
                header = (0..<bounds.count / 2).map { i in
                    String(decoding: UnsafeBufferPointer(rebasing: b[bounds[2 * i]..<bounds[2 * i + 1]]), as: UTF8.self)
                }
                start = end + 1
                line = lineNo + 1
                return false
            }
        }
        self.header = header
        self.bodyStart = start
        self.bodyLine = line
    }

    /// The index of a column.
    /// - Throws: `LexiconError.badRow` naming the header line when the column is missing.
    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw LexiconError.badRow(path: path, line: 1, problem: "missing column \"\(name)\" in header")
        }
        return i
    }

    /// The index of an optional column.
    func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Rows with their 1-based line numbers; each row has at least `header.count` cells (missing
    /// cells are ""). Builds every cell as a string: for small files.
    var rows: [(line: Int, cells: [String])] {
        // The transform does not throw, so neither does the call.
        try! mapRows { row in
            (row.line, (0..<max(row.count, header.count)).map { row[$0] })
        }
    }

    /// Transforms every row, in file order.
    /// - Parameters:
    ///   - parts: how many pieces to cut the rows into and transform at the same time (each
    ///     piece on its own thread); the result is in file order whatever the number.
    ///   - transform: called with a view of the row, which is valid only during the call.
    /// - Throws: the error `transform` threw for the first row (in file order) that failed.
    func mapRows<T>(parts: Int = 1, _ transform: (TSVRow) throws -> T) throws -> [T] {
        guard bodyStart < bytes.count else { return [] }
        return try bytes.withUnsafeBufferPointer { b in
            let pieces = Self.pieces(b, from: bodyStart, firstLine: bodyLine, count: parts)
            if pieces.count == 1 { return try Self.map(b, pieces[0], transform) }
            let results = PieceResults<T>(count: pieces.count)
            withoutActuallyEscaping(transform) { transform in
                let shared = UnsafeSendable(value: (b, transform))
                DispatchQueue.concurrentPerform(iterations: pieces.count) { i in
                    results.set(i, Result { try Self.map(shared.value.0, pieces[i], shared.value.1) })
                }
            }
            let all = try results.all.map { try $0.get() }
            var out: [T] = []
            out.reserveCapacity(all.reduce(0) { $0 + $1.count })
            for rows in all { out.append(contentsOf: rows) }
            return out
        }
    }

    /// A stretch of the file's lines: byte range and the number of its first line.
    private struct Piece: Sendable {
        var start: Int
        var end: Int
        var line: Int
    }

    private static func map<T>(
        _ b: UnsafeBufferPointer<UInt8>, _ piece: Piece, _ transform: (TSVRow) throws -> T
    ) throws -> [T] {
        var out: [T] = []
        // About 60 bytes a row in the large files: one allocation in most cases.
        out.reserveCapacity((piece.end - piece.start) / 48 + 1)
        var failure: (any Error)?
        TSVScanner(bytes: b, from: piece.start, to: piece.end, firstLine: piece.line).forEachLine { line, _, bounds in
            do {
                out.append(try transform(TSVRow(bytes: b, bounds: bounds, line: line)))
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return out
    }

    /// Cuts `[from, b.count)` into at most `count` pieces that start at line starts.
    private static func pieces(_ b: UnsafeBufferPointer<UInt8>, from: Int, firstLine: Int, count: Int) -> [Piece] {
        let n = max(1, min(count, (b.count - from) / 65536 + 1))
        var out: [Piece] = []
        var start = from
        var line = firstLine
        for k in 1...n {
            var end = k == n ? b.count : max(start, from + (b.count - from) * k / n)
            while end < b.count && end > start && b[end - 1] != 0x0A { end += 1 }
            out.append(Piece(start: start, end: end, line: line))
            if k < n { line += newlines(b, start..<end) }
            start = end
        }
        return out
    }

    /// The number of `\n` bytes in `b[r]`, counted eight bytes at a time.
    private static func newlines(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var count = 0
        var i = r.lowerBound
        let raw = UnsafeRawPointer(b.baseAddress!)
        while i + 8 <= r.upperBound {
            // High bit set in exactly the bytes that are 0x0A.
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let t = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
            count += t.nonzeroBitCount
            i += 8
        }
        while i < r.upperBound {
            if b[i] == 0x0A { count += 1 }
            i += 1
        }
        return count
    }

    /// The whole file, or nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var filled = 0
        while filled < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            filled += n
        }
        // The file may have changed size since fstat: read on to the end either way.
        if filled < out.count {
            out.removeLast(out.count - filled)
        } else {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                out.append(contentsOf: chunk[..<n])
            }
        }
        return out
    }

    /// Whether `bytes` are well-formed UTF-8 (ASCII runs checked eight bytes at a time).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                if i + 8 <= n,
                    UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let need: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: (need, low) = (2, 0xA0)
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: (need, high) = (2, 0x9F)  // no surrogates
                case 0xF0: (need, low) = (3, 0x90)
                case 0xF1...0xF3: need = 3
                case 0xF4: (need, high) = (3, 0x8F)  // nothing above U+10FFFF
                default: return false
                }
                guard i + need < n, p[i + 1] >= low, p[i + 1] <= high else { return false }
                for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return false }
                i += need + 1
            }
            return true
        }
    }

    /// Splits a `|`-separated cell into its non-empty alternatives.
    static func alternatives(_ cell: String) -> [String] {
        guard !cell.isEmpty else { return [] }
        var out: [String] = []
        for part in cell.utf8.split(separator: UInt8(ascii: "|")) {
            var a = part.startIndex
            var b = part.endIndex
            while a < b && part[a] == 0x20 { a = part.index(after: a) }
            while b > a && part[part.index(before: b)] == 0x20 { b = part.index(before: b) }
            if a < b { out.append(String(decoding: part[a..<b], as: UTF8.self)) }
        }
        return out
    }
}

/// Each piece's rows, written by the threads of `DispatchQueue.concurrentPerform` (each its own
/// slot, in memory no other thread touches) and read after it returns.
private final class PieceResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result<[T], any Error>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ i: Int, _ r: Result<[T], any Error>) { slots[i] = r }
    var all: [Result<[T], any Error>] { (0..<count).map { slots[$0]! } }
}

/// Hands a value that is only read, and only while the caller waits, to other threads.
private struct UnsafeSendable<V>: @unchecked Sendable {
    let value: V
}
