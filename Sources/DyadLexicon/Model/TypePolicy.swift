import DyadModel
import DyadText

/// How one event type finds and fills its arguments (`types.tsv`): which prepositions carry its
/// recipient, what its future or planned form is coded as, whether it stands without a named
/// actor, whether the place is its recipient, and which actors the domain implies.
///
/// These are PLOVER's per-type conventions. Keeping them as rows lets the rules stay the same for
/// every type and lets a user lexicon change a convention ("the place is not the recipient of a
/// protest") without code.
public struct TypePolicy: Sendable, Hashable {
    /// What a future, conditional or planned form of an event is coded as.
    public enum Intent: Sendable, Hashable {
        /// The type itself ("will meet" stays CONSULT when the row says `-`).
        case same
        /// Another type: AGREE for a stated intention to cooperate, THREATEN for one to coerce.
        case type(EventType)
    }

    public var type: EventType
    /// Prepositions (token keys) whose object is the recipient when there is no direct object.
    public var recipientPrepositions: Set<UInt64>
    /// The same prepositions as written, for traces and documentation.
    public var recipientWords: [String]
    public var intent: Intent
    /// Whether an event with no actor named stays (its actor side empty).
    public var keepsAgentless: Bool
    /// Whether the people of the event's place are its recipient when none is named.
    public var placeIsRecipient: Bool
    /// Whether a direct object naming an actor is the recipient (else it is the theme: "deployed
    /// *troops*").
    public var objectIsRecipient: Bool
    /// Implied actor sectors by mode; the key `*` applies to every mode.
    public var impliedSectors: [String: Sector]
    /// The sector of the recipient the domain implies when the text names none: the actor's own
    /// government for a protest (PLOVER: demonstrations "against the recipient", by default the
    /// authorities).
    public var impliedRecipient: Sector?

    public init(
        type: EventType, recipientWords: [String], intent: Intent, keepsAgentless: Bool, placeIsRecipient: Bool,
        objectIsRecipient: Bool = true, impliedSectors: [String: Sector], impliedRecipient: Sector? = nil
    ) {
        self.impliedRecipient = impliedRecipient
        self.type = type
        self.recipientWords = recipientWords
        self.recipientPrepositions = Set(recipientWords.map { TokenKey.of($0) })
        self.intent = intent
        self.keepsAgentless = keepsAgentless
        self.placeIsRecipient = placeIsRecipient
        self.objectIsRecipient = objectIsRecipient
        self.impliedSectors = impliedSectors
    }

    /// The sector the domain implies for an actor the text does not name, for this mode, or for
    /// this mode in this context (`allege/legal`: a charge brought, whose accuser is the judiciary,
    /// unlike an accusation in words).
    public func impliedSector(mode: String?, context: String? = nil) -> Sector? {
        if let m = mode, let c = context, let s = impliedSectors["\(m)/\(c)"] { return s }
        if let m = mode, let s = impliedSectors[m] { return s }
        return impliedSectors["*"]
    }

    /// The type a future or planned form of this event is coded as.
    public var intendedType: EventType {
        if case .type(let t) = intent { return t }
        return type
    }
}
