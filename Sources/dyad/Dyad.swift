import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `dyad` command line: a thin layer over the Dyad libraries.
///
/// Exit status, the same for every command: 0 when every document was coded (empty documents are
/// reported on stderr, not counted as failures), 1 when some documents were refused (unreadable,
/// too large, a repeated id) while the others were processed, 2 for a usage or environment error
/// that stopped the command (a bad option, a store that cannot be opened, a lexicon that does not
/// load, a port that cannot be bound).
///
/// The root is an `AsyncParsableCommand` so that `serve` and `demo`, which run the server, are
/// async commands awaited on the main task; the others are synchronous and run as before.
@main
struct Dyad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Turns news text into event data: who did what to whom, when, where, how many.",
        discussion: """
            Exit status: 0 every document coded (empty ones are reported, not failures); 1 some \
            documents refused, the others processed; 2 usage or environment error.
            """,
        version: "0.1.0",
        subcommands: [
            CodeCommand.self, MentionsCommand.self, EvalCommand.self, BenchCommand.self, DemoCommand.self,
            IngestCommand.self, RecodeCommand.self, QueryCommand.self, ExportCommand.self, StatsCommand.self,
            ServeCommand.self, LexiconCommand.self, EnqueueCommand.self, WorkerCommand.self,
        ]
    )

    /// A usage or environment error: the command could not run at all.
    static let usageError = ExitCode(2)

    /// Runs the command (awaiting an async one), mapping ArgumentParser's usage status (64) to 2,
    /// as documented.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { warn(message) }
                terminate(usageError.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// Ends the process with `status` (outside `Dyad`, whose `exit(withError:)` hides the C function).
func terminate(_ status: Int32) -> Never { exit(status) }
