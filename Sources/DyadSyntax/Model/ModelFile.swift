import Foundation

/// The model's binary file format: a 64-byte header, then three weight tables back to back.
///
/// Header: magic `DYADSYNT`, format version (UInt32), header size (UInt32), payload size (UInt64),
/// payload checksum (UInt64), feature-set version (UInt32), then zeros. All numbers little-endian;
/// arrays padded to a multiple of 8 bytes. Reading is a bounds-checked walk of a single in-memory copy;
/// nothing is parsed as text.
///
/// - Version 3 (shipped): the run-time tables themselves — tagger and labeller as `RankedWeights`
///   (bits, classes, cell count, overflow count, then the presence words, the UInt64 cells and the
///   UInt64 overflow cells), transitions as `DenseWeights3` (bits, 3, table bits, 0, then UInt32 cells),
///   then the shortcuts — so loading is a copy and a validating scan.
/// - Version 2 (earlier releases) held open-addressing tagger and labeller tables; it is refused with
///   `unsupportedVersion` (re-run `prune` on the training tables).
/// - Version 1 (what `train` writes): the rows at training precision — for each table bits, classes,
///   key count, pair count, scale, reserved, then keys, counts and Int16 weights; `prune` packs it into
///   version 3.
enum ModelFile {
    static let magic: [UInt8] = Array("DYADSYNT".utf8)
    static let version: UInt32 = 3
    static let trainingVersion: UInt32 = 1
    static let headerSize = 64

    /// The checksum of a byte run: a 64-bit multiply-xorshift over 8-byte words, then the tail.
    static func checksum(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        let words = p.count / 8
        for i in 0..<words {
            h = (h ^ p.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        for i in (words * 8)..<p.count {
            h = (h ^ UInt64(p[i])) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h ^ UInt64(p.count)
    }

    // MARK: Writing

    struct Writer {
        var bytes: [UInt8] = []
        mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func f32(_ v: Float) { u32(v.bitPattern) }
        mutating func pad() { while bytes.count % 8 != 0 { bytes.append(0) } }
        mutating func array<T: FixedWidthInteger>(_ a: [T]) {
            for v in a { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
            pad()
        }
    }

    static func file(_ payload: [UInt8], version: UInt32, features: UInt32) -> [UInt8] {
        var h = Writer()
        h.bytes = magic
        h.u32(version)
        h.u32(UInt32(headerSize))
        h.u64(UInt64(payload.count))
        h.u64(payload.withUnsafeBytes { checksum($0) })
        h.u32(features)
        while h.bytes.count < headerSize { h.bytes.append(0) }
        return h.bytes + payload
    }

    /// The shipped form (version 3).
    static func encode(_ m: SyntaxModel) -> [UInt8] {
        var w = Writer()
        func packed(_ p: RankedWeights) {
            w.u32(UInt32(p.bits))
            w.u32(UInt32(p.classes))
            w.u32(UInt32(p.cells.count))
            w.u32(UInt32(p.overflow.count))
            w.array(p.present)
            w.array(p.cells.array)
            w.array(p.overflow)
        }
        packed(m.tagger)
        w.u32(UInt32(m.transitions.bits))
        w.u32(3)
        w.u32(UInt32(m.transitions.tableBits))
        w.u32(0)
        w.array(m.transitions.table)
        packed(m.labeller)
        w.u32(UInt32(m.shortcuts.keys.count))
        w.u32(UInt32(m.shortcuts.labels.count))
        w.array(m.shortcuts.keys)
        w.array(m.shortcuts.tags)
        w.array(m.shortcuts.labels)
        return file(w.bytes, version: version, features: m.featureVersion)
    }

    /// The training-precision form (version 1).
    static func encode(_ t: TrainedTables, features: UInt32) -> [UInt8] {
        var w = Writer()
        func sparse(_ s: SparseWeights) {
            w.u32(UInt32(s.bits))
            w.u32(UInt32(s.classes))
            w.u32(UInt32(s.keys.count))
            w.u32(UInt32(s.pairs.count))
            w.f32(s.scale)
            w.u32(0)
            w.array(s.keys)
            w.array(s.counts)
            w.array(s.pairs)
        }
        sparse(t.tagger)
        w.u32(UInt32(t.transitions.bits))
        w.u32(3)
        w.u32(UInt32(t.transitions.keys.count))
        w.u32(UInt32(t.transitions.weights.count))
        w.f32(t.transitions.scale)
        w.u32(0)
        w.array(t.transitions.keys)
        w.array(t.transitions.weights)
        sparse(t.labeller)
        return file(w.bytes, version: trainingVersion, features: SyntaxModel.currentFeatureVersion)
    }

    // MARK: Reading

    struct Reader {
        let p: UnsafeRawBufferPointer
        let path: String
        var at: Int

        mutating func u32() throws(SyntaxModelError) -> UInt32 {
            guard at + 4 <= p.count else { throw .malformed(path: path, reason: "table header past the end") }
            defer { at += 4 }
            return UInt32(littleEndian: p.loadUnaligned(fromByteOffset: at, as: UInt32.self))
        }

        mutating func array<T: FixedWidthInteger>(_ count: Int, _: T.Type) throws(SyntaxModelError) -> [T] {
            let size = count * MemoryLayout<T>.size
            guard count >= 0, at + size <= p.count else {
                throw .malformed(path: path, reason: "array of \(count) values past the end")
            }
            var out = [T](repeating: 0, count: count)
            out.withUnsafeMutableBytes { d in
                d.copyMemory(from: UnsafeRawBufferPointer(rebasing: p[at..<(at + size)]))
            }
            at += (size + 7) & ~7
            #if _endian(big)
                return out.map { T(littleEndian: $0) }
            #else
                return out
            #endif
        }

        mutating func sparse() throws(SyntaxModelError) -> SparseWeights {
            let bits = Int(try u32())
            let classes = Int(try u32())
            let n = Int(try u32())
            let np = Int(try u32())
            let scale = Float(bitPattern: try u32())
            _ = try u32()
            guard (8...30).contains(bits), (1...255).contains(classes) else {
                throw .malformed(path: path, reason: "table with \(bits) bits and \(classes) classes")
            }
            let keys = try array(n, UInt32.self)
            let counts = try array(n, UInt8.self)
            let pairs = try array(np, UInt32.self)
            var total = 0
            for c in counts { total += Int(c) }
            guard total == np, np < 1 << 24 else { throw .malformed(path: path, reason: "pair counts disagree") }
            for k in keys where k >= UInt32(1) << UInt32(bits) {
                throw .malformed(path: path, reason: "key outside the table")
            }
            for v in pairs where Int(v >> 16) >= classes {
                throw .malformed(path: path, reason: "class outside the table")
            }
            return SparseWeights(bits: bits, classes: classes, scale: scale, keys: keys, counts: counts, pairs: pairs)
        }

        mutating func packed() throws(SyntaxModelError) -> RankedWeights {
            let bits = Int(try u32())
            let classes = Int(try u32())
            let cells = Int(try u32())
            let overflow = Int(try u32())
            guard (6...30).contains(bits) else { throw .malformed(path: path, reason: "table of \(bits) bits") }
            let present = try array(RankedWeights.blocks(bits), UInt64.self)
            let c = try array(cells, UInt64.self)
            let o = try array(overflow, UInt64.self)
            guard let p = RankedWeights(bits: bits, classes: classes, present: present, cells: c, overflow: o) else {
                throw .malformed(path: path, reason: "inconsistent table cells")
            }
            return p
        }

        mutating func transitionTable() throws(SyntaxModelError) -> DenseWeights3 {
            let bits = Int(try u32())
            let classes = Int(try u32())
            let k = Int(try u32())
            _ = try u32()
            guard classes == 3, (4...30).contains(k) else {
                throw .malformed(path: path, reason: "transition table shape")
            }
            let table = try array(1 << k, UInt32.self)
            guard let d = DenseWeights3(bits: bits, tableBits: k, table: table) else {
                throw .malformed(path: path, reason: "inconsistent transition cells")
            }
            return d
        }

        mutating func dense() throws(SyntaxModelError) -> TransitionRows {
            let bits = Int(try u32())
            let classes = Int(try u32())
            let n = Int(try u32())
            let nw = Int(try u32())
            let scale = Float(bitPattern: try u32())
            _ = try u32()
            guard (8...30).contains(bits), classes == 3, nw == 3 * n else {
                throw .malformed(path: path, reason: "transition table shape")
            }
            let keys = try array(n, UInt32.self)
            for k in keys where k >= UInt32(1) << UInt32(bits) {
                throw .malformed(path: path, reason: "key outside the table")
            }
            let weights = try array(nw, Int16.self)
            return TransitionRows(bits: bits, scale: scale, keys: keys, weights: weights)
        }
    }

    static func decode(_ data: UnsafeRawBufferPointer, path: String) throws(SyntaxModelError) -> SyntaxModel {
        guard data.count >= magic.count, data.prefix(magic.count).elementsEqual(magic) else {
            throw .notAModel(path: path)
        }
        guard data.count >= headerSize else { throw .truncated(path: path, expected: headerSize, found: data.count) }
        let version = UInt32(littleEndian: data.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard version == Self.version || version == Self.trainingVersion else {
            throw .unsupportedVersion(path: path, found: version, supported: Self.version)
        }
        let payloadSize = Int(UInt64(littleEndian: data.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
        let sum = UInt64(littleEndian: data.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        let features = UInt32(littleEndian: data.loadUnaligned(fromByteOffset: 32, as: UInt32.self))
        guard payloadSize >= 0, payloadSize <= Int(Int32.max) else {
            throw .malformed(path: path, reason: "payload size \(payloadSize)")
        }
        guard data.count >= headerSize + payloadSize else {
            throw .truncated(path: path, expected: headerSize + payloadSize, found: data.count)
        }
        guard data.count == headerSize + payloadSize else {
            throw .malformed(path: path, reason: "\(data.count - headerSize - payloadSize) bytes after the payload")
        }
        let payload = UnsafeRawBufferPointer(rebasing: data[headerSize..<(headerSize + payloadSize)])
        guard checksum(payload) == sum else { throw .checksumMismatch(path: path) }
        guard features == SyntaxModel.currentFeatureVersion else {
            throw .malformed(
                path: path, reason: "feature set \(features), this build computes \(SyntaxModel.currentFeatureVersion)")
        }
        var r = Reader(p: payload, path: path, at: 0)
        if version == trainingVersion {
            let tagger = try r.sparse()
            let transitions = try r.dense()
            let labeller = try r.sparse()
            guard tagger.classes == PartOfSpeech.count, labeller.classes == DependencyLabel.count else {
                throw .malformed(path: path, reason: "class counts \(tagger.classes)/\(labeller.classes)")
            }
            return SyntaxModel(
                trained: TrainedTables(tagger: tagger, transitions: transitions, labeller: labeller),
                featureVersion: features)
        }
        let tagger = try r.packed()
        let transitions = try r.transitionTable()
        let labeller = try r.packed()
        guard tagger.classes == PartOfSpeech.count, labeller.classes == DependencyLabel.count else {
            throw .malformed(path: path, reason: "class counts \(tagger.classes)/\(labeller.classes)")
        }
        let words = Int(try r.u32())
        let pairs = Int(try r.u32())
        guard pairs == Shortcuts.labelCount, words < 1 << 20 else {
            throw .malformed(path: path, reason: "shortcut sizes")
        }
        let keys = try r.array(words, UInt64.self)
        let tags = try r.array(words, UInt8.self)
        let labels = try r.array(pairs, UInt8.self)
        guard tags.allSatisfy({ Int($0) < PartOfSpeech.count }),
            labels.allSatisfy({ $0 == 255 || Int($0) < DependencyLabel.count }), !keys.contains(0)
        else { throw .malformed(path: path, reason: "shortcut values") }
        guard r.at == payload.count else { throw .malformed(path: path, reason: "bytes after the last table") }
        return SyntaxModel(
            tagger: tagger, transitions: transitions, labeller: labeller,
            shortcuts: Shortcuts(keys: keys, tags: tags, labels: labels), featureVersion: features)
    }
}
