import Foundation

/// Finds the syntax model file, so the binary works from the build folder, from an install prefix and
/// from a copy that was given an explicit path — the same places `LexiconLocator` searches.
///
/// SwiftPM puts resources beside the build (`dyad_DyadSyntax.resources/`); a copied binary loses them,
/// so the search also covers `<prefix>/share/dyad/` (where `scripts/install.sh` puts the model) and an
/// explicit file from the command line or the environment.
public enum SyntaxModelLocator {
    /// The files searched, in order.
    /// - Parameter explicit: a file given by the caller; it alone is searched when set.
    public static func candidates(explicit: String? = nil) -> [String] {
        if let explicit { return [explicit] }
        var out: [String] = []
        if let env = ProcessInfo.processInfo.environment[SyntaxModel.environmentVariable], !env.isEmpty {
            out.append(env)
        }
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            dirs.append(exe.deletingLastPathComponent())
        }
        let arg0 = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        dirs.append(arg0.deletingLastPathComponent())
        let name = SyntaxModel.fileName
        for d in dirs {
            out.append(d.appendingPathComponent("dyad_DyadSyntax.resources/\(name)").path)
            out.append(d.appendingPathComponent("../share/dyad/\(name)").standardized.path)
            // Test bundles live one level below the build folder on some platforms.
            out.append(d.appendingPathComponent("../dyad_DyadSyntax.resources/\(name)").standardized.path)
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The first candidate file that exists.
    /// - Throws: `SyntaxModelError.notFound` listing every path searched.
    public static func locate(explicit: String? = nil) throws(SyntaxModelError) -> String {
        let list = candidates(explicit: explicit)
        for f in list where FileManager.default.fileExists(atPath: f) { return f }
        throw .notFound(searched: list)
    }
}
