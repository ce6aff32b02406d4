import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// Everything the event rules read about the sentence being coded: its tokens, mentions and tree,
/// the actor slots built from the mentions, and the lexicon's grammar words.
struct SentenceContext {
    let text: AnalyzedText
    let tokens: UnsafeBufferPointer<Token>
    let mentions: SentenceMentions
    let tree: SentenceTree
    let document: Document
    let lexicon: Lexicon
    /// The actor slots of the sentence (recognised actors, countries and capitals acting, resolved
    /// pronouns, lists joined into compounds), in text order.
    let slots: [ActorSlot]
    /// The slot covering each token of the sentence, by position, or -1.
    private let slotOf: [Int32]
    /// The country the document mentions most, for actors the text leaves without one.
    let mainCountry: CountryCode?
    /// Whether rules record what they do (for `dyad code --explain`).
    let explain: Bool
    /// The sport or entertainment phrase (`discards.tsv`) of the sentence or its story, if any.
    var topic: TopicFilter?
    /// The country a headline's topic label names ("*Ukraine* war: …"), where the story happens.
    var labelCountry: CountryCode?
    /// The states the document names (places and actors), for recipients the domain implies.
    var storyStates: Set<CountryCode> = []
    /// The states the document names as places or as actors other than the press ("the *BBC's*
    /// reporter" names no party), for the parties of a war; or the two states of the war under way
    /// (conflicts.tsv) when the story speaks of war and names one of them.
    var storyParties: Set<CountryCode> = []
    /// States the story names only through people (a leader's message, a minister's visit): no
    /// party to violence told elsewhere in it.
    var bystanders: Set<CountryCode> = []
    /// The war under way (conflicts.tsv) that gave `storyParties`, if any.
    var storyWar: ArmedConflict?
    /// The one country every place the document names is in ("Bristol", "Leeds"), if there is
    /// one: where the story happens, whoever's nationals it tells of.
    var storyPlace: CountryCode?

    init(
        text: AnalyzedText, tokens: UnsafeBufferPointer<Token>, mentions: SentenceMentions, tree: SentenceTree,
        document: Document, lexicon: Lexicon, slots: [ActorSlot], mainCountry: CountryCode?, explain: Bool
    ) {
        self.text = text
        self.tokens = tokens
        self.mentions = mentions
        self.tree = tree
        self.document = document
        self.lexicon = lexicon
        self.slots = slots
        self.mainCountry = mainCountry
        self.explain = explain
        var of = [Int32](repeating: -1, count: tree.tokens.count)
        for (k, s) in slots.enumerated() {
            for i in s.tokens where tree.tokens.contains(i) { of[i - tree.tokens.lowerBound] = Int32(k) }
        }
        self.slotOf = of
    }

    var range: Range<Int> { tree.tokens }
    var grammar: GrammarWords { lexicon.grammar }

    /// The normalised-form key of token `i`.
    func key(_ i: Int) -> UInt64 { tokens[i].key }

    /// Whether token `i` is a word of a grammar class.
    func word(_ i: Int, _ c: GrammarWords.WordClass) -> Bool { lexicon.grammar.contains(c, tokens[i].key) }

    /// The slot covering token `i`, if any.
    func slotIndex(at i: Int) -> Int? {
        guard range.contains(i) else { return nil }
        let k = slotOf[i - range.lowerBound]
        return k < 0 ? nil : Int(k)
    }

    /// Whether token `i` ends a clause for the word-order fallbacks: a relative or subordinating
    /// word, a semicolon, colon, dash or bracket, or a reporting verb.
    func isClauseBreak(_ i: Int) -> Bool {
        let k = key(i)
        return word(i, .relative) || word(i, .reporting) || Keys.clauseBreaks.contains(k)
            || tree.label(i) == .mark
    }

    /// Whether the tree reads a slot as some verb's object or a place ("struck *Kyiv*"), which the
    /// word-order fallbacks must not take for an actor.
    func isObject(_ slot: ActorSlot) -> Bool {
        guard let last = slot.tokens.last, range.contains(last) else { return false }
        var h = last
        for i in slot.tokens where range.contains(i) && !slot.tokens.contains(tree.head(i)) {
            h = i
            break
        }
        return [.dobj, .pobj, .dative, .attr, .npadvmod, .oprd].contains(tree.label(h))
    }

    /// The text of a token.
    func string(_ i: Int) -> String { text.string(tokens[i]) }

    /// The text of a token range.
    func string(tokens r: Range<Int>) -> String { text.string(tokens: r) }
}
