import DyadText
import Foundation
import Testing

@testable import DyadModel

/// The PLOVER → CAMEO table behind `dyad export --format cameo`: codes, roots, quad classes and
/// scores for the types and modes Dyad codes, and the committed table against its script.
@Suite("CAMEO table")
struct CAMEOTableTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")
    static var canRunScript: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("CAMEO2PLOVER-2021.txt").path)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/env")
    }

    func row(_ type: EventType, _ mode: String? = nil) throws -> CAMEOTable.Row {
        try #require(CAMEOTable.row(type, mode: mode), "\(type)/\(mode ?? "-")")
    }

    @Test func typesAndModesMapToTheirMostGeneralCode() throws {
        // (type, mode) -> (code, root, quad class, score)
        let expected: [(EventType, String?, String, String, QuadClass, Double)] = [
            (.agree, nil, "030", "03", .verbalCooperation, 2.5),
            (.consult, "visit", "042", "04", .verbalCooperation, 4),
            (.cooperate, nil, "060", "06", .materialCooperation, 9.5),
            (.aid, nil, "070", "07", .materialCooperation, 10),
            (.retreat, "release", "0841", "08", .materialCooperation, 6.5),
            (.accuse, "investigate", "090", "09", .verbalConflict, -3.5),
            (.accuse, "disapprove", "110", "11", .verbalConflict, -2),
            (.request, nil, "100", "10", .verbalConflict, 0),
            (.threaten, "violence", "138", "13", .verbalConflict, -3.5),
            (.protest, "demo", "141", "14", .materialConflict, -5),
            (.sanction, "expel", "166", "16", .materialConflict, -5.5),
            (.mobilize, "troops", "154", "15", .materialConflict, -6.5),
            (.coerce, "arrest", "173", "17", .materialConflict, -7),
            (.coerce, "cyber", "176", "17", .materialConflict, -7),
            (.assault, nil, "190", "19", .materialConflict, -9),
            (.assault, "firearms", "193", "19", .materialConflict, -9),
            (.assault, "unconventional", "204", "20", .materialConflict, -10),
        ]
        for (type, mode, code, root, quad, score) in expected {
            let r = try row(type, mode)
            #expect(r.code.rawValue == code, "\(type)/\(mode ?? "-")")
            #expect(r.code.rootCode == root && r.code.quadClass == quad, "\(type)/\(mode ?? "-")")
            #expect(r.score == score, "\(type)/\(mode ?? "-")")
        }
        // The manual's misprinted ACCUSE score (3) is read as -3: accusations are conflict.
        #expect(try row(.accuse).score == -3)
    }

    @Test func aModeWithoutACodeTakesItsTypesCodeAndItsOwnScore() throws {
        // MOBILIZE militia: no CAMEO code maps to it, the manual scores it -6.
        let militia = try row(.mobilize, "militia")
        #expect(militia.code.rawValue == "150" && militia.basis == .type && militia.score == -6)
        // A mode the table does not know at all (a user's lexicon): the type's row, as basis type.
        let unknown = try row(.protest, "flashmob")
        #expect(unknown.code.rawValue == "140" && unknown.basis == .type && unknown.score == -5)
        #expect(unknown.mode == "flashmob")
        // A mode a CAMEO description names.
        #expect(try row(.protest, "strike").code.rawValue == "143")
        #expect(try row(.protest, "strike").basis == .described)
        // MIGRATE is not CAMEO.
        #expect(CAMEOTable.row(.migrate, mode: "flee") == nil)
    }

    @Test func everyRowIsAValidCodeWithAScoreOnGoldsteinsScale() {
        #expect(Set(CAMEOTable.rows.map(\.type)) == Set(EventType.allCases).subtracting([.migrate]))
        for r in CAMEOTable.rows {
            #expect(CAMEOCode(rawValue: r.code.rawValue) == r.code, "\(r)")
            #expect((-10...10).contains(r.score), "\(r)")
            // Cooperation types score above zero and land in the cooperation quad classes.
            let cooperative: Set<EventType> = [.agree, .consult, .support, .concede, .cooperate, .aid, .retreat]
            if cooperative.contains(r.type) {
                #expect(r.score > 0 && r.code.quadClass.rawValue <= 2, "\(r)")
            } else {
                #expect(r.score <= 0.5 && r.code.quadClass.rawValue >= 3, "\(r)")
            }
        }
        let keys = CAMEOTable.rows.map { "\($0.type)/\($0.mode ?? "")" }
        #expect(keys.count == Set(keys).count)
    }

    @Test func codesAreCheckedAndClassedByRoot() {
        #expect(CAMEOCode(rawValue: "1121")?.rootCode == "11")
        for bad in ["", "12", "12345", "210", "000", "1a1", "+12"] {
            #expect(CAMEOCode(rawValue: bad) == nil, "\(bad)")
        }
        let quads = (1...20).map { QuadClass(root: $0).rawValue }
        #expect(quads == [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4])
    }

    @Test func anEventCarriesItsPatternsCodeElseTheMappedOne() {
        var e = CodedEvent(
            document: "d", type: .accuse, mode: "disapprove", source: [], target: [], date: nil, place: nil,
            quantity: nil, attribution: nil, evidence: .init(sentence: 0, start: 0, end: 1, text: "x"), modality: nil,
            contexts: [], trigger: "chastised")
        #expect(e.cameoCoding?.code.rawValue == "110" && e.cameoCoding?.origin == .mapped)
        #expect(e.json.bytes().count > 0 && !String(decoding: e.json.bytes(), as: UTF8.self).contains("cameo"))
        e.cameo = "111"
        #expect(e.cameoCoding?.code.rawValue == "111" && e.cameoCoding?.origin == .pattern)
        #expect(e.cameoCoding?.score == -2 && e.cameoCoding?.quadClass == .verbalConflict)
        #expect(String(decoding: e.json.bytes(), as: UTF8.self).contains(#""cameo":"111""#))
        // A malformed code from a user's lexicon is not written as CAMEO: the mapped code is.
        e.cameo = "99x"
        #expect(e.cameoCoding?.code.rawValue == "110" && e.cameoCoding?.origin == .mapped)
    }

    @Test func actorsAreWrittenAsCAMEOActorCodes() {
        func code(_ country: String?, _ sector: Sector?) -> CAMEOActor {
            CAMEOActor(CodedEvent.Actor(text: "x", country: country.map { CountryCode($0) }, sector: sector))
        }
        #expect(code("RUS", .government).full == "RUSGOV")
        #expect(code("UKR", .military).full == "UKRMIL")
        let un = code("UNO", .government)
        #expect(un.full == "IGOUNO" && un.entity == "IGO" && un.attribute == "UNO" && un.role == "")
        #expect(code("EUR", .government).full == "IGOEUREEC")
        #expect(code("NGO", .civilSociety).full == "NGO")
        #expect(code("TLS", .journalists).full == "TMPMED")
        #expect(code("USA", .medical).full == "USAHLH")
        #expect(code(nil, .civilians).full == "CVL")
        #expect(CAMEOActor(nil).full == "")
    }

    /// The committed table is what `scripts/build_cameo_table.py` writes from `../shared/reference`.
    @Test(.enabled(if: canRunScript, "needs ../shared/reference and python3"))
    func committedTableMatchesTheScript() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.repoRoot.appendingPathComponent("scripts/build_cameo_table.py").path, "--check"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
    }
}
