import DyadModel
import DyadSyntax
import DyadText

extension AnnotatedDocument {
    /// A readable account of how the events were coded (`dyad code --explain`): for each parsed
    /// sentence, its tree (index, word, tag, head, label), then each event of the sentence with
    /// the rules that filled it and the arcs they read.
    public func explanation() -> String {
        var out = "== \(document.id)\(document.date.map { " (\($0))" } ?? "")\n"
        var byEvent: [Int: [Int]] = [:]
        for (k, e) in events.enumerated() { byEvent[e.evidence.sentence, default: []].append(k) }
        for sentence in text.sentences {
            guard sentence.index < trees.count, let tree = trees[sentence.index] else { continue }
            out += "\n[\(sentence.index)] \(text.string(sentence.start..<sentence.end))\n"
            for i in tree.tokens {
                let head = tree.head(i)
                let headWord = head == i ? "-" : text.string(text.tokens[head])
                out += "  \(pad(String(i - tree.tokens.lowerBound), 3)) \(pad(text.string(text.tokens[i]), 16)) "
                out += "\(pad(tree.tag(i).description, 5)) \(pad(tree.label(i).description, 10)) "
                out += "\(head == i ? "" : String(head - tree.tokens.lowerBound)) \(headWord)\n"
            }
            for k in byEvent[sentence.index] ?? [] {
                let e = events[k]
                let src = e.source.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.joined(
                    separator: "+")
                let tgt = e.target.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.joined(
                    separator: "+")
                out +=
                    "  → \(e.type.rawValue)\(e.mode.map { "/\($0)" } ?? "")  \(src.isEmpty ? "-" : src) -> \(tgt.isEmpty ? "-" : tgt)"
                out += "  trigger \"\(e.trigger)\"\n"
                for step in k < traces.count ? traces[k] : [] { out += "      \(pad(step.rule, 22)) \(step.note)\n" }
            }
            for u in unusedTriggers where u.sentence == sentence.index {
                out += "  × \(u.type.rawValue) \"\(u.trigger)\": \(u.reason)\n"
                for step in u.trace { out += "      \(pad(step.rule, 22)) \(step.note)\n" }
            }
        }
        return out
    }

    private func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
}

/// A trigger the events stage matched but did not code, and why (for `dyad code --explain`).
public struct UnusedTrigger: Sendable, Hashable {
    public var sentence: Int
    public var trigger: String
    public var type: EventType
    /// The rule's reason: "negated by \"not\"", "content of \"agreed\"", "no actor".
    public var reason: String
    public var trace: [TraceStep]
}
