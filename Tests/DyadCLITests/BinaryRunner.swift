import Foundation

/// Runs the real `dyad` binary built beside the test bundle.
struct BinaryRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the built products (the test bundle's folder).
    static var binDirectory: URL {
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = arg0.deletingLastPathComponent()
        // On some platforms the runner sits inside the .xctest bundle.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("dyad").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }

    static var binary: URL { binDirectory.appendingPathComponent("dyad") }

    /// The repository root (for examples and scripts).
    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The shared folder beside the repository, when present.
    static var shared: URL? {
        let s = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: s.path) ? s : nil
    }

    /// Runs `executable` with `arguments`, optionally feeding `stdin`.
    /// Whether launching failed because the executable is open for writing somewhere (ETXTBSY).
    static func isTextFileBusy(_ error: NSError) -> Bool {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        return [error, underlying].contains { $0?.domain == NSPOSIXErrorDomain && $0?.code == Int(ETXTBSY) }
    }

    static func run(
        _ arguments: [String], executable: URL = binary, stdin: Data? = nil, cwd: URL? = nil,
        environment: [String: String]? = nil
    ) throws -> Output {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        if let environment { p.environment = environment }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        // A binary copied a moment ago can still be open for writing in a child that another test
        // just forked (it holds the descriptor until its exec): Linux then refuses to run it with
        // ETXTBSY. The child execs within milliseconds, so try again briefly.
        var attempt = 0
        while true {
            do {
                try p.run()
                break
            } catch let error as NSError where attempt < 50 && Self.isTextFileBusy(error) {
                attempt += 1
                usleep(20_000)
            }
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Output(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }
}

extension String {
    /// Parses each non-empty line as a JSON object.
    var jsonLines: [[String: Any]] {
        split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
