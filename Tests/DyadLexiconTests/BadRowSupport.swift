import DyadLexicon
import Foundation
import Testing

/// Writes `body` as the only file `name` of a fresh lexicon folder, loads it, and expects a
/// `LexiconError` naming the file and line 2 (the row after the header), and `problem` if given:
/// the shared check behind each table's "a bad row names its file and line" tests.
func expectBadRow(
    _ name: String, _ body: String, mentioning problem: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try body.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    do {
        _ = try LexiconData(directory: dir.path, requireCountries: false)
        Issue.record("no error for \(name): \(body)", sourceLocation: sourceLocation)
    } catch let e as LexiconError {
        #expect(e.description.contains("\(name):2:"), "\(e)", sourceLocation: sourceLocation)
        if let problem { #expect(e.description.contains(problem), "\(e)", sourceLocation: sourceLocation) }
    }
}
