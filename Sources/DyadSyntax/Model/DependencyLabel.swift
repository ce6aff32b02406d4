/// A dependency label: the ClearNLP-style scheme that spaCy's `en_core_web_sm` emits, so rules written
/// against spaCy trees ("nsubj of the verb", "pobj of the prep") carry over.
///
/// The raw value is the labeller's class index; `description` is the label string.
public enum DependencyLabel: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case ROOT = 0, nsubj, nsubjpass, dobj, dative, pobj, prep, agent, poss, appos, conj, cc, xcomp, ccomp, relcl
    case acl, advcl, neg, aux, auxpass, amod, det, compound, nummod, npadvmod, mark, `case`, attr, acomp, pcomp
    case prt, quantmod, nmod, expl, oprd, csubj, csubjpass, predet, preconj, parataxis, intj, meta, dep, punct
    case advmod

    /// The label strings, indexed by raw value.
    static let names: [String] = [
        "ROOT", "nsubj", "nsubjpass", "dobj", "dative", "pobj", "prep", "agent", "poss", "appos", "conj", "cc",
        "xcomp", "ccomp", "relcl", "acl", "advcl", "neg", "aux", "auxpass", "amod", "det", "compound", "nummod",
        "npadvmod", "mark", "case", "attr", "acomp", "pcomp", "prt", "quantmod", "nmod", "expl", "oprd", "csubj",
        "csubjpass", "predet", "preconj", "parataxis", "intj", "meta", "dep", "punct", "advmod",
    ]

    /// The label string as spaCy writes it.
    public var description: String { Self.names[Int(rawValue)] }

    /// The label with this string, or nil for a string outside the scheme.
    public init?(_ name: some StringProtocol) {
        guard let i = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    /// The number of labels (the labeller's class count).
    public static let count = names.count
}
