import DyadLexicon
import DyadText

/// Turns documents into PLOVER events: sentence → mentions → triggers → events.
///
/// For each event trigger the coder finds the source (the subject, the "by" agent of a passive,
/// a pronoun or "the country" resolved to an earlier actor, or the domain's implied actor), the
/// target (the object), who reports it, and the date, place and count in the clause. It is built
/// on `MentionRecognizer`, so everything the tagger knows (roles, named actors, places) is
/// available to the rules, and on `events.tsv`, so what counts as an event is data.
public struct EventCoder: Sendable {
    /// The compiled lexicon (names and event triggers).
    public let lexicon: Lexicon
    /// The tagger the coder reads mentions from.
    public let recognizer: MentionRecognizer
    /// Merge the same event told twice in a document into one record with a mention count.
    public var deduplicate: Bool

    /// Creates a coder.
    /// - Parameters:
    ///   - lexicon: the compiled lexicon, including event patterns.
    ///   - deduplicate: whether repeated tellings of one event become one record.
    public init(lexicon: Lexicon, deduplicate: Bool = true) {
        self.lexicon = lexicon
        self.recognizer = MentionRecognizer(lexicon: lexicon)
        self.deduplicate = deduplicate
    }

    /// Codes one document.
    /// - Parameter document: the document; its date resolves relative dates.
    /// - Returns: the events in text order.
    public func code(_ document: Document) -> [CodedEvent] {
        let text = AnalyzedText(document.text)
        return code(document, text: text, mentions: recognizer.recognize(text, documentDate: document.date))
    }

    /// Codes an already analysed document (when the caller also needs the mentions).
    public func code(_ document: Document, text: AnalyzedText, mentions: [SentenceMentions]) -> [CodedEvent] {
        var events: [CodedEvent] = []
        var discourse = Discourse()
        let main = Self.mainCountry(mentions)
        text.tokens.withUnsafeBufferPointer { toks in
            for sm in mentions {
                var state = SentenceState(text: text, tokens: toks, mentions: sm, document: document)
                state.mainCountry = main
                state.slots = slots(in: sm, text: text, toks: toks, discourse: discourse)
                state.attribution = attribution(&state)
                if let demand = reportedDemand(state) {
                    events.append(demand)
                    state.coded.append(demand)
                }
                for trigger in triggers(in: state) {
                    guard let e = event(for: trigger, in: &state, discourse: discourse) else { continue }
                    // Several triggers of one event in one sentence ("staged a hunger strike … in
                    // protest") are one event: same type, same source.
                    if let k = state.coded.lastIndex(where: { $0.type == e.type && Self.sameSide($0.source, e.source) }
                    ),
                        let j = events.lastIndex(where: { $0.type == e.type && $0.evidence == state.coded[k].evidence })
                    {
                        if events[j].target.isEmpty && !e.target.isEmpty {
                            events[j].target = e.target
                            state.coded[k].target = e.target
                        }
                        continue
                    }
                    events.append(e)
                    state.coded.append(e)
                }
                for slot in state.slots where slot.preposition == nil || !slot.fromPlace {
                    discourse.remember(slot)
                }
            }
        }
        return deduplicate ? EventDeduplicator.merge(events) : events
    }
}

extension EventCoder {
    /// Whether two sides name the same countries and sectors.
    static func sameSide(_ a: [CodedEvent.Actor], _ b: [CodedEvent.Actor]) -> Bool {
        a.map { "\($0.country ?? "-")/\($0.sector ?? "-")" }.sorted()
            == b.map { "\($0.country ?? "-")/\($0.sector ?? "-")" }.sorted()
    }

    /// The country named most often by places and actors in the document.
    static func mainCountry(_ mentions: [SentenceMentions]) -> String? {
        var counts: [String: Int] = [:]
        for s in mentions {
            for m in s.places where m.placeKind != nil { if let c = m.country { counts[c, default: 0] += 1 } }
            for m in s.actors { if let c = m.country, c.count == 3 { counts[c, default: 0] += 1 } }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}

/// Everything the rules need about the sentence being coded.
struct SentenceState {
    let text: AnalyzedText
    let tokens: UnsafeBufferPointer<Token>
    let mentions: SentenceMentions
    let document: Document
    var slots: [ActorSlot] = []
    /// Who the sentence says reported it, with the token where the reported clause starts.
    var attribution: Attribution?
    var coded: [CodedEvent] = []
    /// The country the document mentions most, for actors the text leaves without one.
    var mainCountry: String?

    var range: Range<Int> { mentions.sentence.tokens }

    func key(_ i: Int) -> UInt64 { tokens[i].key }
}

/// A reporter and the part of the sentence they report.
struct Attribution {
    var speaker: String
    var slot: ActorSlot?
    /// Tokens covered by the reporter's own words ("X said", "according to X"), excluded from actors.
    var span: Range<Int>
    /// The reported part of the sentence.
    var reported: Range<Int>
    /// Whether the reported part is a quotation (its speaker then acts in it when nobody else does).
    var isQuote = false
}

/// A matched trigger.
struct Trigger {
    var tokens: Range<Int>
    var pattern: EventPattern
    var participle: Bool
    /// The end of a complement this trigger governs ("agreed to provide aid for Romania"): the
    /// object is looked for after it.
    var complementEnd: Int?
}
