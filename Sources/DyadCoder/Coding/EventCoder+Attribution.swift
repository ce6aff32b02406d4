import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    private static let according = TokenKey.of("according")

    /// Who the sentence says reported it: `X said`, `said X`, `, reported X.`, `according to X`,
    /// `X reported that`. A sentence-final reporter ("…, reported EuroWeekly News.") covers the
    /// whole sentence; otherwise the first reporter covers what it introduces.
    func attribution(_ st: inout SentenceState) -> Attribution? {
        var found: [Attribution] = []
        let r = st.range
        var i = r.lowerBound
        while i < r.upperBound {
            let k = st.key(i)
            // "United States" is no "states": reporting verbs are lower-case words outside names.
            if st.tokens[i].shape.contains(.capitalized) && i != r.lowerBound
                || st.slots.contains(where: { $0.tokens.contains(i) })
            {
                i += 1
                continue
            }
            let weak = Words.weakReporting.contains(k)
            guard Words.reporting.contains(k) || weak && isReportingUse(i, st) else {
                i += 1
                continue
            }
            if k == Self.according {
                if i + 1 < r.upperBound, st.key(i + 1) == Words.to, let a = speaker(after: i + 2, st) {
                    found.append(
                        Attribution(
                            speaker: a.text, slot: a.slot, span: i..<a.end,
                            reported: r.lowerBound..<r.upperBound))
                }
                i += 1
                continue
            }
            // "said the head of …", ", reported EuroWeekly News."
            if let a = speaker(after: i + 1, st) {
                let quoted = (r.lowerBound..<i).contains { st.tokens[$0].shape.contains(.closeQuote) }
                found.append(
                    Attribution(
                        speaker: a.text, slot: a.slot, span: i..<a.end, reported: r.lowerBound..<i, isQuote: quoted))
            } else if let s = st.slots.last(where: { $0.tokens.upperBound <= i && $0.tokens.upperBound >= i - 4 }),
                s.preposition == nil,
                (s.tokens.upperBound..<i).allSatisfy({
                    !Words.clauseBreaks.contains(st.key($0)) && st.key($0) != Words.comma
                })
            {
                // "X said", "X had previously stated that": the reported part follows.
                var start = i + 1
                if start < r.upperBound, st.key(start) == Words.that { start += 1 }
                let text = s.actors.map { $0.text ?? "" }.joined(separator: ", ")
                // "…, Russian officials said." frames what came before it.
                let rest = (i + 1)..<r.upperBound
                let atEnd = rest.allSatisfy { isTrailing($0, st) }
                let reported = atEnd ? r.lowerBound..<s.tokens.lowerBound : start..<r.upperBound
                let quoted =
                    atEnd && (r.lowerBound..<s.tokens.lowerBound).contains { st.tokens[$0].shape.contains(.closeQuote) }
                found.append(
                    Attribution(
                        speaker: text, slot: s, span: s.tokens.lowerBound..<(i + 1), reported: reported, isQuote: quoted
                    ))
            }
            i += 1
        }
        // A reporter at the very end of the sentence frames everything before it.
        if let last = found.last, last.reported.upperBound == last.span.lowerBound,
            (last.span.upperBound..<r.upperBound).allSatisfy({ isTrailing($0, st) })
        {
            var whole = last
            whole.reported = r.lowerBound..<last.span.lowerBound
            return whole
        }
        return found.first
    }

    private static let must = Words.keys(["must", "should"])

    /// "Russia said Sudan must return the helicopter", "issued a reminder to Iraq that it must
    /// cooperate", "insisted that the government must …": a main-clause actor saying another actor
    /// must act makes a demand (PLOVER REQUEST) from the one to the other.
    func reportedDemand(_ st: SentenceState) -> CodedEvent? {
        guard let m = st.range.first(where: { Self.must.contains(st.key($0)) }),
            let addressee = subject(before: m, st)
        else { return nil }
        // The "that" opening the demanded clause, and the speaker of the main clause before it.
        var t = addressee.tokens.lowerBound - 1
        while t > st.range.lowerBound, st.key(t) != Words.that, addressee.tokens.lowerBound - t < 4 { t -= 1 }
        guard st.key(t) == Words.that else { return nil }
        let speakerSlot: ActorSlot?
        if let a = st.attribution, let s = a.slot, a.span.upperBound <= t + 1 {
            speakerSlot = s
        } else {
            speakerSlot = st.slots.last { $0.tokens.upperBound <= t && $0.preposition == nil }
        }
        guard let speaker = speakerSlot, speaker.tokens != addressee.tokens,
            speaker.actors.map(\.country) != addressee.actors.map(\.country) || speaker.fromPlace != addressee.fromPlace
        else { return nil }
        let span = min(speaker.tokens.lowerBound, addressee.tokens.lowerBound)..<max(m + 1, speaker.tokens.upperBound)
        let text = st.text
        let evidence = CodedEvent.Evidence(
            sentence: st.mentions.sentence.index,
            start: text.characterOffset(ofByte: text.tokens[span.lowerBound].start),
            end: text.characterOffset(ofByte: text.tokens[span.upperBound - 1].end), text: text.string(tokens: span))
        var sources = speaker.actors
        if speaker.fromPlace {
            sources = sources.map {
                var x = $0; x.sector = x.sector ?? .government; return x
            }
        }
        let place = sources.first?.country.flatMap { countryPlace($0) }
        return CodedEvent(
            document: st.document.id, type: .request, mode: nil, source: sources, target: addressee.actors,
            date: st.mentions.dates.first?.date?.day ?? st.document.date, place: place, quantity: nil,
            attribution: st.attribution?.speaker, evidence: evidence, modality: nil, contexts: [],
            trigger: text.string(m..<(m + 1)))
    }

    /// Punctuation or a date after a reporter ("…, officials said on Monday.").
    private func isTrailing(_ i: Int, _ st: SentenceState) -> Bool {
        !st.tokens[i].shape.contains(.word) || st.mentions.dates.contains { $0.tokens.contains(i) }
    }

    /// Whether a verb like "announced" reports here: a "that" or a quote follows, or a comma or
    /// closing quote precedes.
    private func isReportingUse(_ i: Int, _ st: SentenceState) -> Bool {
        if i + 1 < st.range.upperBound, st.key(i + 1) == Words.that || st.tokens[i + 1].shape.contains(.openQuote) {
            return true
        }
        if i - 1 >= st.range.lowerBound, st.key(i - 1) == Words.comma || st.tokens[i - 1].shape.contains(.closeQuote) {
            return true
        }
        return false
    }

    /// The speaker right after a reporting verb: an actor slot, or a run of capitalised words.
    private func speaker(after start: Int, _ st: SentenceState) -> (text: String, slot: ActorSlot?, end: Int)? {
        let r = st.range
        guard start < r.upperBound else { return nil }
        var j = start
        if Words.articles.contains(st.key(j)) { j += 1 }
        if let s = st.slots.first(where: { $0.tokens.lowerBound == start || $0.tokens.lowerBound == j }) {
            let text = s.actors.map { $0.text ?? "" }.joined(separator: ", ")
            return (text, s, s.tokens.upperBound)
        }
        // An unknown source name: "reported EuroWeekly News" (not "said Thursday").
        if st.mentions.dates.contains(where: { $0.tokens.contains(start) }) { return nil }
        var e = start
        while e < r.upperBound, st.tokens[e].shape.contains(.capitalized) || st.tokens[e].shape.contains(.allCaps),
            st.tokens[e].shape.contains(.word)
        {
            e += 1
        }
        guard e > start else { return nil }
        return (st.text.string(tokens: start..<e), nil, e)
    }
}
