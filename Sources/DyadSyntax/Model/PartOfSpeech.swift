/// A fine-grained part-of-speech tag: the PTB-style tag set that spaCy's `en_core_web_sm` emits
/// (the teacher the model learned from), so rules written against spaCy output carry over.
///
/// The raw value is the tagger's class index; `description` is the tag string ("NNP", "-LRB-").
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case dollar = 0, closeQuote, comma, leftBracket, rightBracket, period, colon
    case ADD, AFX, CC, CD, DT, EX, FW, HYPH, IN, JJ, JJR, JJS, LS, MD, NFP, NN, NNP, NNPS, NNS, PDT, POS
    case PRP, PRPS, RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB, XX
    case space, openQuote

    /// The tag strings, indexed by raw value.
    static let names: [String] = [
        "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "HYPH", "IN", "JJ",
        "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS",
        "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "XX", "_SP", "``",
    ]

    /// The tag string as spaCy writes it.
    public var description: String { Self.names[Int(rawValue)] }

    /// The tag with this spaCy tag string, or nil for a string outside the tag set.
    public init?(_ name: some StringProtocol) {
        guard let i = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    /// The number of tags (the tagger's class count).
    public static let count = names.count

    /// True for nouns of any kind (NN, NNS, NNP, NNPS).
    public var isNoun: Bool { self == .NN || self == .NNS || self == .NNP || self == .NNPS }
    /// True for verbs of any form (VB, VBD, VBG, VBN, VBP, VBZ, MD).
    public var isVerb: Bool { (Self.VB.rawValue...Self.VBZ.rawValue).contains(rawValue) || self == .MD }
    /// True for punctuation tags (the ones excluded from "no punctuation" scores).
    public var isPunctuation: Bool {
        switch self {
        case .closeQuote, .comma, .leftBracket, .rightBracket, .period, .colon, .HYPH, .NFP, .openQuote: true
        default: false
        }
    }
}
