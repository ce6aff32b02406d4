import DyadLexicon
import DyadModel
import DyadText

/// The events stage of the `Pipeline`: sentence mentions → triggers → events.
///
/// For each event trigger the coder finds the source (the subject, the "by" agent of a passive,
/// a pronoun or "the country" resolved to an earlier actor, or the domain's implied actor), the
/// target (the object), who reports it, and the date, place and count in the clause. It reads the
/// mentions stage's output, so everything the tagger knows (roles, named actors, places) is
/// available to the rules, and `events.tsv`, so what counts as an event is data. It keeps every
/// telling apart; merging repeats is the pipeline's option (`EventDeduplicator`).
public struct EventCoder: Sendable {
    /// The compiled lexicon (names and event triggers).
    public let lexicon: Lexicon

    /// Creates a coder.
    /// - Parameter lexicon: the compiled lexicon, including event patterns.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Codes a document the earlier stages annotated (text and mentions).
    /// - Returns: the events in text order, every telling apart.
    public func code(_ annotated: AnnotatedDocument) -> [CodedEvent] {
        code(annotated.document, text: annotated.text, mentions: annotated.mentions)
    }

    /// Codes a document from its analysed text and its mentions per sentence.
    func code(_ document: Document, text: AnalyzedText, mentions: [SentenceMentions]) -> [CodedEvent] {
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
        return events
    }
}

extension EventCoder {
    /// Whether two sides name the same countries and sectors.
    static func sameSide(_ a: [CodedEvent.Actor], _ b: [CodedEvent.Actor]) -> Bool {
        a.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
            == b.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
    }

    /// The country named most often by places and actors in the document.
    static func mainCountry(_ mentions: [SentenceMentions]) -> CountryCode? {
        var counts: [CountryCode: Int] = [:]
        for s in mentions {
            for m in s.places where m.placeKind != nil { if let c = m.country { counts[c, default: 0] += 1 } }
            for m in s.actors { if let c = m.country, c.rawValue.count == 3 { counts[c, default: 0] += 1 } }
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
    var mainCountry: CountryCode?

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
