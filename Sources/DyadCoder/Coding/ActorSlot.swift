import DyadLexicon
import DyadModel
import DyadText

/// A place in a sentence where an actor stands: a recognised actor, a country acting as one,
/// a pronoun or "the country" resolved to an earlier actor, or several of these joined by
/// commas and "and" (a compound actor).
struct ActorSlot {
    /// Token span in the document.
    var tokens: Range<Int>
    var actors: [CodedEvent.Actor]
    /// The kind of the (first) actor, for coreference.
    var kind: Mention.ActorKind?
    /// Whether it came from a country or capital name rather than an actor phrase.
    var fromPlace = false
    /// Whether a preposition governs it ("in Germany", "to Russia"), and which.
    var preposition: UInt64?
}

/// What earlier sentences make available for "he", "they", "the country".
struct Discourse {
    var lastPerson: ActorSlot?
    /// The person before `lastPerson` (another one): who "he" is when the last person is named again
    /// in the pronoun's own sentence ("China's Xi to meet Putin ⏎ *He* will meet Russian leader
    /// Vladimir Putin": not Putin).
    var previousPerson: ActorSlot?
    var lastGroup: ActorSlot?
    /// The group before `lastGroup` ("the workers, whom *they* had taken": not the workers).
    var previousGroup: ActorSlot?
    var lastOrganization: ActorSlot?
    var lastCountry: CodedEvent.Actor?

    mutating func remember(_ slot: ActorSlot) {
        guard !slot.actors.isEmpty else { return }
        switch slot.kind {
        case .person:
            if let p = lastPerson, !p.sameNames(as: slot) { previousPerson = p }
            lastPerson = slot
        case .group: setGroup(slot)
        default: lastOrganization = slot
        }
        if slot.actors.count > 1 { setGroup(slot) }
        if let c = slot.actors.first?.country, c.rawValue.count == 3, slot.fromPlace || slot.kind != .group {
            lastCountry = CodedEvent.Actor(text: slot.actors.first?.text, country: c, sector: .government)
        }
    }

    private mutating func setGroup(_ slot: ActorSlot) {
        if let g = lastGroup, g.tokens != slot.tokens { previousGroup = g }
        lastGroup = slot
    }
}

extension ActorSlot {
    /// Whether two slots name the same actors (by name, else by text).
    func sameNames(as other: ActorSlot) -> Bool {
        func keys(_ s: ActorSlot) -> Set<String> { Set(s.actors.compactMap { $0.name ?? $0.text }) }
        let a = keys(self)
        return !a.isEmpty && a == keys(other)
    }
}

/// Structural tokens the slot builder compares against (word classes are in `grammar.tsv`).
enum Words {
    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map { TokenKey.of($0) }) }

    static let and = TokenKey.of("and")
    static let comma = TokenKey.of(",")
    static let of = TokenKey.of("of")
    static let the = TokenKey.of("the")
    static let from = TokenKey.of("from")
    static let inKey = TokenKey.of("in")
    static let colon = TokenKey.of(":")
}
