import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    /// The actor slots of a sentence, in text order: recognised actors, country and capital
    /// names not used as places, and pronouns or "the country" resolved to earlier actors;
    /// neighbours joined by commas and "and" become one compound slot.
    func slots(in sm: SentenceMentions, text: AnalyzedText, toks: UnsafeBufferPointer<Token>, discourse: Discourse)
        -> [ActorSlot]
    {
        var raw: [ActorSlot] = []
        for a in sm.actors {
            let actor = CodedEvent.Actor(
                text: text.string(a.start..<a.end), country: a.country, sector: a.sector, name: a.name)
            raw.append(ActorSlot(tokens: a.tokens, actors: [actor], kind: a.actorKind))
        }
        for p in sm.places where p.placeKind == .country || p.isCapital {
            // Only whole-token places ("Russia-Ukraine war" names no actor).
            guard toks[p.tokens.lowerBound].start == p.start, toks[p.tokens.upperBound - 1].end == p.end else {
                continue
            }
            if raw.contains(where: { $0.tokens.overlaps(p.tokens) }) { continue }
            let actor = CodedEvent.Actor(text: text.string(p.start..<p.end), country: p.country, sector: nil)
            raw.append(ActorSlot(tokens: p.tokens, actors: [actor], kind: .government, fromPlace: true))
        }
        raw += adjectiveActors(sm, text, toks, taken: raw)
        raw.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // "*Ukraine* war: Kyiv warns Iran", "*Canada* stabbings: …": a country in a headline's topic
        // label names the story's subject, not who acts.
        if let label = topicLabel(sm.sentence.tokens, toks) {
            raw.removeAll { $0.fromPlace && label.contains($0.tokens.lowerBound) }
        }
        raw = raw.map { coordinatedNationalities($0, sm, text, toks) }
        // "*British* and French troops": a nationality the list took in is no actor of its own.
        let lists = raw.filter { $0.actors.count > 1 }
        raw.removeAll { r in
            r.actors.count == 1
                && lists.contains {
                    $0.tokens.lowerBound <= r.tokens.lowerBound && r.tokens.upperBound <= $0.tokens.upperBound
                }
        }
        // "Bosnian Serbs", "Iraqi Kurds": a people named by its nation, after a country adjective,
        // are that country's (where they live and hold citizenship).
        for j in raw.indices where raw[j].actors.count == 1 && raw[j].kind == .group && !raw[j].fromPlace {
            let i = raw[j].tokens.lowerBound
            guard i > sm.sentence.tokens.lowerBound, toks[i].shape.contains(.capitalized),
                toks[i - 1].shape.contains(.capitalized),
                !raw.contains(where: { $0.tokens.contains(i - 1) }),
                let c = lexicon.countryAdjective(toks[i - 1].key),
                let own = raw[j].actors[0].country, own != c
            else { continue }
            raw[j].actors[0].country = c
            raw[j].actors[0].text = text.string(tokens: (i - 1)..<raw[j].tokens.upperBound)
            raw[j].tokens = (i - 1)..<raw[j].tokens.upperBound
        }
        // "Security forces in Guinea", "police in Moscow": a domestic actor without a country
        // takes the place right after it.
        for j in raw.indices where raw[j].actors.count == 1 && raw[j].actors[0].country == nil {
            let after = raw[j].tokens.upperBound
            guard after + 1 < sm.sentence.tokens.upperBound else { continue }
            let k = toks[after].key
            guard k == Words.inKey || k == Words.of || k == Words.from else { continue }
            if let p = sm.places.first(where: {
                $0.tokens.lowerBound == after + 1
                    || $0.tokens.lowerBound == after + 2 && lexicon.grammar.contains(.article, toks[after + 1].key)
            }) {
                raw[j].actors[0].country = p.country
            }
        }

        // Pronouns and "the country", resolved against what came before (including this sentence).
        let g = lexicon.grammar
        var local = discourse
        var out: [ActorSlot] = []
        var next = 0
        var i = sm.sentence.tokens.lowerBound
        let end = sm.sentence.tokens.upperBound
        while i < end {
            if next < raw.count, raw[next].tokens.lowerBound == i {
                // "Biden Bets on Face Time ⏎ *The president* traveled to Cambodia": a definite
                // government role with no country is the government person named before it.
                if raw[next].kind == .person, raw[next].actors.count == 1, raw[next].actors[0].country == nil,
                    raw[next].actors[0].sector == .government, toks[i].key == Words.the,
                    let p = local.lastPerson, p.actors.count == 1, p.actors[0].sector == .government,
                    let c = p.actors[0].country, c.isState
                {
                    raw[next].actors[0].country = c
                }
                local.remember(raw[next])
                out.append(raw[next])
                i = raw[next].tokens.upperBound
                next += 1
                continue
            }
            let k = toks[i].key
            var resolved: ActorSlot?
            var width = 1
            if g.contains(.personPronoun, k) {
                resolved = reportedSpeaker(before: i, in: sm.sentence.tokens, out, toks) ?? local.lastPerson
                // Not a person the same sentence names again after the pronoun (then it is someone else).
                if let r = resolved, raw.contains(where: { $0.tokens.lowerBound > i && $0.sameNames(as: r) }) {
                    resolved = local.previousPerson ?? r
                }
            } else if g.contains(.groupPronoun, k) {
                resolved = local.lastGroup
                // "the aid workers, whom *they* had taken hostage": a pronoun inside a relative clause
                // is not the noun the clause describes.
                if i > sm.sentence.tokens.lowerBound, g.contains(.relative, toks[i - 1].key),
                    let last = local.lastGroup, last.tokens.upperBound >= i - 3, last.tokens.upperBound < i
                {
                    resolved = local.previousGroup
                }
                // "Police arrest a boy as *they* probe the murder": with no group before it in the
                // sentence, "they" is an organisation the same sentence names (the police, a company;
                // not a country, which a list of several makes a group only later).
                if resolved.map({ $0.tokens.lowerBound < sm.sentence.tokens.lowerBound }) ?? true,
                    let o = out.last(where: { !$0.fromPlace && $0.kind != .person && $0.kind != .group })
                {
                    resolved = o
                }
            } else if g.contains(.thingPronoun, k) {
                resolved = local.lastOrganization
            } else if k == Words.the, i + 1 < end, g.contains(.countryAnaphor, toks[i + 1].key),
                let c = local.lastCountry
            {
                resolved = ActorSlot(tokens: i..<(i + 2), actors: [c], kind: .government, fromPlace: true)
                width = 2
            }
            if var r = resolved {
                // The actor keeps its antecedent's words ("he" → "Kazakh President Tokayev").
                r.tokens = i..<(i + width)
                r.preposition = nil
                out.append(r)
            }
            i += width
        }
        // Governing prepositions.
        for j in out.indices {
            var p = out[j].tokens.lowerBound - 1
            while p >= sm.sentence.tokens.lowerBound, lexicon.grammar.contains(.article, toks[p].key) { p -= 1 }
            if p >= sm.sentence.tokens.lowerBound, lexicon.grammar.contains(.preposition, toks[p].key) {
                // "dozens of women", "thousands of people": the "of" belongs to the number.
                let inQuantity = sm.quantities.contains { $0.tokens.contains(p) || $0.tokens.upperBound == p }
                if !(toks[p].key == Words.of && inQuantity) { out[j].preposition = toks[p].key }
            }
        }
        return compounds(out, toks)
    }

    /// "A Ukrainian fighter tells the BBC *he* was held by Russia", "Smith said *she* …": a person
    /// pronoun right after a verb of saying (and its hearer, and "that") is its speaker, the last
    /// actor before that verb in the sentence, when one person or one individual stands there.
    func reportedSpeaker(
        before i: Int, in sentence: Range<Int>, _ earlier: [ActorSlot], _ toks: UnsafeBufferPointer<Token>
    ) -> ActorSlot? {
        let g = lexicon.grammar
        // Back over "that", the hearer and a time ("tells *CNN anchor Anderson Cooper*", "told *the
        // BBC on Monday that*"): up to five words, no punctuation, no other pronoun.
        var r = i - 1
        while r >= sentence.lowerBound, r >= i - 6, !g.contains(.reporting, toks[r].key) {
            guard !toks[r].shape.contains(.punctuation), !g.contains(.personPronoun, toks[r].key) else { return nil }
            r -= 1
        }
        guard r >= sentence.lowerBound, g.contains(.reporting, toks[r].key),
            let speaker = earlier.last(where: { $0.tokens.upperBound <= r }),
            !speaker.fromPlace, speaker.actors.count == 1, speaker.kind == .person || speaker.kind == nil
        else { return nil }
        return speaker
    }

    /// The tokens of a topic label opening a line: up to four words then a colon ("Ukraine war:",
    /// "Iran protests:", "Canada stabbings:").
    func topicLabel(_ r: Range<Int>, _ toks: UnsafeBufferPointer<Token>) -> Range<Int>? {
        var start = r.lowerBound
        // The label may open a line inside the sentence (a headline glued to its summary).
        if !(start == 0 || !toks[start].shape.isDisjoint(with: [.lineStart, .paragraphStart])) {
            guard let l = r.first(where: { !toks[$0].shape.isDisjoint(with: [.lineStart, .paragraphStart]) }) else {
                return nil
            }
            start = l
        }
        var j = start
        while j < r.upperBound, j < start + 5 {
            if toks[j].key == Words.colon { return j > start ? start..<j : nil }
            if !toks[j].shape.contains(.word) { return nil }
            j += 1
        }
        return nil
    }

    /// "Israeli tanks", "Russian aircraft": a nationality adjective before a plural noun the
    /// lexicon has no role for still names an actor of that country.
    private func adjectiveActors(
        _ sm: SentenceMentions, _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, taken: [ActorSlot]
    ) -> [ActorSlot] {
        var out: [ActorSlot] = []
        let r = sm.sentence.tokens
        // In a Title Case headline the noun is capitalised too ("Ukrainian Cities").
        let titleCase = sm.titleCase
        for i in r where i + 1 < r.upperBound && toks[i].shape.contains(.capitalized) {
            guard !taken.contains(where: { $0.tokens.contains(i) || $0.tokens.contains(i + 1) }),
                !sm.places.contains(where: { $0.tokens.contains(i) })
            else { continue }
            guard let country = lexicon.countryAdjective(toks[i].key) else { continue }
            // "*An Australian* was arrested", "David DePape, *a Canadian*,": a nationality as a noun
            // after "a"/"an", before a verb form or punctuation, is one person of that country.
            if i > r.lowerBound, lexicon.grammar.contains(.article, toks[i - 1].key), toks[i - 1].key != Words.the,
                !toks[i + 1].shape.contains(.word) || lexicon.grammar.contains(.auxiliary, toks[i + 1].key)
            {
                let actor = CodedEvent.Actor(
                    text: text.string(tokens: i..<(i + 1)), country: country, sector: .civilians)
                out.append(ActorSlot(tokens: i..<(i + 1), actors: [actor], kind: .person))
                continue
            }
            // Up to two lower-case words ending in a plural noun.
            var j = i + 1
            var end = -1
            while j < r.upperBound, j <= i + 2 {
                let t = toks[j]
                guard t.shape.contains(.word),
                    !t.shape.contains(.capitalized) || titleCase && lexicon.commonWords.contains(t.key),
                    !lexicon.grammar.contains(.preposition, t.key),
                    !lexicon.grammar.contains(.article, t.key), !lexicon.grammar.contains(.reporting, t.key),
                    !lexicon.grammar.contains(.auxiliary, t.key)
                else { break }
                // An event word is not part of the actor: "Palestinian riots".
                if !lexicon.eventAutomaton.single(t.key).isEmpty { break }
                if text.bytes[t.end - 1] | 0x20 == UInt8(ascii: "s") || Self.collectives.contains(t.key) { end = j }
                j += 1
            }
            guard end > i, !sm.quantities.contains(where: { $0.tokens.contains(end) }),
                !sm.dates.contains(where: { $0.tokens.contains(end) })
            else { continue }
            let actor = CodedEvent.Actor(text: text.string(tokens: i..<(end + 1)), country: country, sector: nil)
            out.append(ActorSlot(tokens: i..<(end + 1), actors: [actor], kind: .group))
        }
        return out
    }

    /// "Hungarian and Romanian officials", "Sierra Leonean and Liberian refugees": nationalities
    /// coordinated before one noun make one actor per country.
    private func coordinatedNationalities(
        _ slot: ActorSlot, _ sm: SentenceMentions, _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>
    ) -> ActorSlot {
        guard slot.actors.count == 1, let base = slot.actors.first, base.country != nil, !slot.fromPlace else {
            return slot
        }
        var out = slot
        var i = slot.tokens.lowerBound - 1
        let start = sm.sentence.tokens.lowerBound
        // A list ends in "and" right before the noun's nationality: "A, B and C officials"; or, in a
        // headline, commas alone join nationality adjectives ("summons British, Norwegian
        // ambassadors").
        guard i - 1 >= start,
            toks[i].key == Words.and
                || toks[i].key == Words.comma && lexicon.countryAdjective(toks[i - 1].key) != nil
                    && lexicon.countryAdjective(toks[slot.tokens.lowerBound].key) != nil
        else { return slot }
        while i - 1 >= start,
            toks[i].key == Words.and
                || toks[i].key == Words.comma
                    && (out.actors.count > 1 || lexicon.countryAdjective(toks[i - 1].key) != nil)
        {
            // The nationality before the joiner: one adjective token, or a country name ("U.S.").
            var j = i - 1
            var country: CountryCode?
            for p in lexicon.automaton.single(toks[j].key) where lexicon.accepts(p, toks, j, j + 1) {
                switch p.target {
                case .countryAdjective(let c), .countryName(let c): country = lexicon.data.countries[c].code
                default: continue
                }
                break
            }
            if country == nil,
                let place = sm.places.first(where: { $0.tokens.upperBound == i && $0.placeKind == .country })
            {
                country = place.country
                j = place.tokens.lowerBound
            }
            guard let c = country, c != base.country else { break }
            var extra = base
            extra.country = c
            extra.text = text.string(tokens: j..<slot.tokens.upperBound)
            out.actors.insert(extra, at: 0)
            out.tokens = j..<out.tokens.upperBound
            i = j - 1
        }
        return out
    }

    /// Collective nouns without a plural -s.
    private static let collectives = Words.keys([
        "aircraft", "artillery", "navy", "infantry", "personnel", "warplanes", "police", "leadership", "delegation",
    ])

    /// Joins lists of slots ("Latvia, Lithuania, Poland and Estonia") into compound slots. A run
    /// joined only by commas is an apposition ("President Putin, Ramzan Kadyrov"), not a list: a
    /// list needs an "and".
    private func compounds(_ slots: [ActorSlot], _ toks: UnsafeBufferPointer<Token>) -> [ActorSlot] {
        var out: [ActorSlot] = []
        var i = 0
        while i < slots.count {
            var j = i
            var sawAnd = false
            while j + 1 < slots.count, slots[j + 1].fromPlace == slots[i].fromPlace {
                let gap = slots[j].tokens.upperBound..<slots[j + 1].tokens.lowerBound
                guard !gap.isEmpty, gap.count <= 2,
                    gap.allSatisfy({ toks[$0].key == Words.comma || toks[$0].key == Words.and })
                else { break }
                if gap.contains(where: { toks[$0].key == Words.and }) { sawAnd = true }
                j += 1
            }
            if j > i && sawAnd {
                var merged = slots[i]
                for s in slots[(i + 1)...j] { merged.actors += s.actors }
                merged.tokens = slots[i].tokens.lowerBound..<slots[j].tokens.upperBound
                out.append(merged)
                i = j + 1
            } else {
                out.append(slots[i])
                i += 1
            }
        }
        return out
    }
}
