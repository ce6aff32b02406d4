import DyadText
import Foundation
import Testing

/// A temporary folder, removed when the test ends.
private final class Folder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-harden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite("Reader limits, ids and empty input")
struct HardeningReaderTests {
    @Test func jsonLineOverTheLimitIsRefusedWithItsSizeAndTheNextIsRead() throws {
        let folder = try Folder()
        let line = "{\"id\":\"a\",\"date\":null,\"text\":\"\(String(repeating: "word ", count: 400))\"}"
        let path = try folder.write("big.jsonl", line + "\n{\"id\":\"b\",\"date\":null,\"text\":\"short\"}\n")
        let results = Array(DocumentReader(paths: [path], maxDocumentBytes: 1000))
        #expect(results.count == 2)
        guard case .failure(let issue) = results[0] else {
            Issue.record("the long line was read")
            return
        }
        #expect(issue.location == "\(path):1")
        #expect(
            issue.problem.hasPrefix("line of \(line.utf8.count) bytes is over the document size limit of 1000 bytes"))
        #expect(issue.isFailure)
        #expect((try? results[1].get())?.id == "b")
    }

    @Test func lineLongerThanTheReadBufferIsCountedNotKept() throws {
        let folder = try Folder()
        // Over the reader's 1 MiB buffer, so the line is skipped in pieces and still measured.
        let long = String(repeating: "x", count: (1 << 20) + 5000)
        let path = try folder.write(
            "huge.jsonl", "{\"text\":\"\(long)\"}\n{\"id\":\"b\",\"date\":null,\"text\":\"ok\"}\n")
        let results = Array(DocumentReader(paths: [path], maxDocumentBytes: 4096))
        #expect(results.count == 2)
        if case .failure(let issue) = results[0] {
            #expect(issue.problem.hasPrefix("line of \((1 << 20) + 5000 + 11) bytes is over"))
        } else {
            Issue.record("the long line was read")
        }
        #expect((try? results[1].get())?.id == "b")
    }

    @Test func seedFileOverTheLimitIsRefusedUnread() throws {
        let folder = try Folder()
        let path = try folder.write("long.txt", "date 2022-09-27\n" + String(repeating: ".", count: 5000))
        let results = Array(DocumentReader(paths: [path], maxDocumentBytes: 1000))
        #expect(results.count == 1)
        if case .failure(let issue) = results[0] {
            #expect(issue.problem.hasPrefix("file of 5016 bytes is over the document size limit of 1000 bytes"))
        } else {
            Issue.record("the long file was read")
        }
    }

    @Test func filesInFoldersAreNamedByTheirPathUnderTheFolder() throws {
        let folder = try Folder()
        try folder.write("x/a.txt", "date 2022-09-27 One text.")
        try folder.write("y/a.txt", "date 2022-09-27 Another text.")
        try folder.write("y/feed.jsonl", "{\"date\":null,\"text\":\"no id\"}\n")
        let ids = DocumentReader(paths: [folder.root.path], maxDocumentBytes: 1 << 20, refusesRepeatedIDs: true)
            .compactMap { try? $0.get().id }
        #expect(ids == ["x/a", "y/a", "y/feed-1"])
    }

    @Test func aRepeatedIDIsRefusedNamingTheFirstPlace() throws {
        let folder = try Folder()
        let first = try folder.write("x/a.txt", "date 2022-09-27 One text.")
        let second = try folder.write("y/a.txt", "date 2022-09-27 Another text.")
        let lines = try folder.write(
            "feed.jsonl",
            "{\"id\":\"n\",\"date\":null,\"text\":\"one\"}\n{\"id\":\"n\",\"date\":null,\"text\":\"two\"}\n")
        let results = Array(
            DocumentReader(paths: [first, second, lines], maxDocumentBytes: 1 << 20, refusesRepeatedIDs: true))
        #expect(results.count == 4)
        guard case .failure(let issue) = results[1], case .failure(let repeated) = results[3] else {
            Issue.record("a repeated id was read: \(results)")
            return
        }
        #expect(issue.location == second)
        #expect(issue.problem.hasPrefix("id \"a\" was already read from \(first)"))
        #expect(repeated.problem.hasPrefix("id \"n\" was already read from \(lines):1"))
        // Without the check (dyad code), both are read.
        #expect(DocumentReader(paths: [first, second]).allSatisfy { (try? $0.get()) != nil })
    }

    @Test func emptyInputsAreReportedButAreNotFailures() throws {
        let folder = try Folder()
        let empty = try folder.write("empty.jsonl", "")
        let blank = try folder.write("blank.txt", " \n")
        let lines = try folder.write("items.jsonl", "{\"id\":\"e\",\"date\":null,\"text\":\"  \"}\n")
        let issues = DocumentReader(paths: [empty, blank, lines]).compactMap { r -> DocumentIssue? in
            if case .failure(let i) = r { i } else { nil }
        }
        #expect(issues.map(\.problem) == ["no documents in the file", "empty file", "empty text"])
        #expect(issues.allSatisfy { $0.kind == .empty && !$0.isFailure })
    }

    @Test func bodyDocumentsWithoutIDsAreNamedByTheirText() {
        let body = Array("{\"date\":null,\"text\":\"one\"}\n{\"date\":null,\"text\":\"two\"}\n".utf8)
        let ids = DocumentReader.documents(
            fromJSONLines: body, origin: "body", maxDocumentBytes: 1 << 20, missingIDs: .contentHash
        )
        .compactMap { try? $0.get().id }
        #expect(ids == [DocumentReader.contentID("one"), DocumentReader.contentID("two")])
        #expect(ids[0] != ids[1] && ids[0].hasPrefix("doc-") && ids[0].count == 20)
    }
}

@Suite("TextParts")
struct TextPartsTests {
    @Test func shortTextIsOnePart() {
        let parts = Array(TextParts("A short text.", maxBytes: 100))
        #expect(parts.map(\.text) == ["A short text."])
        #expect(!TextParts("A short text.", maxBytes: 100).isSplit)
    }

    @Test func partsRebuildTheTextAndCutAtParagraphs() {
        let paragraph = String(repeating: "Some words here. ", count: 5) + "\n\n"
        let text = String(repeating: paragraph, count: 20) + "Кириллица “quotes” end."
        let parts = Array(TextParts(text, maxBytes: 300))
        #expect(parts.count > 5)
        #expect(parts.map(\.text).joined() == text)
        var characters = 0
        var bytes = 0
        for (i, part) in parts.enumerated() {
            #expect(part.index == i)
            #expect(part.characterOffset == characters && part.byteOffset == bytes)
            #expect(part.text.utf8.count <= 300)
            if i < parts.count - 1 { #expect(part.text.hasSuffix("\n\n")) }
            characters += part.text.unicodeScalars.count
            bytes += part.text.utf8.count
        }
    }

    @Test func textWithoutSpacesIsCutBetweenScalars() {
        let text = String(repeating: "é", count: 500)
        let parts = Array(TextParts(text, maxBytes: 101))
        #expect(parts.map(\.text).joined() == text)
        #expect(parts.allSatisfy { $0.text.utf8.count <= 101 && $0.text.allSatisfy { $0 == "é" } })
    }
}
