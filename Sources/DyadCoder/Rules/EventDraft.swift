import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// An event while the rules work on it: the trigger, its predicate in the tree, and the slots the
/// rules fill one after another (actor, recipient, modality, place, date, count, who says so).
///
/// Rules read and write drafts, never finished records, so each can be tested on its own and the
/// trace says which rule filled which slot from which arc.
struct EventDraft {
    /// The trigger's tokens (document indices).
    var trigger: Range<Int>
    /// The `events.tsv` row that matched.
    var pattern: EventPattern
    /// The trigger's head in the tree and how it is used.
    var predicate: Predicate
    /// The verb a nominal trigger is the object of ("*launched* an attack"), if any: it lends the
    /// noun its subject, objects, auxiliaries and place.
    var lightVerb: Int?
    /// The `verbs.tsv` row the trigger matched, whose roles may say which argument is which.
    var verb: VerbPattern?
    /// The light verb's subject receives the event ("*received* aid from", "*faced* criticism").
    var lightVerbReceives = false
    /// Whether the recipient undergoes the event as the clause's subject or described noun
    /// ("*the minister* is under fire", "*X* faces backlash"): no actor need be named.
    var undergone = false
    var type: EventType
    var mode: String?
    /// Who acted (PLOVER's actor).
    var source: Side?
    /// Whom it was directed at (PLOVER's recipient).
    var target: Side?
    /// Set when a rule decides the draft is not an event of its own, with the reason.
    var dropped: String?
    /// Why the event is only background (an event after "after", "amid", "during" …, told elsewhere):
    /// it is coded only when its story tells no other event (`background`).
    var background: String?
    /// Told only when the story tells no other event of its type by the same actor's country
    /// ("arrested *during the protests*" beside "called for nationwide protests": one protest).
    var unlessTypeTold = false
    /// The draft whose complement this trigger is ("agreed to *provide* aid"), when it is one.
    var complementOf: Int?
    var modality: CodedEvent.Modality?
    /// Who the sentence says reported it.
    var attribution: String?
    /// The reporter as an actor, when it is one (a quote's speaker acts in it).
    var speaker: Side?
    /// The reporter's own words ("officials said"), kept out of places and dates.
    var speakerSpan: Range<Int>?
    var place: CodedEvent.Place?
    /// Whether the place was read from the text (not from an actor's country).
    var placeFromText = false
    var date: Day?
    /// How exactly `date` is known (set with it by the `date` rule).
    var datePrecision: CodedEvent.DatePrecision?
    var quantity: CodedEvent.Count?
    /// The tokens of the count `quantity` was read from.
    var quantityTokens: Range<Int>?
    /// Both parties act on each other ("clashes *between* the army and the rebels"): the event is coded
    /// once each way.
    var mutual = false
    /// The negated verb of attending ("will *not attend* the G20 summit") that made a meeting a
    /// refusal to meet: its subject is who refuses, the meeting's own parties whom.
    var absentFrom: Int?
    /// A place that is the event's destination rather than an actor ("entered Kazakhstan").
    var destination: Side?
    /// What the rules did, in order (only kept when explaining).
    var trace: [TraceStep] = []

    init(trigger: Range<Int>, pattern: EventPattern, predicate: Predicate, lightVerb: Int?) {
        self.trigger = trigger
        self.pattern = pattern
        self.predicate = predicate
        self.lightVerb = lightVerb
        self.type = pattern.type
        self.mode = pattern.mode
    }

    /// Whether the draft still becomes an event.
    var isLive: Bool { dropped == nil && complementOf == nil && background == nil }
    /// Whether the draft is coded itself (live, or background held for a story with no other event).
    var isCoded: Bool { dropped == nil && complementOf == nil }
    /// Whether other drafts see it as told here: neither dropped nor background.
    var isPeer: Bool { dropped == nil && background == nil }

    /// The verb whose clause holds the event: the predicate, or a noun's light verb.
    var clause: Int { lightVerb ?? predicate.head }

    /// An arrest, a conviction or sentence, or a charge: legal acts whose "for" phrase names the
    /// crime they are for.
    var isLegalAct: Bool {
        type == .coerce && mode == "arrest" || type == .sanction && mode == "convict"
            || type == .accuse && mode != "disapprove"
    }
}

/// One actor side of a draft: the actors, where they stand in the sentence and the arc they were
/// read from.
struct Side {
    var actors: [CodedEvent.Actor]
    /// Their tokens (for the evidence span); empty for an inherited or implied side.
    var tokens: Range<Int>
    /// The tree token the side was read from, if any.
    var head: Int?
    /// The arc, as the trace prints it: `nsubj(agreed)`, `pobj(with)`, `poss(attack)`.
    var via: String
    var kind: Mention.ActorKind?
    /// Read from a country or capital name rather than an actor phrase.
    var fromPlace = false

    init(
        actors: [CodedEvent.Actor], tokens: Range<Int>, head: Int?, via: String, kind: Mention.ActorKind? = nil,
        fromPlace: Bool = false
    ) {
        self.actors = actors
        self.tokens = tokens
        self.head = head
        self.via = via
        self.kind = kind
        self.fromPlace = fromPlace
    }

    /// The actors of a slot the recogniser found, read by `via` (word order, an inner phrase …).
    init(slot: ActorSlot, head: Int? = nil, via: String) {
        self.init(
            actors: slot.actors, tokens: slot.tokens, head: head, via: via, kind: slot.kind, fromPlace: slot.fromPlace)
    }

    /// Whether one of the side's actors bears arms (`Sector.armed`).
    var isArmed: Bool { actors.contains { $0.sector?.isArmed ?? false } }

    /// The actors as they act: a country standing as the actor ("Russia accused …") acts through
    /// its government (GOV).
    var actingActors: [CodedEvent.Actor] {
        guard fromPlace else { return actors }
        return actors.map { a in
            var a = a
            a.sector = a.sector ?? .government
            return a
        }
    }

    /// The same countries and sectors as another side.
    func sameActors(as other: Side) -> Bool {
        actors.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
            == other.actors.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
    }

    /// Whether both sides are armed forces of one state (or of none named): "the military" and
    /// "Ukrainian forces" in one sentence fight on the same side.
    func sameForces(as other: Side) -> Bool {
        let all = actors + other.actors
        return !actors.isEmpty && !other.actors.isEmpty && all.allSatisfy { $0.sector == .military }
            && Set(all.compactMap(\.country)).count <= 1
    }
}

/// One step of a draft's trace: which rule did what.
public struct TraceStep: Sendable, Hashable {
    /// The rule's name (`EventRule.name`).
    public var rule: String
    /// What it did, e.g. `source ← nsubj(agreed) "Hungarian and Romanian officials"`.
    public var note: String

    public init(rule: String, note: String) {
        self.rule = rule
        self.note = note
    }
}
