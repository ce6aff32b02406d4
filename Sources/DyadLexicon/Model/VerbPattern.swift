import DyadModel
import DyadText

/// One row of `verbs.tsv`: a verb used in a way that codes a PLOVER event, imported from
/// PETRARCH-2's CAMEO verb dictionary ("*hold* talks", "*hand over* power", bare "*kill*").
///
/// Unlike an `events.tsv` trigger, which is matched as words in a row, a verb pattern is checked
/// against the verb's arcs in the tree: its subject, its direct object and its prepositions must
/// be what the row asks for. That is what lets one verb code different events by what it governs
/// ("send troops" MOBILIZE, "send aid" AID).
public struct VerbPattern: Sendable, Hashable {
    /// Which argument of the verb stands for a side of the event.
    public enum Role: Sendable, Hashable {
        case subject
        case object
        /// The object of this preposition (token key), e.g. `pobj:to`.
        case preposition(UInt64, String)
    }

    /// The lemma as written ("hand over").
    public var verb: String
    /// Every surface form of the verb's first word (token keys), from which matching starts.
    public var forms: [String]
    /// Words that must follow the first word, or be its particle ("over" in "hand over").
    public var particles: [UInt64]
    /// Keys the subject's head must be, or empty.
    public var subject: Set<UInt64>
    /// The direct object constraint: alternatives, each the phrase's last words as keys ("arms
    /// shipment" → [arms, shipment]); empty means none.
    public var object: [[UInt64]]
    /// The direct object must be an actor of this kind (`@person` in the object column): "Biden
    /// *called* Lula" is a phone call, "called the election" or "called it a day" is not.
    public var objectKind: Mention.ActorKind?
    /// A required preposition on the verb and the keys its object's head may be (empty: any).
    public var preposition: (key: UInt64, objects: Set<UInt64>)?
    public var source: Role?
    public var target: Role?
    /// The event this use of the verb codes (kind `verb`, the CAMEO code as provenance).
    public var event: EventPattern
    /// How many constraints the row has: more specific rows are tried first.
    public var specificity: Int {
        (subject.isEmpty ? 0 : 1) + (object.isEmpty && objectKind == nil ? 0 : 1) + (preposition == nil ? 0 : 1)
    }

    public init(
        verb: String, forms: [String], particles: [UInt64], subject: Set<UInt64>, object: [[UInt64]],
        preposition: (key: UInt64, objects: Set<UInt64>)?, source: Role?, target: Role?, event: EventPattern,
        objectKind: Mention.ActorKind? = nil
    ) {
        self.verb = verb
        self.forms = forms
        self.particles = particles
        self.subject = subject
        self.object = object
        self.objectKind = objectKind
        self.preposition = preposition
        self.source = source
        self.target = target
        self.event = event
    }

    public static func == (a: VerbPattern, b: VerbPattern) -> Bool {
        a.verb == b.verb && a.forms == b.forms && a.subject == b.subject && a.object == b.object
            && a.objectKind == b.objectKind
            && a.preposition?.key == b.preposition?.key && a.preposition?.objects == b.preposition?.objects
            && a.source == b.source && a.target == b.target && a.event == b.event
    }

    public func hash(into h: inout Hasher) {
        h.combine(verb)
        h.combine(forms)
        h.combine(event)
    }
}
