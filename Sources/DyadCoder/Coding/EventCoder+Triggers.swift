import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// A trigger the lexicon matched in a sentence, before the tree is read.
struct TriggerMatch {
    var tokens: Range<Int>
    var pattern: EventPattern
    /// The `verbs.tsv` row (index into `LexiconData.verbs`) when the trigger is a verb pattern.
    var verb: Int? = nil
}

extension EventCoder {
    /// The event triggers of a sentence: the longest `events.tsv` form at each token, outside actor
    /// names, never a reporting verb (`grammar.tsv` reporting: "said" reports, it is no event).
    func triggers(in sm: SentenceMentions, slots: [ActorSlot], toks: UnsafeBufferPointer<Token>) -> [TriggerMatch] {
        var out: [TriggerMatch] = []
        let r = sm.sentence.tokens
        var i = r.lowerBound
        var slotIndex = 0
        let grammar = lexicon.grammar
        // A phrase whose last word opens a date or a count is no trigger: "was *fired on* Tuesday",
        // "*fired at* least one missile" ("on Tuesday", "at least one").
        let spans = sm.dates.map(\.tokens) + sm.quantities.map(\.tokens)
        func cutsSpan(_ start: Int, _ end: Int) -> Bool {
            end - start > 1 && spans.contains { $0.contains(end - 1) && $0.upperBound > end }
        }
        while i < r.upperBound {
            while slotIndex < slots.count, slots[slotIndex].tokens.upperBound <= i { slotIndex += 1 }
            var bestEnd = -1
            var best: Lexicon.EventTrigger?
            if lexicon.mayStartEvent(toks[i]) {
                lexicon.eventAutomaton.matches(toks, from: i, limit: r.upperBound) { end, payloads in
                    if end > bestEnd, let p = payloads.first, !cutsSpan(i, end) {
                        bestEnd = end
                        best = p
                    }
                }
            }
            // A reporting verb starts no trigger, unless it is the first word of a noun phrase trigger
            // ("*state* of emergency") or a request verb ("*told* the council to resign"; the rule
            // `speech-request` drops it when no infinitive follows: "told reporters").
            if grammar.contains(.reporting, toks[i].key) && !toks[i].shape.contains(.capitalized),
                best.map({
                    let kind = lexicon.data.events[$0.pattern].kind
                    return kind != .request && (bestEnd <= i + 1 || kind != .noun)
                }) ?? true
            {
                i += 1
                continue
            }
            // An actor's words are not a trigger, unless a trigger starting with them runs past the
            // actor.
            if slotIndex < slots.count, slots[slotIndex].tokens.contains(i),
                slots[slotIndex].tokens.count > 1 || !slots[slotIndex].fromPlace,
                best == nil || bestEnd <= slots[slotIndex].tokens.upperBound
            {
                i = slots[slotIndex].tokens.upperBound
                continue
            }
            if let b = best {
                out.append(TriggerMatch(tokens: i..<bestEnd, pattern: lexicon.data.events[b.pattern]))
                i = bestEnd
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether a sentence may hold a reported demand ("X said Y must …"): a demand modal and a
    /// reporting verb, so that it is parsed even without a trigger.
    func mayReportDemand(_ sm: SentenceMentions, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        let g = lexicon.grammar
        var modal = false
        var reporting = false
        for i in sm.sentence.tokens {
            let k = toks[i].key
            // ("should" too: it is no demand, but the sentence's names still serve the pronouns after it.)
            if g.contains(.demandModal, k) { modal = true }
            if g.contains(.reporting, k) || g.contains(.reportingWeak, k) || g.contains(.reportingNoun, k) {
                reporting = true
            }
        }
        return modal && reporting
    }

    /// "Russia said Sudan must return the helicopter", "insisted that the government must …": a
    /// speaker saying another actor must act makes a demand (PLOVER REQUEST) from one to the other.
    /// Read from the tree: a demand modal on a verb in a reporting verb's complement clause. A modal
    /// that is also conditional ("should") gives advice or an opinion ("he believes Biden should …"),
    /// which annotators do not code as a demand: only the others ("must") make one.
    func reportedDemand(_ s: SentenceContext) -> (event: CodedEvent, content: Int)? {
        for m in s.range where s.word(m, .demandModal) && !s.word(m, .conditional) && s.tree.label(m) == .aux {
            let v = s.tree.head(m)
            let label = s.tree.label(v)
            guard label == .ccomp || label == .acl || label == .advcl else { continue }
            var r = s.tree.head(v)
            var says = s.word(r, .reporting) || s.word(r, .reportingWeak)
            // "issued a *reminder* to Iraq that it must …": the noun for the words speaks for the verb
            // that governs it, whether the clause hangs on the noun or (misattached) on the verb.
            if s.word(r, .reportingNoun), s.tree.head(r) != r, s.tree.tag(s.tree.head(r)).isVerb {
                r = s.tree.head(r)
                says = true
            } else if !says, s.tree.tag(r).isVerb,
                s.tree.children(r).contains(where: { s.tree.label($0) == .dobj && s.word($0, .reportingNoun) })
            {
                says = true
            }
            guard says, label != .acl || r != s.tree.head(v),
                let speaker = s.subject(of: r).flatMap(s.side), let addressee = s.subject(of: v).flatMap(s.side),
                !speaker.sameActors(as: addressee)
            else { continue }
            let sources = speaker.actingActors
            let lo = min(speaker.tokens.lowerBound, addressee.tokens.lowerBound, m)
            let hi = max(speaker.tokens.upperBound, addressee.tokens.upperBound, m + 1)
            let span = max(lo, s.range.lowerBound)..<min(hi, s.range.upperBound)
            let text = s.text
            let evidence = CodedEvent.Evidence(
                sentence: s.mentions.sentence.index,
                start: text.characterOffset(ofByte: text.tokens[span.lowerBound].start),
                end: text.characterOffset(ofByte: text.tokens[span.upperBound - 1].end),
                text: text.string(tokens: span))
            let place = sources.first?.country.flatMap { s.countryPlace($0) }
            let event = CodedEvent(
                document: s.document.id, type: .request, mode: nil, source: sources, target: addressee.actors,
                date: s.mentions.dates.first?.date?.day ?? s.document.date, place: place, quantity: nil,
                attribution: nil, evidence: evidence, modality: nil, contexts: [], trigger: s.string(m),
                datePrecision: s.mentions.dates.first?.date.map { .of(first: $0.day, last: $0.lastDay) } ?? .document)
            return (event, v)
        }
        return nil
    }
}

extension EventRule {
    /// Names the step that drops the content of a reported demand in traces ("X said Y *must* agree":
    /// the agreeing has not happened). Applied by `EventCoder` after the demand is read, not in
    /// `ordered`.
    static let reportedDemandContent = EventRule(
        "reported-demand", "the clause a reported \"must\" governs is the demand's content, not an event"
    ) { _, _, _, _ in }
}
