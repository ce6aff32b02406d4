import DyadText
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A temporary directory of input files, removed when the test is done with it.
private final class Fixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `bytes` to `name` (sub-directories created) and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

private func read(_ paths: String...) -> [Result<Document, DocumentIssue>] {
    Array(DocumentReader(paths: paths))
}

extension Result where Success == Document, Failure == DocumentIssue {
    fileprivate var document: Document? { if case .success(let d) = self { d } else { nil } }
    fileprivate var issue: DocumentIssue? { if case .failure(let i) = self { i } else { nil } }
}

@Suite("DocumentReader")
struct DocumentReaderTests {
    // MARK: Seed shape

    @Test func seedShapeKeepsFullTextAndParsesDate() throws {
        let fx = try Fixture()
        let content = " \n\n\t date 2022-09-27 Amid the war,\nKazakhstan said.\n"
        let path = try fx.write("000_abc.txt", content)
        let results = read(path)
        #expect(results.count == 1)
        let doc = try #require(results.first?.document)
        #expect(doc.id == "000_abc")
        #expect(doc.date == Day(iso: "2022-09-27"))
        #expect(doc.text == content)
        #expect(doc.origin == path)
    }

    @Test func seedFileMatchesGoldText() throws {
        let seed = "/work/shared/seed/000_0befeabcef7abe3a.txt"
        let gold = "/work/shared/gold/seed.jsonl"
        guard FileManager.default.fileExists(atPath: seed), FileManager.default.fileExists(atPath: gold) else {
            return
        }
        let doc = try #require(read(seed).first?.document)
        let line = try #require(String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(doc.id == object["id"] as? String)
        #expect(doc.text == object["text"] as? String)
        #expect(doc.date?.description == object["date"] as? String)
    }

    @Test func seedProblems() throws {
        let fx = try Fixture()
        let empty = try fx.write("empty.txt", "")
        let blank = try fx.write("blank.txt", " \n\t\n")
        let binary = try fx.write("binary.txt", [0x64, 0x61, 0x74, 0x65, 0x20, 0x00, 0x01, 0x02])
        let badUTF8 = try fx.write("latin1.txt", Array("date 2022-01-01 caf".utf8) + [0xE9, 0x20, 0x6F, 0x6B])
        let noPrefix = try fx.write("noprefix.txt", "Amid the war, Kazakhstan said.")
        let impossible = try fx.write("impossible.txt", "date 2022-02-30 Text.")
        let notISO = try fx.write("notiso.txt", "date yesterday Text.")
        let noText = try fx.write("notext.txt", "date 2022-02-03 \n ")
        let gzip = try fx.write("archive.txt", [0x1F, 0x8B, 0x08, 0x00])
        let problems = read(empty, blank, binary, badUTF8, noPrefix, impossible, notISO, noText, gzip)
            .map { $0.issue?.problem }
        #expect(
            problems == [
                "empty file", "empty file", "binary file (NUL byte at offset 5)", "invalid UTF-8 at byte 19",
                "no 'date YYYY-MM-DD' prefix (or give the day with --date)", "impossible date \"2022-02-30\"",
                "date is not YYYY-MM-DD: \"yesterday\"", "empty text", "gzip-compressed file (decompress it first)",
            ])
        #expect(read(empty).first?.issue?.location == empty)
    }

    @Test func seedInMemoryStripsBOM() throws {
        let result = DocumentReader.document(
            fromSeedText: [0xEF, 0xBB, 0xBF] + Array("date 2020-02-29 Leap.".utf8), id: "x", origin: "mem")
        let doc = try #require(result.document)
        #expect(doc.text == "date 2020-02-29 Leap.")
        #expect(doc.date == Day(year: 2020, month: 2, day: 29))
    }

    // MARK: JSON Lines fields

    @Test func escapesAreDecoded() throws {
        let line = #"{"id":"e","date":"2022-01-02","text":"caf\u00e9 \ud83d\ude00 a\nb \"q\" \\ \/ \t|\u0041"}"#
        let doc = try #require(DocumentReader.documents(fromJSONLines: Array(line.utf8), origin: "m").first?.document)
        #expect(doc.text == "café 😀 a\nb \"q\" \\ / \t|A")
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        let line = #"{"id":"s","date":null,"text":"x\ud800y\udc00z\ud83dA"}"#
        let doc = try #require(DocumentReader.documents(fromJSONLines: Array(line.utf8), origin: "m").first?.document)
        #expect(doc.text == "x\u{FFFD}y\u{FFFD}z\u{FFFD}A")
    }

    @Test func rawUTF8TextIsKept() throws {
        let line = #"{"id":"u","date":null,"text":"Кремль — 北京 😀"}"#
        let doc = try #require(DocumentReader.documents(fromJSONLines: Array(line.utf8), origin: "m").first?.document)
        #expect(doc.text == "Кремль — 北京 😀")
    }

    @Test func numericIDNullDateMetadataAndSkippedValues() throws {
        let fx = try Fixture()
        let lines = [
            #"{"id": 42, "date": null, "text": "Hello.", "title": "T", "url": "http://x", "source": "S"}"#,
            #"{"meta": {"a": [1, -2.5e3, {"b": "}]\"{"}], "c": null}, "flag": true, "n": 0, "#
                + #""id": "x1", "text": "Hi.", "date": "2021-03-04", "outlet": "O", "source": "S"}"#,
            #"{"text": "No id.", "date": "2021-03-04"}"#,
        ]
        let path = try fx.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let docs = read(path).compactMap(\.document)
        #expect(docs.map(\.id) == ["42", "x1", "feed-3"])
        #expect(docs[0].date == nil)
        #expect(docs[0].title == "T" && docs[0].url == "http://x" && docs[0].outlet == "S")
        #expect(docs[1].date == Day(iso: "2021-03-04"))
        #expect(docs[1].outlet == "O")
        #expect(docs.map(\.origin) == ["\(path):1", "\(path):2", "\(path):3"])
    }

    @Test func lineProblemsAreReportedAndLaterLinesGoOn() throws {
        let fx = try Fixture()
        let lines = [
            #"{"id":"a","date":"2022-01-01","text":"One."}"#,
            #"{"id":"b","text":"No date."}"#,
            #"{"id":"c","date":"2022-02-30","text":"Bad day."}"#,
            #"{"id":"d","date":"yesterday","text":"Bad shape."}"#,
            #"{"id":"e","date":null}"#,
            #"{"id":"f","date":null,"text":17}"#,
            #"{"id":"g","date":null,"text":" \n "}"#,
            #"{"id":"h","date":null,"text":"cut"#,
            #"this is not json"#,
            #"{"id":"i","date":"2022-01-01","text":"Two."}"#,
            #"[1, 2]"#,
            #"{"id":"j","date":null,"text":"x"} trailing"#,
            #"{"id":"k","date":null,"text":"x" "y":1}"#,
            #"{"id":{"x":1},"date":null,"text":"x"}"#,
            #"{"id":"l","date":20220101,"text":"x"}"#,
            #"{"id":"m","date":null,"text":"bad \q escape"}"#,
            #"{"id":"n","date":"2022-01-01T10:00:00Z","text":"x"}"#,
            #"{"id":"z","date":"2022-01-03","text":"Three."}"#,
        ]
        let path = try fx.write("mixed.jsonl", lines.joined(separator: "\n"))
        let results = read(path)
        #expect(results.compactMap(\.document).map(\.id) == ["a", "i", "z"])
        #expect(results.count == lines.count)
        let issues = results.compactMap(\.issue)
        #expect(
            issues.map(\.problem) == [
                "missing \"date\" (use null when unknown)",
                "impossible date \"2022-02-30\"",
                "date is not YYYY-MM-DD: \"yesterday\"",
                "missing \"text\"",
                "\"text\" is not a string (found a number)",
                "empty text",
                "JSON does not parse: line ends inside a string (truncated?) at column 30",
                "JSON does not parse: expected '{' (each line must be one JSON object), found 't' at column 1",
                "JSON does not parse: found an array; JSON Lines needs one object per line at column 1",
                "JSON does not parse: unexpected 't' after the object at column 35",
                "JSON does not parse: expected ',' or '}', found '\"' at column 34",
                "\"id\" is not a string or integer (found an object)",
                "\"date\" is not a string or null (found a number)",
                "JSON does not parse: invalid escape: backslash followed by 'q' at column 35",
                "date is not YYYY-MM-DD: \"2022-01-01T10:00:00Z\" (drop the time)",
            ])
        #expect(issues.map(\.location) == [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17].map { "\(path):\($0)" })
        #expect(issues[0].documentID == "b")
        #expect(issues[0].description == "\(path):2: missing \"date\" (use null when unknown) (b)")
        #expect(issues[7].documentID == nil)
    }

    @Test func invalidUTF8LineIsReportedWithColumn() throws {
        let fx = try Fixture()
        var bytes = Array(#"{"id":"a","date":null,"text":"ok"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"b","date":null,"text":"é "#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"c","date":null,"text":"ok"}"#.utf8)
        let path = try fx.write("utf.jsonl", bytes)
        let results = read(path)
        #expect(results.compactMap(\.document).map(\.id) == ["a", "c"])
        #expect(results[1].issue?.problem == "invalid UTF-8 at column 33")
        #expect(results[1].issue?.location == "\(path):2")
    }

    @Test func crlfBOMAndBlankLines() throws {
        let fx = try Fixture()
        let text =
            "\u{FEFF}{\"id\":\"a\",\"date\":null,\"text\":\"A.\"}\r\n\r\n   \r\n"
            + "{\"id\":\"b\",\"date\":null,\"text\":\"B.\"}\r\n"
        let path = try fx.write("crlf.jsonl", text)
        let results = read(path)
        #expect(results.count == 2)
        let docs = results.compactMap(\.document)
        #expect(docs.map(\.id) == ["a", "b"])
        #expect(docs.map(\.text) == ["A.", "B."])
        #expect(docs.map(\.origin) == ["\(path):1", "\(path):4"])
    }

    // MARK: Streaming

    @Test func threeMegabyteLine() throws {
        let fx = try Fixture()
        let big = String(repeating: "word ", count: 600_000)  // 3 MB
        let lines = [
            #"{"id":"before","date":null,"text":"x"}"#,
            #"{"id":"big","date":"2022-05-06","text":"\#(big)"}"#,
            #"{"id":"after","date":null,"text":"y"}"#,
        ]
        let path = try fx.write("big.jsonl", lines.joined(separator: "\n"))
        let docs = read(path).compactMap(\.document)
        #expect(docs.map(\.id) == ["before", "big", "after"])
        #expect(docs.count == 3 && docs[1].text.utf8.count == 3_000_000)
        #expect(docs.count == 3 && docs[2].origin == "\(path):3")
    }

    @Test func manyLinesAcrossChunkBoundaries() throws {
        let fx = try Fixture()
        var text = ""
        for i in 0..<40_000 {
            text += #"{"id":"d\#(i)","date":null,"text":"Document number \#(i) with some padding text."}"# + "\n"
        }
        #expect(text.utf8.count > 3 << 20)
        let path = try fx.write("many.jsonl", text)
        let results = read(path)
        #expect(results.count == 40_000)
        #expect(results.allSatisfy { $0.document != nil })
        #expect(results.compactMap(\.document?.id) == (0..<40_000).map { "d\($0)" })
    }

    @Test func directoryWalkIsRecursiveSortedAndFiltered() throws {
        let fx = try Fixture()
        try fx.write("b.txt", "date 2022-01-02 B.")
        try fx.write("a/z.jsonl", #"{"id":"az","date":null,"text":"AZ."}"#)
        try fx.write("a/nested/deep.txt", "date 2022-01-03 Deep.")
        try fx.write("a/notes.md", "date 2022-01-04 Ignored markdown.")
        try fx.write(".hidden.txt", "date 2022-01-05 Hidden.")
        try fx.write(".git/x.txt", "date 2022-01-06 Hidden dir.")
        try fx.write("c.ndjson", #"{"id":"c1","date":null,"text":"C."}"#)
        let ids = read(fx.root.path).map { $0.document?.id ?? "issue: \($0.issue!)" }
        // A walked file is named by its path under the given folder (`a/nested/deep.txt` → `a/nested/deep`).
        #expect(ids == ["a/nested/deep", "az", "b", "c1"])
    }

    @Test func missingPathDoesNotStopOtherPaths() throws {
        let fx = try Fixture()
        let good = try fx.write("good.txt", "date 2022-01-02 Good.")
        let missing = fx.root.appendingPathComponent("nope.jsonl").path
        let results = read(missing, good)
        #expect(results.count == 2)
        #expect(
            results.first?.issue == DocumentIssue(location: missing, problem: "cannot read: No such file or directory"))
        #expect(results.last?.document?.id == "good")
    }

    @Test func explicitFileIsReadByExtension() throws {
        let fx = try Fixture()
        let json = try fx.write("one.json", #"{"id":"j","date":null,"text":"J."}"#)
        let md = try fx.write("story.md", "date 2022-01-02 Markdown given explicitly.")
        let empty = try fx.write("empty.jsonl", "")
        let gz = try fx.write("feed.jsonl", [0x1F, 0x8B, 0x08, 0x00, 0x0A, 0x01])
        let results = read(json, md, empty, gz)
        #expect(results.count == 4)
        #expect(results.compactMap(\.document).map(\.id) == ["j", "story"])
        // An empty JSON Lines file is reported (as a text file is), but not as a failure.
        #expect(results[2].issue == DocumentIssue(location: empty, problem: "no documents in the file", kind: .empty))
        #expect(results.last?.issue?.problem == "gzip-compressed file (decompress it first)")
    }

    @Test func stdinIsSniffedAsJSONLinesOrSeed() throws {
        let fx = try Fixture()
        let jsonl = try fx.write(
            "in.jsonl", "\n  {\"id\":\"s1\",\"date\":null,\"text\":\"S.\"}\n{\"date\":null,\"text\":\"T.\"}\n")
        let seedText = "\n date 2022-03-04 From a pipe."
        let seed = try fx.write("in.txt", seedText)
        /// Reads `-` with `path` standing in for stdin (no other test touches fd 0).
        func readStdin(from path: String) -> [Result<Document, DocumentIssue>] {
            let saved = dup(0)
            let fd = open(path, O_RDONLY)
            dup2(fd, 0)
            close(fd)
            defer {
                dup2(saved, 0)
                close(saved)
            }
            return read("-")
        }
        let lines = readStdin(from: jsonl).compactMap(\.document)
        #expect(lines.map(\.id) == ["s1", "stdin-3"])
        #expect(lines.map(\.origin) == ["stdin:2", "stdin:3"])
        let docs = readStdin(from: seed)
        #expect(docs.count == 1)
        #expect(
            docs.first?.document == Document(id: "stdin", date: Day(iso: "2022-03-04"), text: seedText, origin: "stdin")
        )
    }

    @Test func inMemoryJSONLines() {
        let blob = "{\"date\":null,\"text\":\"A.\"}\n\n{\"broken\"\n{\"id\":7,\"date\":null,\"text\":\"C.\"}"
        let results = DocumentReader.documents(fromJSONLines: Array(blob.utf8), origin: "body")
        #expect(results.count == 3)
        #expect(results.first?.document?.id == "body-1")
        #expect(results[1].issue?.location == "body:3")
        #expect(results.last?.document?.id == "7")
    }

    // MARK: Parser

    @Test func parserReportsCharacterColumns() {
        #expect(
            throws: JSONSyntaxError(message: "JSON does not parse: expected ':' after the key, found ','", column: 5)
        ) {
            try JSONLine.parse(Array(#"{"é","x":1}"#.utf8))
        }
        #expect(throws: JSONSyntaxError(message: "JSON does not parse: expected a key string, found '}'", column: 8)) {
            try JSONLine.parse(Array(#"{"a":1,}"#.utf8))
        }
        #expect(
            throws: JSONSyntaxError(message: "JSON does not parse: expected a digit after '.', found ','", column: 8)
        ) {
            try JSONLine.parse(Array(#"{"a":1.,"b":2}"#.utf8))
        }
        #expect(throws: JSONSyntaxError(message: "JSON does not parse: expected a value, found 'x'", column: 7)) {
            try JSONLine.parse(Array(#"{"a":[x]}"#.utf8))
        }
    }

    @Test func parserKeepsLastDuplicateAndDecodesEscapedKeys() throws {
        let record = try JSONLine.parse(Array(#"{"text":"one","t\u0065xt":"two","id":-3,"url":1.5}"#.utf8))
        #expect(record.text == .string("two"))
        #expect(record.id == .integer("-3"))
        #expect(record.url == .other("a non-integer number"))
        #expect(record.date == nil)
    }

    @Test func stringScanningIsExactAtEveryAlignment() throws {
        for k in 0..<24 {
            let pad = String(repeating: "a", count: k)
            let line = #"{"x":"\#(pad)\"","text":"\#(pad)\\q\"é\n\#(pad)","date":null}"#
            let record = try JSONLine.parse(Array(line.utf8))
            #expect(record.text == .string("\(pad)\\q\"é\n\(pad)"), "padding \(k)")
            let raw = #"{"text":"\#(pad)"# + "\t" + #"x","date":null}"#
            #expect(
                throws: JSONSyntaxError(
                    message: "JSON does not parse: unescaped control character 0x9 in string (use \\n, \\t, ...)",
                    column: 10 + k)
            ) { try JSONLine.parse(Array(raw.utf8)) }
        }
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let deep = "{\"a\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(throws: JSONSyntaxError.self) { try JSONLine.parse(Array(deep.utf8)) }
    }
}
