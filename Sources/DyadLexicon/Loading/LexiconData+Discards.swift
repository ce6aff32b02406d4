import Foundation

extension LexiconData {
    /// Reads `discards.tsv` or `discards_imported.tsv`: topic filters (phrase, scope, topic, source).
    static func readTopicFilters(_ path: String) throws -> [TopicFilter] {
        let f = try TSVFile(path: path)
        let (phrase, scope, topic, source) = (
            try f.column("phrase"), try f.column("scope"), try f.column("topic"), try f.column("source")
        )
        return try f.rows.map { line, c in
            guard !c[phrase].isEmpty else { throw LexiconError.badRow(path: path, line: line, problem: "empty phrase") }
            guard let s = TopicFilter.Scope(rawValue: c[scope]) else {
                throw LexiconError.badRow(
                    path: path, line: line, problem: "scope must be sentence, story or off, not \"\(c[scope])\"")
            }
            guard let t = TopicFilter.Topic(rawValue: c[topic]) else {
                throw LexiconError.badRow(
                    path: path, line: line, problem: "topic must be sport or entertainment, not \"\(c[topic])\"")
            }
            return TopicFilter(
                phrase: c[phrase].lowercased(), scope: s, topic: t, source: c[source].isEmpty ? "curated" : c[source])
        }
    }

    /// Curated rows win over imported ones with the same phrase.
    static func mergedTopicFilters(imported: [TopicFilter], curated: [TopicFilter]) -> [TopicFilter] {
        let own = Set(curated.map(\.phrase))
        return curated + imported.filter { !own.contains($0.phrase) }
    }
}
