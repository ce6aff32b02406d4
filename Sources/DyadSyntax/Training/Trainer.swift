import Foundation

/// The whole training recipe: a jackknifed tagger (so the parser trains on tags as noisy as at run
/// time), the final tagger, then the parser and labeller with the dynamic oracle, keeping the epoch with
/// the best development LAS. Every random choice comes from seeded generators, so the same data and
/// settings give the same bytes.
public struct Trainer {
    /// Training settings.
    public struct Settings: Sendable {
        public var taggerEpochs = 8
        public var parserEpochs = 15
        public var folds = 4
        public var seed: UInt64 = 20_240_601
        public var taggerBits = 21
        public var transitionBits = 22
        public var labelBits = 21
        /// Quantised weights smaller than this are dropped from the file.
        public var pruneMinimum = 1
        /// Evaluate on the development set after each parser epoch from this one on (0-based).
        public var evaluateFrom = 0
        public init() {}
    }

    public var settings: Settings
    /// Receives progress lines.
    public var log: @Sendable (String) -> Void

    public init(settings: Settings, log: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.log = log
    }

    func shuffled(_ n: Int, _ rng: inout SplitMix64) -> [Int] {
        var a = Array(0..<n)
        if n < 2 { return a }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
        return a
    }

    func seconds(since t: ContinuousClock.Instant) -> String {
        let d = ContinuousClock.now - t
        return String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }

    /// A model holding only tagger weights (the parser tables empty), for tagging during training.
    static func taggerOnly(_ w: SparseWeights) -> SyntaxModel {
        SyntaxModel(
            trained: TrainedTables(
                tagger: w, transitions: TransitionRows(bits: 8, scale: 1, keys: [], weights: []),
                labeller: SparseWeights(
                    bits: 8, classes: DependencyLabel.count, scale: 1, keys: [], counts: [], pairs: [])),
            featureVersion: SyntaxModel.currentFeatureVersion)
    }

    /// Trains a tagger on `sentences` and returns its exported weights.
    func trainTagger(_ sentences: [TreebankSentence], name: String, seed: UInt64) -> SparseWeights {
        let t = TaggerTrainer(bits: settings.taggerBits)
        var rng = SplitMix64(seed: seed)
        for e in 0..<settings.taggerEpochs {
            let start = ContinuousClock.now
            let acc = t.epoch(sentences, order: shuffled(sentences.count, &rng))
            log(
                "tagger \(name) epoch \(e + 1): train accuracy \(String(format: "%.4f", acc)) (\(seconds(since: start)))"
            )
        }
        return t.table.exportSparse(minimum: settings.pruneMinimum)
    }

    /// Trains the full model.
    /// - Returns: the model of the best development epoch.
    public func train(_ train: [TreebankSentence], dev: [TreebankSentence]) -> SyntaxModel {
        let s = settings
        // 1. Jackknifed tags for the parser's training data.
        var fold = [Int](repeating: 0, count: train.count)
        for (i, x) in train.enumerated() {
            fold[i] = Int(TokenKey64.of(x.document) % UInt64(max(s.folds, 1)))
        }
        var predicted = train.map(\.tags)
        if s.folds > 1 {
            for f in 0..<s.folds {
                let part = train.indices.filter { fold[$0] != f }.map { train[$0] }
                let w = trainTagger(part, name: "fold \(f + 1)/\(s.folds)", seed: s.seed &+ UInt64(f))
                let m = Self.taggerOnly(w)
                var right = 0
                var total = 0
                for i in train.indices where fold[i] == f {
                    predicted[i] = TreebankTagging.tag(train[i], with: m)
                    for (a, b) in zip(predicted[i], train[i].tags) {
                        right += a == b ? 1 : 0
                        total += 1
                    }
                }
                log(
                    "jackknife fold \(f + 1): held-out tag accuracy \(String(format: "%.4f", Double(right) / Double(max(total, 1))))"
                )
            }
        }
        // 2. The final tagger on everything.
        let taggerWeights = trainTagger(train, name: "final", seed: s.seed &+ 99)
        let taggerModel = Self.taggerOnly(taggerWeights)
        var devRight = 0
        var devTotal = 0
        for x in dev {
            for (a, b) in zip(TreebankTagging.tag(x, with: taggerModel), x.tags) {
                devRight += a == b ? 1 : 0
                devTotal += 1
            }
        }
        log(
            "tagger: dev accuracy \(String(format: "%.4f", Double(devRight) / Double(max(devTotal, 1)))), \(taggerWeights.keys.count) rows, \(taggerWeights.pairs.count) weights"
        )
        // 3. Parser and labeller.
        let golds = train.map(ParserTrainer.gold)
        let p = ParserTrainer(transitionBits: s.transitionBits, labelBits: s.labelBits)
        var rng = SplitMix64(seed: s.seed &+ 7)
        var best: (las: Double, model: SyntaxModel)?
        for e in 0..<s.parserEpochs {
            let start = ContinuousClock.now
            let st = p.epoch(
                train, golds: golds, tags: predicted, order: shuffled(train.count, &rng), explore: e > 0, rng: &rng)
            log(
                "parser epoch \(e + 1): move errors \(String(format: "%.4f", Double(st.mistakes) / Double(max(st.moves, 1)))), label errors \(String(format: "%.4f", Double(st.labelMistakes) / Double(max(st.arcs, 1)))) (\(seconds(since: start)))"
            )
            guard e >= s.evaluateFrom || e == s.parserEpochs - 1 else { continue }
            let model = SyntaxModel(
                trained: TrainedTables(
                    tagger: taggerWeights, transitions: p.transitions.exportRows(minimum: s.pruneMinimum),
                    labeller: p.labeller.exportSparse(minimum: s.pruneMinimum)),
                featureVersion: SyntaxModel.currentFeatureVersion)
            let r = Evaluator.evaluate(model, on: dev)
            log("  dev: \(r)")
            if best == nil || r.las > best!.las { best = (r.las, model) }
        }
        log("best dev LAS \(String(format: "%.4f", best?.las ?? 0))")
        return best!.model
    }
}

/// FNV-1a over a string's UTF-8 bytes (stable across runs, unlike `Hasher`).
enum TokenKey64 {
    static func of(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
