import DyadModel
import DyadText

/// One event trigger row of `events.tsv`: the words that code a PLOVER event, and how the
/// trigger relates to its actors.
public struct EventPattern: Sendable, Hashable {
    /// How a trigger finds its actors.
    public enum Kind: String, Sendable, Hashable {
        /// Active verb: subject = source, object = target (passive read from -ed/-en forms).
        case verb
        /// Verb without a target ("protesters rallied").
        case intransitive = "verb-intransitive"
        /// Nominal trigger ("the closure of", "an attack on").
        case noun
        /// Request verb: object = addressee ("urged X to").
        case request
        /// A word that criticises what it is said of ("a *sham*", "*lying*", "*crazy*"): the speaker
        /// of the reporting verb whose clause holds it is the source, the clause's subject the target
        /// ("Biden said the referendums were a *sham*"); said by no one, it is no event.
        case evaluation
    }

    /// The surface forms, every inflection written out.
    public var forms: [String]
    /// PLOVER event type, or MIGRATE (checked when the row is read).
    public var type: EventType
    public var mode: String?
    public var kind: Kind
    /// Whether the event normally has a target actor.
    public var hasTarget: Bool
    public var context: String?
    /// What a number in the clause counts for this event.
    public var unit: String?
    /// Prepositions whose object is this trigger's recipient ("talks *with*", "attack *on*"); empty
    /// when the type's default (`types.tsv`) applies.
    public var recipient: [String] {
        didSet { recipientPrepositions = Set(recipient.map { TokenKey.of($0) }) }
    }
    /// `recipient` as token keys.
    public private(set) var recipientPrepositions: Set<UInt64>
    /// The CAMEO code the row was imported from (`verbs.tsv`), nil for a curated row.
    public var cameo: String?

    public init(
        forms: [String], type: EventType, mode: String?, kind: Kind, hasTarget: Bool, context: String?, unit: String?,
        recipient: [String] = [], cameo: String? = nil
    ) {
        self.forms = forms
        self.type = type
        self.mode = mode
        self.kind = kind
        self.hasTarget = hasTarget
        self.context = context
        self.unit = unit
        self.recipient = recipient
        self.recipientPrepositions = Set(recipient.map { TokenKey.of($0) })
        self.cameo = cameo
    }
}
