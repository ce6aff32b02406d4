import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// `actors_mined.tsv` (scripts/mine_actors.py): names that recur in one country's stories, and a
/// person's surname later in a story that named them in full.
@Suite("Lexicon: mined actors and surnames")
struct MinedActorTests {
    /// Every mined row is a state's person or organisation, marked with its source, and never a
    /// name the curated or imported rows hold (those win).
    @Test func minedRowsAreMarkedAndNeverShadowCuratedOnes() throws {
        let data = try LexiconData(directory: try LexiconLocator.locate())
        let mined = data.actors.filter { $0.source == "mined:rss2022_en" }
        #expect(mined.count > 300, "\(mined.count) mined rows")
        #expect(mined.allSatisfy { $0.country.isState && ($0.kind == "person" || $0.kind == "organization") })
        // Each holds for the time of its stories only: a namesake decades before is someone else.
        #expect(mined.allSatisfy { !$0.spells.isEmpty && !$0.codedOutsideSpells })
        if let a = mined.first {
            #expect(a.code(on: Day(iso: "2022-10-01")) != nil && a.code(on: Day(iso: "1987-03-01")) == nil, "\(a)")
        }
        let others = Set(data.actors.filter { $0.source != "mined:rss2022_en" }.map { $0.name.lowercased() })
        #expect(mined.allSatisfy { !others.contains($0.name.lowercased()) })
    }

    /// A user folder may hold its own `actors_mined.tsv` (mined from the user's corpus): its rows
    /// are merged like any user rows.
    @Test func aUserFolderMayHoldMinedActors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mined-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try
            "name\taliases\tcountry\tsector\tkind\tsource\tnote\nZorba Quillfeather\t\tNZL\t\tperson\tmined:mine\t3 of 3\n"
            .write(to: dir.appendingPathComponent("actors_mined.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(userDirectories: [dir.path])
        let r = MentionRecognizer(lexicon: lexicon)
        let m = r.recognize(AnalyzedText("Zorba Quillfeather slammed the council."), documentDate: nil).flatMap(
            \.actors)
        #expect(m.first?.country == "NZL", "\(m)")
        // The surname alone later in the story is the same person; joined to another capitalised
        // word it is some other name.
        let later = r.recognize(
            AnalyzedText("Zorba Quillfeather slammed the council.\n\nLater Quillfeather said the vote was rigged."),
            documentDate: nil
        ).flatMap(\.actors)
        #expect(
            later.contains { $0.sentence == 1 && $0.name == "Zorba Quillfeather" && $0.country == "NZL" }, "\(later)")
        let street = r.recognize(
            AnalyzedText("Zorba Quillfeather slammed the council.\n\nLater Quillfeather Street was closed."),
            documentDate: nil
        ).flatMap(\.actors)
        #expect(!street.contains { $0.sentence == 1 && $0.name == "Zorba Quillfeather" }, "\(street)")
    }

    /// "Charles Taylor was sentenced … Taylor said": a surname after the person's full name is that
    /// person, not a town of that name (Taylor, Michigan); a town alone stays a town.
    @Test func aSurnameAfterTheFullNameIsThePerson() {
        let text = "Charles Taylor was sentenced in The Hague.\n\nLater Taylor said the court was biased."
        let later = recognize(text).filter { text.utf8.count > 0 && $0.sentence == 1 }
        #expect(!later.contains { $0.kind == .place }, "\(later)")
        #expect(later.contains { $0.kind == .actor && $0.country == "LBR" && $0.name == "Charles Taylor" }, "\(later)")
        #expect(recognize("Floods hit Hobbs on Monday.").contains { $0.kind == .place && $0.country == "USA" })
    }
}
