import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `dyad serve` reloads its lexicon folders on SIGHUP, keeping the old lexicon when the new one
/// does not load (the real binary, as a user runs it).
extension BinaryTests {
    @Test func hangupReloadsTheUserLexiconAndKeepsTheOldOneWhenItBreaks() async throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = dir.appendingPathComponent("lex")
        try FileManager.default.createDirectory(at: lex, withIntermediateDirectories: true)
        let token = dir.appendingPathComponent("token")
        try "t0ken-0123456789abcdef\n".write(to: token, atomically: true, encoding: .utf8)
        let serve = Process()
        serve.executableURL = Self.binary
        serve.arguments = [
            "serve", "--db", dir.appendingPathComponent("s.sqlite").path, "--port", "0", "--token-file", token.path,
            "--lexicon", lex.path,
        ]
        let out = Pipe()
        let err = Pipe()
        serve.standardOutput = out
        serve.standardError = err
        try serve.run()
        defer { if serve.isRunning { serve.terminate() } }
        func line(_ pipe: Pipe) -> String {
            var data = Data()
            while !data.contains(0x0A) {
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data += chunk
            }
            return String(decoding: data, as: UTF8.self)
        }
        let parts = line(out).split(separator: " ")
        try #require(parts.count > 2)
        let url = parts[2]
        func post(_ id: String) async throws -> String {
            var request = URLRequest(url: URL(string: "\(url)api/documents")!)
            request.httpMethod = "POST"
            request.setValue("Bearer t0ken-0123456789abcdef", forHTTPHeaderField: "Authorization")
            request.httpBody = Data(
                #"{"id": "\#(id)", "date": "2023-01-05", "text": "Ruritania snubbled Freedonia on Monday."}"#.utf8)
            return String(decoding: try await URLSession.shared.data(for: request).0, as: UTF8.self)
        }
        #expect(try await post("a").contains("\"events\":0"))

        // A made-up verb and two made-up states: the reloaded lexicon codes the sentence.
        try "trigger\ttype\tmode\tkind\ttarget\tcontext\tunit\trecipient\nsnubbled\tREJECT\t\tverb\tyes\t\t\t\n".write(
            to: lex.appendingPathComponent("events.tsv"), atomically: true, encoding: .utf8)
        try
            "name\taliases\tcountry\tsector\tkind\tnote\nRuritania\t\tAUT\tGOV\torganization\t\nFreedonia\t\tHUN\tGOV\torganization\t\n"
            .write(to: lex.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        kill(serve.processIdentifier, SIGHUP)
        #expect(line(err).contains("lexicon reloaded"))
        #expect(try await post("b").contains("\"events\":1"))

        // A broken folder: the server says why and keeps coding with the previous lexicon.
        try "trigger\ttype\n".write(to: lex.appendingPathComponent("events.tsv"), atomically: true, encoding: .utf8)
        kill(serve.processIdentifier, SIGHUP)
        let failure = line(err)
        #expect(failure.contains("lexicon not reloaded") && failure.contains("events.tsv:1"), "\(failure)")
        #expect(try await post("c").contains("\"events\":1"))
        serve.terminate()
        serve.waitUntilExit()
    }
}
