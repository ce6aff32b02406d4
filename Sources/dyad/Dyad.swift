import ArgumentParser

/// The `dyad` command line: a thin layer over the Dyad libraries.
@main
struct Dyad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Turns news text into event data: who did what to whom, when, where, how many.",
        version: "0.1.0",
        subcommands: [
            CodeCommand.self, MentionsCommand.self, EvalCommand.self, BenchCommand.self, DemoCommand.self,
            IngestCommand.self, RecodeCommand.self, QueryCommand.self, ExportCommand.self, StatsCommand.self,
            ServeCommand.self,
        ]
    )
}
