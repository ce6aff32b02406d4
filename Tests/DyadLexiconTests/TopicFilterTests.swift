import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// Topic filters (`discards.tsv`, `discards_imported.tsv`): loading, curated rows winning, and
/// matching phrases in tokenized text.
@Suite("Lexicon: topic filters")
struct TopicFilterTests {
    static let data: LexiconData = {
        do { return try Lexicon.load().data } catch { fatalError("\(error)") }
    }()

    @Test func builtInFiltersLoadWithCuratedRowsWinning() {
        let byPhrase = Dictionary(Self.data.topicFilters.map { ($0.phrase, $0) }, uniquingKeysWith: { a, _ in a })
        // Imported from Phoenix, and curated.
        #expect(byPhrase["grand prix"]?.source == "phoenix")
        #expect(byPhrase["field goal"]?.source == "curated")
        // Phoenix makes "world cup" story-level; the curated row switches it off, and only it is kept.
        #expect(byPhrase["world cup"]?.scope == .off)
        #expect(Self.data.topicFilters.filter { $0.phrase == "world cup" }.count == 1)
        // Entries common in political prose were left out.
        #expect(byPhrase["champion"] == nil && byPhrase["marathon"] == nil && byPhrase["group a"] == nil)
    }

    @Test func matchesPhrasesCaseInsensitivelyByScope() {
        let filters = TopicFilters([
            TopicFilter(phrase: "field goal", scope: .sentence, topic: .sport),
            TopicFilter(phrase: "grand prix", scope: .story, topic: .sport),
            TopicFilter(phrase: "world cup", scope: .off, topic: .sport),
        ])
        func match(_ s: String, _ scope: TopicFilter.Scope) -> String? {
            let toks = Tokenizer().tokenize(Array(s.utf8))
            return toks.withUnsafeBufferPointer { filters.match($0, in: 0..<toks.count, scope: scope)?.phrase }
        }
        #expect(match("Tennessee won on a last-second Field Goal.", .sentence) == "field goal")
        #expect(match("Tennessee won on a last-second field.", .sentence) == nil)
        #expect(match("Verstappen won the Mexico City Grand Prix.", .story) == "grand prix")
        #expect(match("Verstappen won the Mexico City Grand Prix.", .sentence) == nil)
        // An `off` row matches nothing.
        #expect(match("Iran's players stayed silent at the World Cup.", .sentence) == nil)
        #expect(match("Iran's players stayed silent at the World Cup.", .story) == nil)
    }

    @Test func aBadScopeNamesFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-topic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "phrase\tscope\ttopic\tsource\tnote\nrugby\tparagraph\tsport\tcurated\t\n".write(
            to: dir.appendingPathComponent("discards.tsv"), atomically: true, encoding: .utf8)
        #expect {
            _ = try LexiconData(directory: dir.path, requireCountries: false)
        } throws: { e in
            "\(e)".contains("discards.tsv:2:") && "\(e)".contains("scope")
        }
    }

    @Test func aUserRowReplacesOursByPhrase() {
        var base = LexiconData()
        base.topicFilters = [TopicFilter(phrase: "football", scope: .sentence, topic: .sport, source: "phoenix")]
        var user = LexiconData()
        user.topicFilters = [TopicFilter(phrase: "football", scope: .off, topic: .sport)]
        base.merge(user)
        #expect(base.topicFilters.count == 1 && base.topicFilters[0].scope == .off)
    }
}
