import Foundation

extension LexiconData {
    /// Reads `common_words.txt`: one word a line, lower-cased; blank lines and `#` comments are
    /// skipped, spaces and tabs around a word ignored.
    ///
    /// Read from bytes (~8,000 lines): going through `Data` slices cost as much as all the
    /// other small files together.
    /// - Throws: `LexiconError.unreadable` when the file cannot be read.
    static func readCommonWords(_ path: String) throws -> Set<String> {
        guard let bytes = TSVFile.contents(of: path) else {
            throw LexiconError.unreadable(path: path, reason: "not readable")
        }
        var words = Set<String>(minimumCapacity: bytes.count / 8)
        bytes.withUnsafeBufferPointer { u in
            var start = 0
            while start < u.count {
                var end = start
                if let p = memchr(u.baseAddress! + start, 0x0A, u.count - start) {
                    end = u.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = u.count
                }
                var a = start
                var b = end
                while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
                while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 || u[b - 1] == 0x0D { b -= 1 }
                if a < b, u[a] != UInt8(ascii: "#") {
                    words.insert(Self.lowercased(UnsafeBufferPointer(rebasing: u[a..<b])))
                }
                start = end + 1
            }
        }
        return words
    }

    /// `String(decoding:as:).lowercased()`, without the second string for a word that is ASCII
    /// lower case already (nearly every line).
    private static func lowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: word, as: UTF8.self)
        for b in word where b >= 0x80 || (b &- 65) < 26 { return s.lowercased() }
        return s
    }
}
