import Foundation

/// The trained weights of the tagger, the transition classifier and the labeller: immutable, shared by
/// every parser and thread, loaded once from one compact binary file.
public final class SyntaxModel: Sendable {
    /// The environment variable naming a model file to use instead of the built-in one.
    public static let environmentVariable = "DYAD_SYNTAX_MODEL"
    /// The file name of the built-in model.
    public static let fileName = "syntax-en.bin"
    /// The version of the feature templates this build computes; a model trained with other templates
    /// would score garbage, so loading refuses it.
    public static let currentFeatureVersion: UInt32 = 2

    let tagger: RankedWeights
    let transitions: DenseWeights3
    let labeller: RankedWeights
    let featureVersion: UInt32
    /// The weights at training precision, when the model came from training (or a version-1 file).
    let trained: TrainedTables?
    /// Tags and labels taken without scoring.
    let shortcuts: Shortcuts

    init(
        tagger: RankedWeights, transitions: DenseWeights3, labeller: RankedWeights, shortcuts: Shortcuts,
        featureVersion: UInt32
    ) {
        self.tagger = tagger
        self.transitions = transitions
        self.labeller = labeller
        self.featureVersion = featureVersion
        self.trained = nil
        self.shortcuts = shortcuts
    }

    init(trained: TrainedTables, shortcuts: Shortcuts = .none, featureVersion: UInt32) {
        self.tagger = RankedWeights(trained.tagger)
        self.transitions = DenseWeights3(trained.transitions)
        self.labeller = RankedWeights(trained.labeller)
        self.featureVersion = featureVersion
        self.trained = trained
        self.shortcuts = shortcuts
    }

    /// A copy whose shortcuts are derived from gold treebank sentences (the training data).
    /// - Parameters:
    ///   - minimum: occurrences a word (or tag pair) needs.
    ///   - purity: the share its most frequent tag (label) needs.
    public func withShortcuts(
        from sentences: [TreebankSentence], minimum: Int = 100, purity: Double = 0.998
    ) -> SyntaxModel {
        let s = Shortcuts.derive(from: sentences, minimum: minimum, purity: purity)
        if let trained { return SyntaxModel(trained: trained, shortcuts: s, featureVersion: featureVersion) }
        return SyntaxModel(
            tagger: tagger, transitions: transitions, labeller: labeller, shortcuts: s, featureVersion: featureVersion)
    }

    /// Loads a model.
    /// - Parameter path: a model file; nil searches like the lexicon does (the environment variable, the
    ///   SwiftPM resource bundle beside the executable, `../share/dyad/` for installs).
    /// - Throws: `SyntaxModelError` naming the file, or every path searched.
    public static func load(path: String? = nil) throws(SyntaxModelError) -> SyntaxModel {
        let file = try SyntaxModelLocator.locate(explicit: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        } catch {
            throw .unreadable(path: file, reason: "\(error.localizedDescription)")
        }
        return try decode(data, path: file)
    }

    /// Reads a model from bytes already in memory.
    /// - Parameter path: the name used in error messages.
    public static func decode(_ data: Data, path: String) throws(SyntaxModelError) -> SyntaxModel {
        do {
            return try data.withUnsafeBytes { (raw) throws(SyntaxModelError) -> SyntaxModel in
                try ModelFile.decode(raw, path: path)
            }
        } catch let e as SyntaxModelError {
            throw e
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// The model's file image (the shipped, packed form).
    public func encoded() -> [UInt8] { ModelFile.encode(self) }

    /// The training-precision file image (`train`'s output), if the model has its training weights.
    public func encodedTrainingTables() -> [UInt8]? {
        trained.map { ModelFile.encode($0, features: featureVersion) }
    }

    /// Writes the packed model to `path`.
    public func write(to path: String) throws {
        try Data(encoded()).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Writes the training-precision tables (falls back to the packed form without them).
    public func writeTrainingTables(to path: String) throws {
        try Data(encodedTrainingTables() ?? encoded()).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Sizes of the three run-time tables (for reports).
    public var summary: String {
        func kb(_ n: Int) -> Int { n / 1024 }
        return
            "tagger \(tagger.cells.count) rows (\(kb(tagger.bytes)) KB), transitions \(1 << transitions.tableBits) cells "
            + "(\(kb(transitions.table.count * 4)) KB), labeller \(labeller.cells.count) rows (\(kb(labeller.bytes)) KB)"
            + "; shortcuts: \(shortcuts.keys.count) words, \(shortcuts.labels.filter { $0 != 255 }.count) tag pairs"
            + (trained.map {
                "; training tables: tagger \($0.tagger.keys.count) rows/\($0.tagger.pairs.count) weights, transitions "
                    + "\($0.transitions.keys.count) rows, labeller \($0.labeller.keys.count) rows/\($0.labeller.pairs.count) weights"
            } ?? "")
    }
}
