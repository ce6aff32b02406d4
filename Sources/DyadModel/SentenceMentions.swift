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
    /// Whether the sentence is written in Title Case (a feed's headline: "Russia Withdraws From Grain
    /// Deal"), where a capital marks no name; found once by the recognizer, read again by the coder.
    public var titleCase = false

    /// An empty set of mentions for `sentence`, to be filled by the recognizer.
    public init(sentence: Sentence) { self.sentence = sentence }

    /// All mentions sorted by position (then kind), as `dyad mentions` prints them.
    public var all: [Mention] {
        (places + actors + quantities + dates).sorted {
            ($0.start, $0.end, $0.kind.rawValue) < ($1.start, $1.end, $1.kind.rawValue)
        }
    }
}
