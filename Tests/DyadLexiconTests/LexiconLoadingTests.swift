import DyadModel
import Foundation
import Testing

@testable import DyadLexicon

/// A user lexicon folder holding one file.
private func folder(_ name: String, _ contents: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try contents.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    return dir.path
}

/// The error reading the folder raises, as text.
private func loadError(_ dir: String) -> String? {
    do {
        _ = try LexiconData(directory: dir, requireCountries: false)
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite("Lexicon loading: types and sectors")
struct LexiconLoadingTests {
    /// `countries.tsv`'s `state` column is optional: a user's file without it loads, its rows fold
    /// into nothing; the built-in file folds the dependencies.
    @Test func countriesStateColumnIsOptional() throws {
        let dir = try folder(
            "countries.tsv",
            "code\tname\taliases\tadjectives\tpeople\tcapitals\tseats\tlat\tlon\nXYZ\tXyzland\t\t\t\t\t\t1\t2\n")
        let data = try LexiconData(directory: dir, requireCountries: false)
        #expect(data.countries.first?.state == nil)
        let base = try LexiconData(directory: try LexiconLocator.locate())
        #expect(base.countries.first { $0.code == "JEY" }?.state == "GBR")
        #expect(base.countries.first { $0.code == "GBR" }?.state == nil)
    }

    @Test func unknownEventTypeNamesFileLineAndValue() throws {
        let dir = try folder(
            "events.tsv",
            "trigger\ttype\tmode\tkind\ttarget\tcontext\tunit\nmet|meets\tCONSULT\t\tverb\tyes\t\t\n"
                + "# a comment line\nfought|fights\tFIGHT\t\tverb\tyes\t\t\n")
        let message = try #require(loadError(dir))
        #expect(message.contains("events.tsv:4:"), "\(message)")
        #expect(message.contains("\"FIGHT\""), "\(message)")
    }

    @Test func knownEventTypeIsTyped() throws {
        let dir = try folder(
            "events.tsv", "trigger\ttype\tmode\tkind\ttarget\tcontext\tunit\nmet|meets\tCONSULT\t\tverb\tyes\t\t\n")
        let data = try LexiconData(directory: dir, requireCountries: false)
        #expect(data.events.first?.type == .consult)
    }

    @Test func unknownRoleSectorNamesFileLineAndValue() throws {
        let dir = try folder("roles.tsv", "phrase\tsector\tkind\npresident\tGOV\tperson\nsheriff\tSHF\tperson\n")
        let message = try #require(loadError(dir))
        #expect(message.contains("roles.tsv:3:"), "\(message)")
        #expect(message.contains("\"SHF\""), "\(message)")
    }

    @Test func emptyRoleSectorIsNil() throws {
        let dir = try folder("roles.tsv", "phrase\tsector\tkind\nhead\t\tperson\n")
        let data = try LexiconData(directory: dir, requireCountries: false)
        #expect(data.roles.first?.sector == nil)
    }

    @Test func everyActorSectorIsChecked() throws {
        // The secondary code after "|" must be a sector too; the first one is used.
        let good = try folder(
            "actors.tsv", "name\taliases\tcountry\tsector\tkind\tnote\nX Y\t\tMDA\tGOV|PRE\tperson\t\n")
        let actor = try LexiconData(directory: good, requireCountries: false).actors.first
        #expect(actor?.sector == .government)
        #expect(actor?.country == "MDA")
        let bad = try folder(
            "actors.tsv", "name\taliases\tcountry\tsector\tkind\tnote\nX Y\t\tMDA\tGOV|XXX\tperson\t\n")
        let message = try #require(loadError(bad))
        #expect(message.contains("actors.tsv:2:"), "\(message)")
        #expect(message.contains("\"XXX\""), "\(message)")
    }

    @Test func builtInDataUsesOnlyKnownTypesAndSectors() throws {
        // Loading succeeds (every row parsed); the rows carry typed values.
        let data = try LexiconData(directory: LexiconLocator.locate())
        #expect(Set(data.events.map(\.type)) == Set(EventType.allCases))
        #expect(data.roles.allSatisfy { $0.sector != nil })
        #expect(data.actors.contains { $0.country == "IGO" && !$0.country.isState })
    }
}
