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
    /// Who the domain implies an event is directed at when the text names no recipient: the actor's
    /// own government for a protest (PLOVER: demonstrations "against the recipient", by default the
    /// authorities), or the story's other party for an act between two sides.
    public var impliedRecipient: ImpliedRecipient?
    /// The sector of an unidentified doer, by mode (`*`: every mode), for an act whose doer the text
    /// does not name, in a story of no armed conflict: PLOVER's "unknown gunmen" (`UAF`) and generic
    /// unidentified actor (`UNK`, "two civilians were killed by a bomb"). A stabbing in Manchester
    /// was done by someone there; a shelling in a war may be either side's, so there it stays empty.
    public var unidentifiedSectors: [String: Sector]
    /// Whether an event of this type is kept when the story places neither side in a country (no
    /// country or organisation code on either side). PLOVER's verbal types (words between parties
    /// nobody can place: "she accused him", "the company was slammed") are dropped: no record a
    /// user can count by country or map; its material acts are kept ("farmers staged a protest",
    /// "two villagers were killed"), counted by type and place.
    public var keepsUnplaced: Bool

    public init(
        type: EventType, recipientWords: [String], intent: Intent, keepsAgentless: Bool, placeIsRecipient: Bool,
        objectIsRecipient: Bool = true, impliedSectors: [String: Sector], impliedRecipient: ImpliedRecipient? = nil,
        unidentifiedSectors: [String: Sector] = [:], keepsUnplaced: Bool = true
    ) {
        self.keepsUnplaced = keepsUnplaced
        self.unidentifiedSectors = unidentifiedSectors
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
    /// `*/legal` stands for any mode in that context ("a man was acquitted": by a court).
    public func impliedSector(mode: String?, context: String? = nil) -> Sector? {
        if let m = mode, let c = context, let s = impliedSectors["\(m)/\(c)"] { return s }
        if let m = mode, let s = impliedSectors[m] { return s }
        if let c = context, let s = impliedSectors["*/\(c)"] { return s }
        return impliedSectors["*"]
    }

    /// Whether `sector` is the actor the domain implies for this mode in any context (`types.tsv`
    /// implied): police for an investigation, a court for a charge. Such an actor doing its own
    /// work is an event even when the text names nobody it is done to ("police launched an
    /// investigation into the fire").
    public func isDomainActor(_ sector: Sector, mode: String?) -> Bool {
        guard let m = mode else { return false }
        return impliedSectors.contains { key, value in
            value == sector && (key == m || key.hasPrefix(m + "/"))
        }
    }

    /// The sector of the unidentified doer of this mode (`types.tsv` unidentified), or nil when an
    /// unnamed doer stays unnamed.
    public func unidentifiedSector(mode: String?) -> Sector? {
        if let m = mode, let s = unidentifiedSectors[m] { return s }
        return unidentifiedSectors["*"]
    }

    /// The recipient the domain implies for an event whose text names none (`types.tsv`
    /// recipient-implied). It is marked implied in the output.
    public enum ImpliedRecipient: Sendable, Hashable {
        /// The actor's own state in this sector: "workers went on strike over the bill" is against
        /// the government (`GOV` in the file).
        case ownState(Sector)
        /// The one other state the sentence, else the story, names; with none, the actor's own state;
        /// with several, nobody (`counterpart` in the file). "Moscow kept up its campaign to destroy
        /// civilian infrastructure" in a story about Kyiv is against Ukraine; "Beijing refuses to
        /// change course" on its Covid policy, in a story naming only China, is a Chinese matter.
        case counterpart
        /// The one other state the sentence, else the story, names; with none or several, nobody
        /// (`other` in the file): "North Korea fired a missile" in a story naming Japan is directed at
        /// Japan; "Russia mobilizes reservists" alone is directed at no one named.
        case other
    }

    /// The type a future or planned form of this event is coded as.
    public var intendedType: EventType {
        if case .type(let t) = intent { return t }
        return type
    }
}
