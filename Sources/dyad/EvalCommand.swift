import ArgumentParser
import DyadCoder
import DyadText
import Foundation

/// `dyad eval`: codes gold documents and scores the output as `../shared/eval/score.py` does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract:
            "Code gold documents and print score.py's figures, per-type recall and (with --misses) what was missed.",
        discussion: """
            Each GOLD file is JSON Lines with id, date, text and events (see ../shared/eval/EVAL.md). \
            The events scored are exactly what `dyad code --format jsonl` prints for the same file \
            (every telling of an event apart, the form the gold files annotate), so \
            `python3 score.py GOLD <(dyad code --format jsonl GOLD)` prints the same figures.
            """
    )

    @Flag(help: "List every missed gold event with its evidence and the types that were produced.")
    var misses = false

    @Option(help: "Also write the coded events (JSON Lines) to this file.")
    var output: String?

    @OptionGroup var lexicon: LexiconOptions

    @Argument(help: "Gold files (JSON Lines with events).")
    var gold: [String]

    func run() throws {
        // The same pipeline options and formatting as `dyad code --format jsonl`.
        let coded = EventOutput(
            pipeline: try lexicon.pipeline(EventOutput.options(merge: true)), format: .jsonl)
        var goldDocs: [[String: Any]] = []
        var system: [[String: Any]] = []
        var lines: [UInt8] = []
        for path in gold {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("\(path): cannot read")
            }
            for (n, line) in data.split(separator: 0x0A).enumerated()
            where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw ValidationError("\(path):\(n + 1): not a JSON object")
                }
                goldDocs.append(obj)
            }
            for r in DocumentReader(paths: [path]) {
                switch r {
                case .success(let doc):
                    let bytes = coded.bytes(for: doc)
                    lines += bytes
                    for line in bytes.split(separator: 0x0A) {
                        if let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                            system.append(o)
                        }
                    }
                case .failure(let issue): warn(issue.description)
                }
            }
        }
        if let output { try Data(lines).write(to: URL(fileURLWithPath: output)) }
        let result = Scorer().score(gold: goldDocs, system: system)
        let json = try JSONSerialization.data(withJSONObject: result.summary, options: [.sortedKeys, .prettyPrinted])
        print(String(decoding: json, as: UTF8.self))
        print("\nrecall by gold type:")
        for (type, v) in result.typeRecall.sorted(by: { $0.key < $1.key }) {
            let pct = v.total > 0 ? Double(v.hit) / Double(v.total) * 100 : 0
            print(
                "  \(type.padding(toLength: 10, withPad: " ", startingAt: 0)) \(v.hit)/\(v.total)  \(String(format: "%5.1f", pct))%"
            )
        }
        if misses {
            print("\nmissed (\(result.misses.count)):")
            for m in result.misses {
                print(
                    "  \(m.document)  \(m.types.joined(separator: "|"))  \(m.source ?? "*") -> \(m.target ?? "*")  "
                        + "[produced: \(m.systemTypes.joined(separator: ","))]\n      \(m.evidence)")
            }
        }
    }
}
