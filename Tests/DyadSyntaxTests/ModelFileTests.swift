import Foundation
import Testing

@testable import DyadSyntax

/// The model file format: round trip, and typed errors (naming the file) for foreign, truncated,
/// corrupted and missing files.
@Suite("Model file")
struct ModelFileTests {
    /// A small model; the tagger has a row of five pairs (two packed cells) and rows that collide.
    static func smallModel() -> SyntaxModel {
        let tagger = SparseWeights(
            bits: 12, classes: PartOfSpeech.count, scale: 2, keys: [3, 19, 35, 77, 4000],
            counts: [2, 1, 5, 1, 1],
            pairs: [0 << 16 | 5, 7 << 16 | UInt32(UInt16(bitPattern: -3)), 2 << 16 | 300]
                + (10..<15).map { UInt32($0) << 16 | UInt32($0 * 100) } + [49 << 16 | 9, 1 << 16 | 1])
        let transitions = TransitionRows(
            bits: 14, scale: 3, keys: [1, 9999, 17], weights: [1, -2, 3, 400, 0, -400, 5, 5, 5])
        let labeller = SparseWeights(
            bits: 10, classes: DependencyLabel.count, scale: 1, keys: [5], counts: [1], pairs: [44 << 16 | 12])
        return SyntaxModel(
            trained: TrainedTables(tagger: tagger, transitions: transitions, labeller: labeller),
            featureVersion: SyntaxModel.currentFeatureVersion)
    }

    static func tempFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-\(UUID().uuidString).bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The shipped (packed) form reads back to the same tables and bytes.
    @Test func roundTrip() throws {
        let m = Self.smallModel()
        let path = try Self.tempFile(m.encoded())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let back = try SyntaxModel.load(path: path)
        #expect(back.tagger == m.tagger)
        #expect(back.transitions == m.transitions)
        #expect(back.labeller == m.labeller)
        #expect(back.encoded() == m.encoded())
    }

    /// The training-precision form (what train writes) reads back with its tables, and packs the same.
    @Test func trainingTablesRoundTrip() throws {
        let m = Self.smallModel()
        let path = try Self.tempFile(try #require(m.encodedTrainingTables()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let back = try SyntaxModel.load(path: path)
        #expect(back.trained == m.trained)
        #expect(back.encoded() == m.encoded())
        // Packed scoring finds every row, including the two-cell one.
        let rows = PackedWeights.rows(
            m.tagger.table, bits: 12, classes: PartOfSpeech.count, tableBits: m.tagger.tableBits)
        #expect(rows?.keys == [3, 19, 35, 77, 4000])
        #expect(rows?.counts == [2, 1, 5, 1, 1])
    }

    @Test func truncatedFileIsATypedError() throws {
        let bytes = Self.smallModel().encoded()
        for cut in [10, 64, bytes.count - 1] {
            let path = try Self.tempFile(Array(bytes.prefix(cut)))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect {
                _ = try SyntaxModel.load(path: path)
            } throws: { error in
                guard case .truncated(let p, _, _) = error as? SyntaxModelError else { return false }
                return p == path
            }
        }
    }

    @Test func foreignFileIsATypedError() throws {
        let path = try Self.tempFile(Array("{\"weights\": [1, 2, 3]} and more text here".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SyntaxModelError.notAModel(path: path)) { _ = try SyntaxModel.load(path: path) }
    }

    @Test func corruptedPayloadFailsTheChecksum() throws {
        var bytes = Self.smallModel().encoded()
        bytes[bytes.count - 5] ^= 0x40
        let path = try Self.tempFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SyntaxModelError.checksumMismatch(path: path)) { _ = try SyntaxModel.load(path: path) }
    }

    @Test func newerVersionIsRefused() throws {
        var bytes = Self.smallModel().encoded()
        bytes[8] = 99
        let path = try Self.tempFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SyntaxModelError.unsupportedVersion(path: path, found: 99, supported: 2)) {
            _ = try SyntaxModel.load(path: path)
        }
    }

    @Test func missingFileNamesThePath() {
        #expect(throws: SyntaxModelError.notFound(searched: ["/nonexistent/model.bin"])) {
            _ = try SyntaxModel.load(path: "/nonexistent/model.bin")
        }
        #expect(SyntaxModelLocator.candidates().contains { $0.hasSuffix("dyad_DyadSyntax.resources/syntax-en.bin") })
    }
}
