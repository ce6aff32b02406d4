import ArgumentParser

/// The `dyad-syntax` command line: converting silver treebanks onto Dyad's tokens, training, evaluating
/// and benchmarking the tagger and parser. Thin commands over `DyadSyntax`.
@main
struct DyadSyntaxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad-syntax",
        abstract: "Trains, evaluates and benchmarks Dyad's part-of-speech tagger and dependency parser.",
        subcommands: [
            ConvertCommand.self, TrainCommand.self, EvaluateCommand.self, BenchCommand.self, ParseCommand.self,
            PruneCommand.self,
        ]
    )
}
