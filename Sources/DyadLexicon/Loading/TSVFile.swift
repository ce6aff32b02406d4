import Foundation

/// Reads the lexicon's tab-separated files: a header row, `#` comments, `|` between
/// alternatives inside a cell.
struct TSVFile {
    let path: String
    let header: [String]
    /// Rows with their 1-based line numbers; each row has `header.count` cells (missing cells are "").
    let rows: [(line: Int, cells: [String])]

    /// Reads `path`.
    /// - Throws: `LexiconError.unreadable` when the file cannot be read or is not UTF-8.
    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError.unreadable(path: path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.unreadable(path: path, reason: "not UTF-8")
        }
        var header: [String] = []
        var rows: [(Int, [String])] = []
        var lineNo = 0
        // Byte-level split: the cities file has tens of thousands of rows, and Foundation's
        // trimming would dominate start-up.
        let bytes = Array(data)
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNo += 1
            var e = lineEnd
            if e > lineStart && bytes[e - 1] == 0x0D { e -= 1 }
            defer { lineStart = lineEnd + 1 }
            if e == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            var cells: [String] = []
            var cellStart = lineStart
            var i = lineStart
            while i <= e {
                if i == e || bytes[i] == 0x09 {
                    var a = cellStart
                    var b = i
                    while a < b && bytes[a] == 0x20 { a += 1 }
                    while b > a && bytes[b - 1] == 0x20 { b -= 1 }
                    cells.append(String(decoding: bytes[a..<b], as: UTF8.self))
                    cellStart = i + 1
                }
                i += 1
            }
            if header.isEmpty {
                header = cells
                continue
            }
            if cells.count < header.count {
                cells += Array(repeating: "", count: header.count - cells.count)
            }
            rows.append((lineNo, cells))
        }
        _ = text
        self.header = header
        self.rows = rows
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
