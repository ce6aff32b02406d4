import DyadModel
import Foundation
import Testing

@testable import DyadLexicon

/// `LexiconCheck`: what a user folder replaces, repeats or gets wrong, against small built-in rows.
@Suite("Lexicon: checking a user folder")
struct LexiconCheckTests {
    static var base: LexiconData {
        var d = LexiconData()
        d.actors = [
            ActorEntry(
                name: "Vladimir Putin", aliases: ["Putin"], country: "RUS", sector: .government, kind: "person",
                note: "")
        ]
        d.events = [
            EventPattern(
                forms: ["shell", "shelled"], type: .assault, mode: "heavy-weapons", kind: .verb, hasTarget: true,
                context: nil, unit: nil)
        ]
        d.countries = [
            CountryEntry(code: "GEO", name: "Georgia", aliases: [], adjectives: [], people: [], capitals: [], seats: [])
        ]
        return d
    }

    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    @Test func replacementsRepeatsAndCompetingNamesAreListed() throws {
        let dir = try folder([
            "actors.tsv":
                "name\taliases\tcountry\tsector\tkind\tnote\nVladimir Putin\t\tRUS\tELI\tperson\t\nWagner\tGeorgia\tRUS\tMIL\torganization\t\nWagner\t\tRUS\tREB\torganization\t\n",
            "events.tsv":
                "trigger\ttype\tmode\tkind\ttarget\tcontext\tunit\trecipient\nbombard|shelled\tASSAULT\tair\tverb\tyes\t\t\t\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let check = LexiconCheck(directory: dir, base: Self.base)
        let messages = check.findings.map(\.description)
        #expect(!check.hasErrors)
        #expect(check.rowCounts == ["actors.tsv": 3, "events.tsv": 1])
        #expect(
            messages.contains("replaces: actors.tsv: \"Vladimir Putin\" replaces the built-in row (RUS GOV → RUS ELI)"))
        #expect(messages.contains("warning: actors.tsv: \"Wagner\" is repeated; the later row wins"))
        #expect(
            messages.contains(
                "warning: actors.tsv: \"Georgia\" is also the name of the country GEO; in text it will be this actor"))
        #expect(
            messages.contains {
                $0.contains("\"shelled\" is also a form of the built-in row \"shell\" (ASSAULT/heavy-weapons)")
            })
    }

    @Test func aBadRowIsAnErrorWithFileAndLine() throws {
        let dir = try folder([
            "types.tsv":
                "type\trecipient\tintent\tagentless\tplace\tobject\timplied\nAGREE\twith\t-\tmaybe\tno\trecipient\t\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let check = LexiconCheck(directory: dir, base: Self.base)
        #expect(check.hasErrors)
        #expect(check.findings.first?.message.contains("types.tsv:2:") == true, "\(check.findings)")
    }

    @Test func aMissingFolderAndMisnamedFilesAreReported() throws {
        #expect(LexiconCheck(directory: "/nonexistent/dyad-lexicon", base: Self.base).hasErrors)
        let dir = try folder(["event.tsv": "x"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let check = LexiconCheck(directory: dir, base: Self.base)
        #expect(!check.hasErrors)
        #expect(
            check.findings.map(\.description).contains(
                "warning: event.tsv: not a lexicon file name; it is not read (did you mean events.tsv?)"))
    }
}
