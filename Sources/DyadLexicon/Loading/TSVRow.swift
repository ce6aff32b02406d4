import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One row of a `TSVFile`, as a view over the file's bytes: cells become strings, numbers or
/// alternatives only when a reader asks for them.
///
/// Valid only inside the `mapRows` call that hands it out (it points into the file's buffer).
struct TSVRow {
    /// The row's 1-based line number in the file.
    let line: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Start and end offsets of each cell, spaces trimmed.
    private let bounds: UnsafeBufferPointer<Int>

    init(bytes: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<Int>, line: Int) {
        self.bytes = bytes
        self.bounds = bounds
        self.line = line
    }

    /// The number of cells on the line (a short line may have fewer than the header).
    var count: Int { bounds.count / 2 }

    /// The bytes of cell `i`; empty for a cell the line does not have.
    @inline(__always)
    func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: bytes[bounds[2 * i]..<bounds[2 * i + 1]])
    }

    /// Cell `i` as a string ("" for a missing cell).
    subscript(_ i: Int) -> String { String(decoding: cell(i), as: UTF8.self) }

    /// Whether cell `i` is empty or missing.
    func isEmpty(_ i: Int) -> Bool { i >= count || bounds[2 * i] == bounds[2 * i + 1] }

    /// Whether cell `i` is exactly `text` (ASCII).
    func cell(_ i: Int, is text: StaticString) -> Bool {
        let c = cell(i)
        guard c.count == text.utf8CodeUnitCount else { return false }
        for k in 0..<c.count where c[k] != text.utf8Start[k] { return false }
        return true
    }

    /// Cell `i`'s non-empty `|`-separated alternatives, spaces trimmed (as `TSVFile.alternatives`).
    func alternatives(_ i: Int) -> [String] {
        let c = cell(i)
        guard !c.isEmpty else { return [] }
        var out: [String] = []
        var start = 0
        for k in 0...c.count where k == c.count || c[k] == UInt8(ascii: "|") {
            var a = start
            var b = k
            while a < b && c[a] == 0x20 { a += 1 }
            while b > a && c[b - 1] == 0x20 { b -= 1 }
            if a < b { out.append(String(decoding: UnsafeBufferPointer(rebasing: c[a..<b]), as: UTF8.self)) }
            start = k + 1
        }
        return out
    }

    /// Cell `i` as `Int(String)` reads it.
    func int(_ i: Int) -> Int? {
        let c = cell(i)
        var k = c.first == UInt8(ascii: "-") ? 1 : 0
        // Up to 18 digits cannot overflow; anything else takes the standard library's path.
        guard c.count > k, c.count - k <= 18 else { return Int(self[i]) }
        var v = 0
        while k < c.count {
            let d = Int(c[k]) &- 48
            guard d >= 0 && d <= 9 else { return Int(self[i]) }
            v = v * 10 + d
            k += 1
        }
        return c[0] == UInt8(ascii: "-") ? -v : v
    }

    /// Cell `i` as `Double(String)` reads it.
    ///
    /// Coordinates (`-12.34567`) are parsed directly: with at most 15 digits the integer of the
    /// digits and the power of ten are exact doubles, so their correctly rounded quotient is the
    /// correctly rounded value of the decimal, which is what `Double(String)` returns. Any
    /// other form takes the standard library's path.
    func double(_ i: Int) -> Double? {
        let c = cell(i)
        var k = c.first == UInt8(ascii: "-") ? 1 : 0
        let negative = k == 1
        var digits = 0
        var decimals = 0
        var seenPoint = false
        var m: Int64 = 0
        guard c.count > k else { return Double(self[i]) }
        while k < c.count {
            let b = c[k]
            if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if b >= 48 && b <= 57 {
                m = m * 10 + Int64(b - 48)
                digits += 1
                if seenPoint { decimals += 1 }
                if digits > 15 { return Double(self[i]) }
            } else {
                return Double(self[i])
            }
            k += 1
        }
        // "5." and "." and "-.5": leave the corner cases to the standard library.
        guard digits > 0, !seenPoint || decimals > 0, c[negative ? 1 : 0] != UInt8(ascii: ".") else {
            return Double(self[i])
        }
        let v = Double(m) / Self.powersOfTen[decimals]
        return negative ? -v : v
    }

    private static let powersOfTen: [Double] = (0...15).map { e in (0..<e).reduce(1.0) { x, _ in x * 10 } }
}

/// Finds the lines of a TSV file's byte range that hold a row (not empty, not a `#` comment) and
/// the trimmed bounds of their tab-separated cells.
struct TSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let from: Int
    let to: Int
    /// The line number of the line starting at `from`.
    let firstLine: Int

    /// Calls `body` for every row line with its line number, the offset of its end (its `\n`, or
    /// `to`) and the start and end of each cell; stops when `body` returns false.
    func forEachLine(_ body: (_ line: Int, _ end: Int, _ bounds: UnsafeBufferPointer<Int>) -> Bool) {
        var bounds: [Int] = []
        bounds.reserveCapacity(32)
        var lineStart = from
        var lineNo = firstLine - 1
        while lineStart <= to {
            let lineEnd = Self.find(0x0A, bytes, lineStart, to)
            lineNo += 1
            var e = lineEnd
            if e > lineStart && bytes[e - 1] == 0x0D { e -= 1 }
            let start = lineStart
            lineStart = lineEnd + 1
            if e == start || bytes[start] == UInt8(ascii: "#") { continue }
            bounds.removeAll(keepingCapacity: true)
            var cellStart = start
            while true {
                let i = Self.find(0x09, bytes, cellStart, e)
                var a = cellStart
                var b = i
                while a < b && bytes[a] == 0x20 { a += 1 }
                while b > a && bytes[b - 1] == 0x20 { b -= 1 }
                bounds.append(a)
                bounds.append(b)
                if i == e { break }
                cellStart = i + 1
            }
            let goOn = bounds.withUnsafeBufferPointer { body(lineNo, lineEnd, $0) }
            if !goOn { return }
        }
    }

    /// The offset of the first `byte` in `bytes[from..<to]`, or `to`.
    @inline(__always)
    private static func find(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        guard from < to, let p = memchr(bytes.baseAddress! + from, Int32(byte), to - from) else { return to }
        return bytes.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
}
