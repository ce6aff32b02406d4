import ArgumentParser
import Foundation

/// Small helpers shared by the commands.
enum Support {
    static func log(_ s: String) {
        FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
    }

    /// The document ids listed in a file (one per line; blank lines and `#` comments ignored).
    static func ids(_ path: String?) throws -> Set<String> {
        guard let path else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Set(
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty && !$0.hasPrefix("#")
            })
    }

    /// A file's bytes; `.xz` files are decompressed with `xz -dc`.
    static func bytes(_ path: String) throws -> [UInt8] {
        if path.hasSuffix(".xz") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["xz", "-dc", path]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ValidationError("xz -dc \(path) failed") }
            return [UInt8](data)
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// CPU time consumed by the calling thread (not disturbed by other processes sharing the cores).
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Peak resident memory of this process in MB.
    static func peakRSSMegabytes() -> Double {
        var u = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &u)
            return Double(u.ru_maxrss) / 1024
        #else
            getrusage(RUSAGE_SELF, &u)
            return Double(u.ru_maxrss) / 1024 / 1024
        #endif
    }
}
