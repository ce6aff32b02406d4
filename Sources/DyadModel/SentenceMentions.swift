import DyadText

/// The mentions of one sentence, by kind, in text order: the recognizer's output per sentence,
/// kept apart by kind because the coder's rules look up one kind at a time (the actors before a
/// trigger, the places after it).
public struct SentenceMentions: Sendable {
    /// The sentence they were found in.
    public var sentence: Sentence
    public var places: [Mention] = []
    public var actors: [Mention] = []
    public var quantities: [Mention] = []
    public var dates: [Mention] = []

    /// An empty set of mentions for `sentence`, to be filled by the recognizer.
    public init(sentence: Sentence) { self.sentence = sentence }

    /// All mentions sorted by position (then kind), as `dyad mentions` prints them.
    public var all: [Mention] {
        (places + actors + quantities + dates).sorted {
            ($0.start, $0.end, $0.kind.rawValue) < ($1.start, $1.end, $1.kind.rawValue)
        }
    }
}
