import ArgumentParser
import DyadLexicon
import DyadText

/// Options every command that reads text shares: where the lexicon comes from.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A folder of your own lexicon files to merge (repeatable).")
    var userLexicons: [String] = []

    @Option(
        name: .customLong("lexicon-data"),
        help: "The built-in lexicon folder, when the binary was copied away from its resources.")
    var dataDirectory: String?

    /// Loads the lexicon, turning a failure into a clean exit with the reason.
    func load() throws -> Lexicon {
        do {
            return try Lexicon.load(dataDirectory: dataDirectory, userDirectories: userLexicons)
        } catch let e as LexiconError {
            throw ValidationError(e.description)
        }
    }
}

/// Writes a message to standard error.
func warn(_ message: String) {
    let out = ByteOutput(fd: 2, capacity: 1 << 12)
    out.write(message + "\n")
    out.flush()
}
