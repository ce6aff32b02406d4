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
        // The ranked table keeps every row whose weights survive Int8 requantisation (the largest
        // magnitude, 1400, maps to 127: key 3's weights 5 and -3 and key 4000's 1 round to zero), the
        // five-pair row in the overflow cells.
        let rows = m.tagger.rows
        #expect(rows.keys == [19, 35, 77])
        #expect(rows.counts == [1, 5, 1])
        #expect(m.tagger.overflow.count == 3)
    }

    /// Scoring through the rank index adds exactly the weights of each feature's slot, for present and
    /// absent slots, inline and overflow rows, one row or a batch of rows.
    @Test func rankedScoringMatchesTheRows() {
        let keys: [UInt32] = [0, 1, 63, 64, 65, 700, 1023, 1500, 4095]
        let counts: [UInt8] = [1, 4, 5, 2, 9, 1, 3, 4, 6]
        var pairs: [UInt16] = []
        for (k, c) in counts.enumerated() {
            for j in 0..<Int(c) {
                let weight = Int8(truncatingIfNeeded: (k * 37 + j * 11) % 200 - 100) | 1
                pairs.append(UInt16((k * 7 + j * 3) % 45) | UInt16(UInt8(bitPattern: weight)) << 8)
            }
        }
        let w = RankedWeights(bits: 12, classes: 45, keys: keys, counts: counts, pairs: pairs)
        let back = w.rows
        #expect(back.keys == keys && back.counts == counts && back.pairs == pairs)
        // Reference: the rows by slot.
        var reference: [Int: [Int32]] = [:]
        var at = 0
        for (k, key) in keys.enumerated() {
            var row = [Int32](repeating: 0, count: 45)
            for p in pairs[at..<(at + Int(counts[k]))] { row[Int(p & 0xFF)] += Int32(Int8(truncatingIfNeeded: p >> 8)) }
            reference[Int(key)] = row
            at += Int(counts[k])
        }
        // Hashes whose slots are known: search small integers for each wanted slot.
        func hash(forSlot slot: Int) -> UInt64 {
            var h: UInt64 = 0
            while Int(FeatureHash.slot(h, bits: 12)) != slot { h &+= 1 }
            return h
        }
        let wanted = keys.map(Int.init) + [2, 66, 4094]
        var expected = [Int32](repeating: 0, count: 45)
        for slot in wanted { for c in 0..<45 { expected[c] += reference[slot]?[c] ?? 0 } }
        var hashes = wanted.map(hash(forSlot:))
        var scores = [Int32](repeating: 0, count: 45)
        hashes.withUnsafeMutableBufferPointer { h in
            scores.withUnsafeMutableBufferPointer { s in w.score(h.baseAddress!, h.count, into: s.baseAddress!) }
        }
        #expect(scores == expected)
        // A batch of three rows of four features each.
        let batch = Array(wanted.prefix(12))
        hashes = batch.map(hash(forSlot:))
        var rowsOut = [Int32](repeating: 0, count: 3 * 45)
        hashes.withUnsafeMutableBufferPointer { h in
            rowsOut.withUnsafeMutableBufferPointer { s in
                w.scoreRows(h.baseAddress!, rows: 3, perRow: 4, into: s.baseAddress!, stride: 45)
            }
        }
        for r in 0..<3 {
            var e = [Int32](repeating: 0, count: 45)
            for slot in batch[(4 * r)..<(4 * r + 4)] { for c in 0..<45 { e[c] += reference[slot]?[c] ?? 0 } }
            #expect(Array(rowsOut[(45 * r)..<(45 * r + 45)]) == e)
        }
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
        #expect(throws: SyntaxModelError.unsupportedVersion(path: path, found: 99, supported: 3)) {
            _ = try SyntaxModel.load(path: path)
        }
    }

    /// A version-2 file (the open-addressing tables of earlier releases) is refused by name.
    @Test func versionTwoIsRefused() throws {
        var bytes = Self.smallModel().encoded()
        bytes[8] = 2
        let path = try Self.tempFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SyntaxModelError.unsupportedVersion(path: path, found: 2, supported: 3)) {
            _ = try SyntaxModel.load(path: path)
        }
    }

    /// An inconsistent ranked table (a cell naming a class past the end) is a typed error, not a crash.
    @Test func inconsistentCellsAreATypedError() {
        #expect(RankedWeights(bits: 6, classes: 4, present: [1], cells: [0, 9], overflow: [0]) == nil)
        #expect(
            RankedWeights(bits: 6, classes: 4, present: [1], cells: [0, 0xFF | 2 << 8 | 5 << 16], overflow: [0]) == nil)
        #expect(RankedWeights(bits: 6, classes: 4, present: [3], cells: [0, 1], overflow: [0]) == nil)
        #expect(RankedWeights(bits: 6, classes: 4, present: [1], cells: [0, 1 | 5 << 8], overflow: [0]) != nil)
    }

    @Test func missingFileNamesThePath() {
        #expect(throws: SyntaxModelError.notFound(searched: ["/nonexistent/model.bin"])) {
            _ = try SyntaxModel.load(path: "/nonexistent/model.bin")
        }
        #expect(SyntaxModelLocator.candidates().contains { $0.hasSuffix("dyad_DyadSyntax.resources/syntax-en.bin") })
    }
}
