import DyadModel
import DyadText

/// A recognised mention as a store keeps it: what the recognizer found when the document was
/// coded, read back for the server's document view without recognising the text again.
///
/// Unlike `Mention`, it has no token or byte span (the store keeps neither): `start` and `end` are
/// character (Unicode scalar) offsets into the document text, like the evidence's, and `text` is
/// cut from the document by them. Only the fields of its `kind` are set.
public struct StoredMention: Sendable, Hashable {
    /// Place, actor, quantity or date: which of the fields below are set.
    public var kind: Mention.Kind
    /// The sentence index in the document.
    public var sentence: Int
    /// Character offsets into the document text.
    public var start: Int
    public var end: Int
    /// The mention's words.
    public var text: String
    /// Places and actors: alpha-3 or a PLOVER non-state code.
    public var country: CountryCode?
    /// Places and named actors: the canonical name.
    public var name: String?
    /// Actors: the PLOVER sector (nil also for a code this build does not know).
    public var sector: Sector?
    public var actorKind: Mention.ActorKind?
    /// Places: coordinates and what sort of place.
    public var lat: Double?
    public var lon: Double?
    public var placeKind: Mention.PlaceKind?
    /// Quantities: the number, its qualifier, what it counts, and whether it was a vague amount.
    public var value: Double?
    public var qualifier: Qualifier?
    public var unit: String?
    public var isVague: Bool?
    /// Dates: the resolved day, the last day of a range, and what the expression names.
    public var date: Day?
    public var lastDate: Day?
    public var dateKind: DateMention.Kind?

    /// A mention of `kind` over a character span; the kind's fields are set afterwards.
    public init(kind: Mention.Kind, sentence: Int, start: Int, end: Int, text: String) {
        self.kind = kind
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }
}
