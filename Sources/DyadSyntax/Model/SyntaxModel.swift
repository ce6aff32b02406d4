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
    public static let currentFeatureVersion: UInt32 = 1

    let tagger: SparseWeights
    let transitions: DenseWeights3
    let labeller: SparseWeights
    let featureVersion: UInt32

    init(tagger: SparseWeights, transitions: DenseWeights3, labeller: SparseWeights, featureVersion: UInt32) {
        self.tagger = tagger
        self.transitions = transitions
        self.labeller = labeller
        self.featureVersion = featureVersion
    }

    /// Loads a model.
    /// - Parameter path: a model file; nil searches like the lexicon does (the environment variable, the
    ///   SwiftPM resource bundle beside the executable, `../share/dyad/` for installs).
    /// - Throws: `SyntaxModelError` naming the file, or every path searched.
    public static func load(path: String? = nil) throws(SyntaxModelError) -> SyntaxModel {
        let file = try SyntaxModelLocator.locate(explicit: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
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

    /// The model's file image.
    public func encoded() -> [UInt8] { ModelFile.encode(self) }

    /// Writes the model to `path`.
    public func write(to path: String) throws {
        try Data(encoded()).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Sizes of the three tables (for reports): stored rows and (class, weight) pairs.
    public var summary: String {
        "tagger \(tagger.keys.count) rows/\(tagger.pairs.count) weights, transitions \(transitions.keys.count) rows, "
            + "labeller \(labeller.keys.count) rows/\(labeller.pairs.count) weights"
    }
}
