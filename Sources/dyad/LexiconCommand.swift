import ArgumentParser
import DyadLexicon

/// `dyad lexicon`: tools for the lexicon folders users write for `--lexicon`.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check the lexicon folders you pass with --lexicon.",
        subcommands: [LexiconCheckCommand.self]
    )
}

/// `dyad lexicon check DIR...`: what a user folder changes, before a corpus is coded with it.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a user lexicon folder and list the built-in rows it replaces or competes with.",
        discussion: """
            Prints rows that do not load (file and line), files that are not read, rows that replace \
            built-in rows and names that compete with others. Exit status: 0 the folder loads (warnings \
            and replacements are listed), 1 it does not, 2 usage error.
            """
    )

    @Argument(help: "Lexicon folders (the same file formats as the built-in lexicon).")
    var directories: [String]

    @Option(
        name: .customLong("lexicon-data"),
        help: "The built-in lexicon folder, when the binary was copied away from its resources.")
    var dataDirectory: String?

    func run() throws {
        let base: LexiconData
        do {
            base = try LexiconData(directory: try LexiconLocator.locate(explicit: dataDirectory))
        } catch {
            throw ValidationError("\(error)")
        }
        var failed = false
        for dir in directories {
            let check = LexiconCheck(directory: dir, base: base)
            let rows = check.rowCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                separator: ", ")
            print("\(dir): \(rows.isEmpty ? "no rows" : rows)")
            for f in check.findings { print("  \(f)") }
            let count = { (k: LexiconCheck.Finding.Kind) in check.findings.filter { $0.kind == k }.count }
            print(
                "  \(check.hasErrors ? "does not load" : "loads"): \(count(.error)) errors, \(count(.warning)) warnings, "
                    + "\(count(.replaces)) built-in rows replaced")
            failed = failed || check.hasErrors
        }
        if failed { throw ExitCode(1) }
    }
}
