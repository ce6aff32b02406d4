import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// A file holding `contents`, in a folder of its own.
private func file(_ name: String, _ contents: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tsv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

@Suite("Lexicon loading: TSV rows read from bytes")
struct TSVReadingTests {
    @Test func commentsBlankLinesSpacesCarriageReturnsAndShortRows() throws {
        let path = try file(
            "t.tsv", "# comment\n\na \t b\tc\r\n# between\n x | y |\t\n\n1\t2\t3\textra\nlast\t\t")
        let f = try TSVFile(path: path)
        #expect(f.header == ["a", "b", "c"])
        let rows = f.rows
        #expect(rows.map(\.line) == [5, 7, 8])
        #expect(rows.map(\.cells) == [["x | y |", "", ""], ["1", "2", "3", "extra"], ["last", "", ""]])
        let alternatives = try f.mapRows { $0.alternatives(0) }
        #expect(alternatives == [["x", "y"], ["1"], ["last"]])
        #expect(TSVFile.alternatives(" x | y |") == ["x", "y"])
    }

    @Test func rowsReadInPiecesComeInOrderWithTheirLineNumbers() throws {
        var text = "n\tv\n"
        for i in 0..<40_000 { text += i % 1000 == 0 ? "# comment \(i)\n" : "\(i)\tvalue \(i)\n" }
        let f = try TSVFile(path: try file("big.tsv", text))
        let one = try f.mapRows(parts: 1) { ($0.line, $0[0], $0[1]) }
        #expect(one.count == 39_960)
        for parts in [2, 3, 7] {
            let many = try f.mapRows(parts: parts) { ($0.line, $0[0], $0[1]) }
            #expect(many.count == one.count)
            #expect(many.elementsEqual(one) { $0 == $1 })
        }
        // An error far into the file names its line, whatever the number of pieces.
        for parts in [1, 2, 5] {
            struct Bad: Error, Equatable { var line: Int }
            #expect(throws: Bad(line: 30_003)) {
                try f.mapRows(parts: parts) { row in if row[0] == "30001" { throw Bad(line: row.line) } }
            }
        }
    }

    @Test func numbersReadAsTheStandardLibraryReadsThem() throws {
        var lines = ["x"]
        let samples = [
            "0", "-0", "0.0", "-0.0", "51.37601", "-12.5", "179.99999", "-180", "1e5", "5.", ".5", "-.5", "+3", "1.2.3",
            "", "-", "abc", "123456789012345", "1234567890123456789", "0.000001", "99.999999999999999", "007.10",
            "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        ]
        lines += samples
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let v = Double(Int.random(in: -18_000_000...18_000_000, using: &random)) / 100_000
            lines.append(String(format: "%.\(Int.random(in: 0...5, using: &random))f", v))
        }
        let f = try TSVFile(path: try file("n.tsv", lines.joined(separator: "\n") + "\n"))
        let rows = try f.mapRows { ($0[0], $0.double(0), $0.int(0)) }
        for (text, d, i) in rows {
            #expect(d?.bitPattern == Double(text)?.bitPattern, "\(text)")
            #expect(i == Int(text), "\(text)")
        }
    }

    @Test func notUTF8IsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tsv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for bad: [UInt8] in [[0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let url = dir.appendingPathComponent("bad.tsv")
            try Data(Array("a\tb\nx\t".utf8) + bad + [0x0A]).write(to: url)
            #expect(throws: LexiconError.unreadable(path: url.path, reason: "not UTF-8")) {
                try TSVFile(path: url.path)
            }
        }
        let good = "a\tb\nKyiv\tКиїв 北京 🇺🇦 ’\n"
        #expect(try TSVFile(path: try file("good.tsv", good)).rows.first?.cells == ["Kyiv", "Київ 北京 🇺🇦 ’"])
        #expect(TSVFile.isUTF8(Array(good.utf8)))
    }

    @Test func spellsOnTheFastPathAndOffItSayTheSame() throws {
        let good = [
            "EGY GOV 1981-10-14..2011-02-11", "EGY ELI 2011-02-12..", "RUS - ..1999-12-31", "USA  GOV   2000-01-01..",
        ]
        for s in good {
            let fast = try LexiconData.spell(s, "f", 3)
            #expect(fast.country.rawValue.count == 3)
        }
        #expect(
            try LexiconData.spell("EGY GOV 1981-10-14..2011-02-11", "f", 3)
                == ActorSpell(
                    country: "EGY", sector: .government, from: Day(iso: "1981-10-14"), to: Day(iso: "2011-02-11")))
        let bad: [(String, String)] = [
            ("EGY GOV", "three fields needed"), ("EGYPT GOV 2000-01-01..", "three fields needed"),
            ("EGY XXX 2000-01-01..", "unknown sector \"XXX\""), ("EGY GOV 2000-01-01", "no .. between the days"),
            ("EGY GOV 2000-02-30..", "\"2000-02-30\" is not a YYYY-MM-DD day"),
            ("EGY GOV 2001-01-01..2000-01-01", "ends before it starts"), ("EGY GOV 2000-01-01...", "\".\" is not"),
            ("EGY GOV 1 2", "three fields needed"),
        ]
        for (s, why) in bad {
            do {
                _ = try LexiconData.spell(s, "f.tsv", 9)
                Issue.record("\(s) was read")
            } catch {
                #expect("\(error)".hasPrefix("f.tsv:9: "), "\(error)")
                #expect("\(error)".contains(why), "\(error)")
            }
        }
    }

    @Test func badActorCellsNameTheLineOnEveryThread() throws {
        var text = "name\taliases\tcountry\tsector\tkind\tspells\toutside\tsource\tnote\n"
        for i in 0..<30_000 {
            text += "Person \(i)\t\tAFG\tGOV\tperson\tAFG GOV 2000-01-01..\tnone\tphoenix:countries\tn\n"
        }
        text += "Bad One\t\tAFG\tGOV\tperson\tAFG GOV 2000-01-01..\tsometimes\t\t\n"
        let path = try file("actors.tsv", text)
        for parts in [1, 2] {
            #expect(
                throws: LexiconError.badRow(
                    path: path, line: 30_002, problem: "outside is \"sometimes\" (expected default or none)")
            ) {
                try LexiconData.readActors(path, parts: parts)
            }
        }
    }

    /// `CapitalNames` skips the lower-cased copy of a non-ASCII name when an ASCII capital is
    /// compared with it, on two facts about Unicode checked here for every scalar.
    @Test func onlyTheListedScalarsLowercaseToOrEqualASCII() {
        var ascii = Set<String>()
        for a in 0..<128 {
            ascii.insert(String(UnicodeScalar(UInt8(a))))
            for b in 0..<128 { ascii.insert(String(UnicodeScalar(UInt8(a))) + String(UnicodeScalar(UInt8(b)))) }
        }
        let allowed = CapitalNames.asciiEquivalents
        var offenders: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let s = Unicode.Scalar(v), !allowed.contains(v) else { continue }
            switch s.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: continue
            default: break
            }
            // Lower-casing leaves something outside ASCII and the listed scalars...
            let lower = s.properties.lowercaseMapping
            if lower.unicodeScalars.allSatisfy({ $0.isASCII || allowed.contains($0.value) }) { offenders.append(v) }
            // ... and a scalar outside them is no ASCII text in disguise.
            if ascii.contains(String(s)) { offenders.append(v) }
        }
        #expect(offenders.isEmpty, "\(offenders.map { String($0, radix: 16) })")
        #expect(String(UnicodeScalar(0x212A)!).lowercased() == "k")
        #expect(CapitalNames.mayLowercaseToASCII("\u{212A}abul"))
        #expect(!CapitalNames.mayLowercaseToASCII("Bogotá"))
    }

    @Test func capitalsAreFoundAsTheLowerCasedKeysFoundThem() {
        let countries = [
            CountryEntry(
                code: "COL", name: "Colombia", aliases: [], adjectives: [], people: [], capitals: ["Bogotá", "Bogota"],
                seats: [], lat: nil, lon: nil),
            CountryEntry(
                code: "AFG", name: "Afghanistan", aliases: [], adjectives: [], people: [], capitals: ["Kabul"],
                seats: [],
                lat: nil, lon: nil),
        ]
        let capitals = CapitalNames(countries)
        #expect(CapitalNames.country(of: "BOGOTÁ", among: capitals["COL"]) == 0)
        #expect(CapitalNames.country(of: "bogota", among: capitals["COL"]) == 0)
        #expect(CapitalNames.country(of: "Bogotà", among: capitals["COL"]) == nil)
        #expect(CapitalNames.country(of: "\u{212A}abul", among: capitals["AFG"]) == 1)
        #expect(CapitalNames.country(of: "Kabul", among: capitals["COL"]) == nil)
        #expect(CapitalNames.country(of: "Kabu", among: capitals["AFG"]) == nil)
    }
}
