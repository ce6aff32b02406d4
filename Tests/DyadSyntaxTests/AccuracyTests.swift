import DyadText
import Foundation
import Testing

@testable import DyadSyntax

/// The package root (this file is `<root>/Tests/DyadSyntaxTests/AccuracyTests.swift`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
/// The shared data folder beside the package (`<root>/../shared`).
let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
let silverFile = sharedData.appendingPathComponent("treebank/silver/news-silver-60k.conllu.xz").path
/// Whether the silver treebank and corpora are available (they are not committed).
let sharedDataAvailable =
    FileManager.default.fileExists(atPath: silverFile)
    && FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("corpus/bbc.jsonl").path)
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/xz")

/// Accuracy on the held-out documents (`scripts/syntax/heldout_docs.txt`) against the teacher's parse
/// projected onto Dyad tokens, punctuation included. A debug build is slow, so the test scores a fixed
/// subset (every 5th held-out sentence); docs/syntax.md gives the full-set figures of the release build.
@Suite("Held-out accuracy")
struct AccuracyTests {
    @Test(.enabled(if: sharedDataAvailable, "needs ../shared/data (silver treebank, corpora) and xz"))
    func heldOutAccuracyMeetsTheBars() throws {
        let model = try #require(shippedModel)
        let ids = Set(
            try String(
                contentsOf: packageRoot.appendingPathComponent("scripts/syntax/heldout_docs.txt"), encoding: .utf8
            )
            .split(separator: "\n").map(String.init))
        // The held-out documents are the last ones of the silver file: decompress and keep its tail.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "xz -dc '\(silverFile)' | tail -n 150000"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let silver = try ConllU.parse([UInt8](data)).filter { ids.contains($0.document) }
        #expect(silver.count >= 2500)
        // Only the documents needed: find each line's id before parsing its JSON.
        var docs: [Result<Document, DocumentIssue>] = []
        for name in ["reuters21578", "rss2022_en", "bbc"] {
            let bytes = try Data(contentsOf: sharedData.appendingPathComponent("corpus/\(name).jsonl"))
            for line in bytes.split(separator: 0x0A) {
                guard let id = Self.leadingID(line), ids.contains(id) else { continue }
                docs += DocumentReader.documents(fromJSONLines: line, origin: name)
            }
        }
        let texts = Dictionary(
            docs.compactMap { r -> (String, String)? in
                if case .success(let d) = r { return (d.id, d.text) } else { return nil }
            }, uniquingKeysWith: { a, _ in a })
        var stats = TokenAlignment.Stats()
        var test: [TreebankSentence] = []
        var cache: (id: String, text: AnalyzedText, c2b: [Int32])?
        for (k, s) in silver.enumerated() where k % 5 == 0 {
            guard let raw = texts[s.document] else { continue }
            if cache?.id != s.document {
                cache = (s.document, AnalyzedText(raw), TokenAlignment.characterToByte(raw))
            }
            if let t = TokenAlignment.project(s, text: cache!.text, characterToByte: cache!.c2b, stats: &stats) {
                test.append(t)
            }
        }
        #expect(test.count >= 500)
        let r = Evaluator.evaluate(model, on: test)
        print("held-out subset: \(r)")
        #expect(r.uas >= 0.88)
        #expect(r.las >= 0.85)
        #expect(r.tagAccuracy >= 0.96)
    }

    /// The id of a corpus line that starts `{"id": "…"`.
    static func leadingID(_ line: Data.SubSequence) -> String? {
        let prefix = Array("{\"id\": \"".utf8)
        guard line.count > prefix.count, line.prefix(prefix.count).elementsEqual(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
    }
}
