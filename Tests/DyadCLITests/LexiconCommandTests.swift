import Foundation
import Testing

/// `dyad lexicon check` on the real binary: a user folder is validated and what it changes listed.
/// (In the serialized store suite, as the other binary tests: see HardeningCommandTests.)
extension StoreCommandTests {
    @Test func lexiconCheckListsReplacementsAndFailsOnABadRow() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = dir.appendingPathComponent("lex")
        try FileManager.default.createDirectory(at: lex, withIntermediateDirectories: true)
        try Data("name\taliases\tcountry\tsector\tkind\tnote\nVladimir Putin\tPutin\tRUS\tELI\tperson\t\n".utf8)
            .write(to: lex.appendingPathComponent("actors.tsv"))
        try Data("x".utf8).write(to: lex.appendingPathComponent("actor.tsv"))
        let ok = try BinaryRunner.run(["lexicon", "check", lex.path])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("\"Vladimir Putin\" replaces the built-in row (RUS GOV → RUS ELI)"), "\(ok.stdout)")
        #expect(ok.stdout.contains("actor.tsv: not a lexicon file name; it is not read (did you mean actors.tsv?)"))

        try Data("trigger\ttype\tmode\tkind\ttarget\tcontext\tunit\trecipient\nhugged\tHUG\t\tverb\tyes\t\t\t\n".utf8)
            .write(to: lex.appendingPathComponent("events.tsv"))
        let bad = try BinaryRunner.run(["lexicon", "check", lex.path])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("events.tsv:2: unknown event type \"HUG\""), "\(bad.stdout)")
    }
}
