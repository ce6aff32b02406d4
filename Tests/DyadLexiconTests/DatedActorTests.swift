import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// Named actors whose code depends on the document's date (Phoenix's dated codes), and the
/// imported dictionaries as the built-in lexicon ships them.
@Suite("Lexicon: dated actors")
struct DatedActorTests {
    /// A lexicon with the built-in countries and roles and two dated people written here.
    static let lexicon: Lexicon = {
        var d = LexiconData()
        d.countries = sharedLexicon.data.countries
        d.roles = sharedLexicon.data.roles
        d.actors = [
            ActorEntry(
                name: "Hosni Mubarak", aliases: ["Mubarak"], country: "EGY", sector: .elites, kind: "person",
                note: "", spells: [spell("EGY", .government, "1981-10-14", "2011-02-11")], source: "test"),
            ActorEntry(
                name: "Aldo Namesake", aliases: [], country: "ITA", sector: .government, kind: "person",
                note: "", spells: [spell("ITA", .government, "2003-01-01", "2004-12-31")],
                codedOutsideSpells: false, source: "test"),
        ]
        return Lexicon(d)
    }()

    static func spell(_ c: CountryCode, _ s: Sector?, _ from: String, _ to: String) -> ActorSpell {
        ActorSpell(country: c, sector: s, from: Day(iso: from), to: Day(iso: to))
    }

    func actors(_ text: String, on date: String?) -> [Mention] {
        MentionRecognizer(lexicon: Self.lexicon)
            .recognize(AnalyzedText(text), documentDate: date.flatMap { Day(iso: $0) })
            .flatMap(\.actors).filter { $0.name != nil }
    }

    @Test func theSameActorCodesByTheDocumentsDate() {
        let text = "Mubarak met the envoy in Cairo."
        let inOffice = actors(text, on: "2005-06-01")
        let after = actors(text, on: "2015-06-01")
        #expect(inOffice.map(\.country) == ["EGY"])
        #expect(inOffice.map(\.sector) == [.government])
        #expect(after.map(\.country) == ["EGY"])
        #expect(after.map(\.sector) == [.elites])
        // The limits are inclusive.
        #expect(actors(text, on: "2011-02-11").map(\.sector) == [.government])
        #expect(actors(text, on: "2011-02-12").map(\.sector) == [.elites])
    }

    @Test func anUndatedDocumentGetsTheRowsOwnCode() {
        #expect(actors("Mubarak met the envoy.", on: nil).map(\.sector) == [.elites])
    }

    @Test func aRowWithoutADefaultNamesNobodyOutsideItsSpells() {
        let text = "Aldo Namesake said the talks failed."
        #expect(actors(text, on: "2003-06-01").map(\.country) == ["ITA"])
        #expect(actors(text, on: "2022-06-01").isEmpty)
    }

    @Test func importedPhoenixActorsAndSpellingsAreBuiltIn() {
        let d = sharedLexicon.data
        let imported = d.actors.filter { $0.source.hasPrefix("phoenix:") }
        #expect(imported.count > 20_000)
        #expect(imported.filter { !$0.spells.isEmpty }.count > 10_000)
        // Curated rows come first, so they win where a phrase is in both.
        let firstImported = d.actors.firstIndex { $0.source != "curated" } ?? d.actors.count
        #expect(d.actors[..<firstImported].allSatisfy { $0.source == "curated" })
        // Najibullah led Afghanistan 1987-1992: government then, an elite (Phoenix's default) later.
        // Taraki's record has no default: after his spells the name is nobody the lexicon knows.
        let r = MentionRecognizer(lexicon: sharedLexicon)
        func person(_ name: String, _ date: String) -> [Mention] {
            r.recognize(AnalyzedText("\(name) rejected the offer."), documentDate: Day(iso: date))
                .flatMap(\.actors)
        }
        #expect(person("Mohammad Najibullah", "1990-05-01").map(\.country) == ["AFG"])
        #expect(person("Mohammad Najibullah", "1990-05-01").map(\.sector) == [.government])
        #expect(person("Mohammad Najibullah", "2022-05-01").map(\.sector) == [.elites])
        #expect(person("Nur Mohammad Taraki", "1979-01-01").map(\.country) == ["AFG"])
        #expect(person("Nur Mohammad Taraki", "2022-05-01").isEmpty)
        // A misspelt country name from Phoenix's country blocks is still the country.
        let places = recognize("The envoy flew to Afganistan.").filter { $0.kind == .place }
        #expect(places.map(\.country) == ["AFG"])
    }

    @Test func badSpellsAndOutsideValuesNameFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = "name\taliases\tcountry\tsector\tkind\tspells\toutside\n"
        let cases = [
            ("A B\t\tEGY\tGOV\tperson\tEGY GOV 2011-02-11..1981-10-14\t\n", "ends before it starts"),
            ("A B\t\tEGY\tGOV\tperson\tEGY GOV 1981-13-01..\t\n", "is not a YYYY-MM-DD day"),
            ("A B\t\tEGY\tGOV\tperson\tEGY XYZ 1981-10-14..\t\n", "unknown sector"),
            ("A B\t\tEGY\tGOV\tperson\tEGY GOV 1981-10-14\t\n", "no .. between the days"),
            ("A B\t\tEGY\tGOV\tperson\t\tsometimes\n", "expected default or none"),
        ]
        for (row, problem) in cases {
            try (header + "C D\t\tEGY\tGOV\tperson\t\tdefault\n" + row)
                .write(to: dir.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
            #expect {
                try LexiconData(directory: dir.path, requireCountries: false)
            } throws: { error in
                let text = String(describing: error)
                return text.contains("actors.tsv:3:") && text.contains(problem)
            }
        }
    }
}
