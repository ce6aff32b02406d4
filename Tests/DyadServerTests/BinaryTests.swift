import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `dyad serve` and `dyad demo --no-serve` as a user runs them: the built binary.
@Suite(.serialized) struct BinaryTests {
    /// The `dyad` binary beside the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("dyad").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("dyad")
    }

    @Test func serveBindsLoopbackAndAnswers() async throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let demo = Process()
        demo.executableURL = Self.binary
        demo.arguments = ["demo", "--examples", repoRoot.appendingPathComponent("examples").path, "--no-serve"]
        demo.currentDirectoryURL = dir
        demo.standardOutput = FileHandle.nullDevice
        demo.standardError = FileHandle.nullDevice
        try demo.run()
        demo.waitUntilExit()
        #expect(demo.terminationStatus == 0)

        let token = dir.appendingPathComponent("token")
        try "t0ken-0123456789abcdef\n".write(to: token, atomically: true, encoding: .utf8)
        let serve = Process()
        serve.executableURL = Self.binary
        serve.arguments = [
            "serve", "--db", dir.appendingPathComponent("dyad-demo.sqlite").path, "--port", "0", "--token-file",
            token.path,
        ]
        let out = Pipe()
        serve.standardOutput = out
        serve.standardError = FileHandle.nullDevice
        try serve.run()
        defer { if serve.isRunning { serve.terminate() } }
        // The first line names the URL with the port the system picked.
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix("dyad serve: http://127.0.0.1:"))
        let parts = text.split(separator: " ")
        try #require(parts.count > 2, "no URL line: \(text)")
        let url = parts[2]
        let (body, response) = try await URLSession.shared.data(from: URL(string: "\(url)healthz")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"ok\""))
        var post = URLRequest(url: URL(string: "\(url)api/documents")!)
        post.httpMethod = "POST"
        post.setValue("Bearer t0ken-0123456789abcdef", forHTTPHeaderField: "Authorization")
        post.httpBody = Data(#"{"id": "b1", "date": "2023-01-05", "text": "Police arrested 12 people in Minsk."}"#.utf8)
        let (_, posted) = try await URLSession.shared.data(for: post)
        #expect((posted as? HTTPURLResponse)?.statusCode == 200)
        serve.terminate()
        serve.waitUntilExit()
        #expect(!serve.isRunning)
    }
}
