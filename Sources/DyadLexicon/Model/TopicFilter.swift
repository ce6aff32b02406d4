/// A phrase that marks a sentence or a whole story as outside political event coding (sport,
/// entertainment): PETRARCH's discard list, as lexicon rows (`discards.tsv`, curated, and
/// `discards_imported.tsv`, from Phoenix). "Tennessee beat Alabama on a last-second field goal" is
/// no ASSAULT; a filter row keeps such sentences from being coded at all.
public struct TopicFilter: Sendable, Hashable {
    /// How much text a match takes out of coding.
    public enum Scope: String, Sendable, Hashable {
        /// The sentence holding the phrase.
        case sentence
        /// Every sentence of the document holding the phrase.
        case story
        /// None: a curated row that switches an imported one off.
        case off
    }

    /// What kind of text the phrase marks (for traces and reports).
    public enum Topic: String, Sendable, Hashable {
        case sport, entertainment
    }

    /// The phrase, matched case-insensitively word by word ("grand prix", "field goal").
    public var phrase: String
    public var scope: Scope
    public var topic: Topic
    /// `curated`, or where an imported row came from (`phoenix`).
    public var source: String

    public init(phrase: String, scope: Scope, topic: Topic, source: String = "curated") {
        self.phrase = phrase
        self.scope = scope
        self.topic = topic
        self.source = source
    }
}
