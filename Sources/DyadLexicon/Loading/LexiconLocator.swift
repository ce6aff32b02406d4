import Foundation

/// Finds the lexicon's data folder, so the binary works from the build folder, from an install
/// prefix and from a copy that was given an explicit path.
///
/// SwiftPM puts resources beside the build (`dyad_DyadLexicon.resources`); a copied binary loses
/// them, so the search also covers `<prefix>/share/dyad/lexicon` (where `scripts/install.sh`
/// puts them) and an explicit folder from the command line or the environment.
public enum LexiconLocator {
    /// The environment variable naming the lexicon data folder.
    public static let environmentVariable = "DYAD_LEXICON_DATA"

    /// The folders searched, in order.
    /// - Parameter explicit: a folder given on the command line; it alone is searched when set.
    public static func candidates(explicit: String? = nil) -> [String] {
        if let explicit { return [explicit] }
        var out: [String] = []
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { out.append(env) }
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            dirs.append(exe.deletingLastPathComponent())
        }
        let arg0 = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        dirs.append(arg0.deletingLastPathComponent())
        for d in dirs {
            out.append(d.appendingPathComponent("dyad_DyadLexicon.resources/lexicon").path)
            out.append(d.appendingPathComponent("../share/dyad/lexicon").standardized.path)
            // Test bundles live one level below the build folder on some platforms.
            out.append(d.appendingPathComponent("../dyad_DyadLexicon.resources/lexicon").standardized.path)
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The first candidate folder that holds `countries.tsv`.
    /// - Throws: `LexiconError.notFound` listing every folder searched.
    public static func locate(explicit: String? = nil) throws -> String {
        let list = candidates(explicit: explicit)
        for d in list where FileManager.default.fileExists(atPath: d + "/countries.tsv") { return d }
        throw LexiconError.notFound(searched: list)
    }
}

extension Lexicon {
    /// Loads and compiles the built-in lexicon plus any user folders.
    /// - Parameters:
    ///   - dataDirectory: the built-in data folder; found by `LexiconLocator` when nil.
    ///   - userDirectories: folders with the user's own files in the same format, merged in order.
    /// - Throws: `LexiconError` when a folder is missing or a row is malformed.
    public static func load(dataDirectory: String? = nil, userDirectories: [String] = []) throws -> Lexicon {
        let base = try LexiconLocator.locate(explicit: dataDirectory)
        var data = try LexiconData(directory: base)
        for dir in userDirectories {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw LexiconError.unreadable(path: dir, reason: "not a folder")
            }
            data.merge(try LexiconData(directory: dir, requireCountries: false))
        }
        return Lexicon(data)
    }
}
