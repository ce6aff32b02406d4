import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventCoder {
    /// "Japan *says* Russia blindfolded its consul", "Zelensky *warns* Russia plans to blow up a
    /// dam": the state an attack, coercion or threat befalls telling that another state's actor did
    /// it accuses that actor (PLOVER ACCUSE, allege), besides the act it reports. Not when the
    /// speaker is a bystander reporting it ("the Thai military said Vietnamese forces shelled
    /// Kampuchean camps"), nor of one country with the actor ("police said the man stabbed…"), nor
    /// the press. The victim is one the text names, or the other party of the war of the day
    /// (conflicts.tsv), not one a story of several states implies (fire against camps near the Thai
    /// border, "Thai military sources said": no victim of Thailand's named). Any state naming who
    /// is responsible accuses them ("Germany said Russia *was behind* the attack").
    func reportedAllegation(_ d: EventDraft, _ e: CodedEvent, _ s: SentenceContext) -> CodedEvent? {
        guard [.assault, .coerce, .threaten].contains(e.type), let speaker = d.speaker, let span = d.speakerSpan,
            !speaker.actors.isEmpty, !e.source.isEmpty
        else { return nil }
        let said = Set(speaker.actors.compactMap(\.country))
        let accused = Set(e.source.compactMap(\.country))
        guard !said.isEmpty, said.allSatisfy(\.isState), !accused.isEmpty, accused.allSatisfy(\.isState),
            said.isDisjoint(with: accused), !speaker.actors.contains(where: { $0.sector == .journalists }),
            !e.source.contains(where: \.implied)
        else { return nil }
        // "Germany said Russia *was behind* the attack": a state naming who is responsible accuses
        // them, whoever the victim (grammar.tsv responsibility on the actor's verb).
        let blamed =
            d.source?.head.map { h in
                let g = s.tree.head(h)
                return g != h && s.tree.children(g).contains { s.word($0, .responsibility) }
            } ?? false
        guard
            blamed
                || d.target.map({ victims in
                    !said.isDisjoint(
                        with: victims.actors.filter { !$0.implied || s.storyWar != nil }.compactMap(\.country))
                }) ?? false
        else { return nil }
        let sources = speaker.actingActors
        let lo = max(min(span.lowerBound, d.trigger.lowerBound), s.range.lowerBound)
        let hi = min(max(span.upperBound, d.trigger.upperBound), s.range.upperBound)
        let text = s.text
        let evidence = CodedEvent.Evidence(
            sentence: s.mentions.sentence.index,
            start: text.characterOffset(ofByte: text.tokens[lo].start),
            end: text.characterOffset(ofByte: text.tokens[hi - 1].end),
            text: text.string(tokens: lo..<hi))
        return CodedEvent(
            document: s.document.id, type: .accuse, mode: "allege", source: sources, target: e.source, date: e.date,
            place: e.place, quantity: nil, attribution: nil, evidence: evidence, modality: nil, contexts: [],
            trigger: s.string(span.upperBound - 1), datePrecision: e.datePrecision)
    }

    /// "A man has *pleaded guilty* to fraud charges": a guilty plea answers charges, so besides the
    /// plea (CONCEDE) the court case is told: the charges a court of the place brings against the one
    /// who pleads (PLOVER ACCUSE, allege; the court implied, as for "a man was charged").
    func pleadedCharge(_ d: EventDraft, _ e: CodedEvent, _ s: SentenceContext) -> CodedEvent? {
        guard e.type == .concede, d.pattern.context == "legal", !e.source.isEmpty,
            d.trigger.contains(where: { s.word($0, .culpable) }),
            !e.source.contains(where: { $0.implied })
        else { return nil }
        return Self.courtCharge(against: e)
    }

    /// "The nurse *allegedly* murdered the baby, the jury heard", "he was *allegedly* raped by X … the
    /// trial": violence a story of a court case tells as alleged is the prosecution's charge, so
    /// besides the violence the charge is told: ACCUSE (allege) by the court of the place (implied)
    /// against the one who allegedly did it. Not in a story with no court case ("a man *allegedly*
    /// stabbed his neighbour and was arrested": the arrest is the news), nor with no named doer.
    func courtCharge(_ d: EventDraft, _ e: CodedEvent, _ s: SentenceContext) -> CodedEvent? {
        guard e.type == .assault, !e.source.isEmpty, !e.source.contains(where: { $0.implied || $0.text == nil })
        else { return nil }
        let heads = [d.predicate.head] + (d.lightVerb.map { [$0] } ?? [])
        let alleged =
            heads.contains { h in s.tree.children(h).contains { s.word($0, .allegedly) } }
            || (d.trigger.lowerBound > s.range.lowerBound && s.word(d.trigger.lowerBound - 1, .allegedly))
        guard alleged, s.tokens.indices.contains(where: { s.word($0, .trial) }) else { return nil }
        return Self.courtCharge(against: e)
    }

    /// The charges the court of an event's place (implied) brings against its actor: ACCUSE allege,
    /// told beside the event.
    static func courtCharge(against e: CodedEvent) -> CodedEvent {
        let country = e.place?.country ?? e.source.compactMap(\.country).first
        let court = CodedEvent.Actor(text: nil, country: country, sector: .judiciary, implied: true)
        var charge = e
        charge.type = .accuse
        charge.mode = "allege"
        charge.source = [court]
        charge.target = e.source
        charge.quantity = nil
        charge.cameo = nil
        return charge
    }
}
