import DyadModel
import DyadText
import Foundation

extension LexiconData {
    /// Reads `verbs.tsv`: verb patterns with the arcs they require and the event they code.
    static func readVerbs(_ path: String) throws -> [VerbPattern] {
        let f = try TSVFile(path: path)
        let (verb, forms, subject, object, prep) = (
            try f.column("verb"), try f.column("forms"), try f.column("subject"), try f.column("object"),
            try f.column("preposition")
        )
        let (source, target, type, mode, context, cameo) = (
            try f.column("source"), try f.column("target"), try f.column("type"), try f.column("mode"),
            try f.column("context"), try f.column("cameo")
        )
        func role(_ s: String, _ line: Int, _ col: String) throws -> VerbPattern.Role? {
            switch s {
            case "": return nil
            case "subject": return .subject
            case "object": return .object
            default:
                guard s.hasPrefix("pobj:"), s.count > 5 else {
                    throw LexiconError.badRow(
                        path: path, line: line,
                        problem: "\(col) must be subject, object or pobj:<preposition>, not \"\(s)\"")
                }
                let p = String(s.dropFirst(5))
                return .preposition(TokenKey.of(p), p)
            }
        }
        return try f.rows.map { line, c in
            guard let t = EventType(rawValue: c[type]) else {
                throw LexiconError.badRow(path: path, line: line, problem: "unknown event type \"\(c[type])\"")
            }
            let words = c[verb].split(separator: " ").map(String.init)
            let all = TSVFile.alternatives(c[forms])
            guard !words.isEmpty, !all.isEmpty else {
                throw LexiconError.badRow(path: path, line: line, problem: "no verb or no forms")
            }
            // Multi-word verbs: matching starts at the inflected first word; the rest are particles.
            let first = Array(Set(all.compactMap { $0.split(separator: " ").first.map(String.init) })).sorted()
            var preposition: (key: UInt64, objects: Set<UInt64>)?
            if !c[prep].isEmpty {
                let parts = c[prep].split(separator: ":", maxSplits: 1).map(String.init)
                let objects = parts.count > 1 ? Set(TSVFile.alternatives(parts[1]).map { TokenKey.of($0) }) : []
                preposition = (TokenKey.of(parts[0]), objects)
            }
            // "@person": the object must be an actor of that kind rather than one of some words.
            var objectKind: Mention.ActorKind?
            var objectWords = TSVFile.alternatives(c[object])
            if c[object].hasPrefix("@") {
                guard let k = Mention.ActorKind(rawValue: String(c[object].dropFirst())) else {
                    throw LexiconError.badRow(
                        path: path, line: line,
                        problem:
                            "object \"\(c[object])\" names no actor kind (@person, @organization, @group, @government)")
                }
                objectKind = k
                objectWords = []
            }
            let targetRole = try role(c[target], line, "target")
            var recipient: [String] = []
            if case .preposition(_, let p) = targetRole { recipient = [p] }
            let event = EventPattern(
                forms: all, type: t, mode: c[mode].isEmpty ? nil : c[mode], kind: .verb, hasTarget: true,
                context: c[context].isEmpty ? nil : TSVFile.alternatives(c[context]).first, unit: nil,
                recipient: recipient, cameo: c[cameo].isEmpty ? nil : c[cameo])
            return VerbPattern(
                verb: c[verb], forms: first, particles: words.dropFirst().map { TokenKey.of($0) },
                subject: Set(TSVFile.alternatives(c[subject]).map { TokenKey.of($0) }),
                object: objectWords.map { $0.split(separator: " ").map { TokenKey.of($0) } },
                preposition: preposition, source: try role(c[source], line, "source"), target: targetRole,
                event: event, objectKind: objectKind)
        }
    }
}
