import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension SentenceContext {
    /// The actors an argument names: the actor slot its head stands in, else an actor among the
    /// head's modifiers ("the president *of Armenia*", "a group *of Moroccan diplomats*",
    /// "*Qatar's* emir", "a staunch crony of Putin, *Ramzan Kadyrov*"), with coordinated heads added
    /// ("Hungary *and the European Union*") and a missing country read from the modifiers.
    func side(_ arg: Argument) -> Side? { resolve(arg.head, via: arg.via, depth: 0) }

    private func resolve(_ h: Int, via: String, depth: Int) -> Side? {
        guard range.contains(h), depth < 4 else { return nil }
        // "the aid workers, *whom* they had taken hostage": a relative pronoun stands for the noun
        // its clause describes.
        if word(h, .relative), tree.label(tree.head(h)) == .relcl {
            let noun = tree.head(tree.head(h))
            if noun != h, range.contains(noun) { return resolve(noun, via: via + " →relcl", depth: depth + 1) }
        }
        var side: Side?
        // "its", "their": the subject of the clause the possessive stands in ("X announced *its*
        // withdrawal"), unless the possessive is inside that subject.
        if word(h, .possessivePronoun), tree.label(h) == .poss, depth < 3 {
            for v in tree.ancestors(h) where tree.tag(v).isVerb {
                guard let subj = subject(of: v), !tree.subtree(subj.head).contains(h) else { break }
                return resolve(subj.head, via: via + " →\(string(h))=" + subj.via, depth: depth + 1)
            }
            return nil
        }
        if let k = slotIndex(at: h) {
            let s = slots[k]
            side = Side(actors: s.actors, tokens: s.tokens, head: h, via: via, kind: s.kind, fromPlace: s.fromPlace)
            // "*his* government", "*its* army": a role without a country of its own belongs to the
            // possessive's referent, the speaker or actor of an enclosing clause ("Kenya's prime
            // minister said *his* government was ready").
            if depth < 2, s.actors.contains(where: { $0.country == nil }),
                let p = tree.children(h).first(where: { tree.label($0) == .poss && word($0, .possessivePronoun) }),
                let owner = possessor(p, depth: depth), let c = owner.actors.compactMap(\.country).first
            {
                side?.actors = s.actors.map { a in
                    var a = a
                    if a.country == nil { a.country = c }
                    return a
                }
                side?.via += " (\(string(p)) = \(c.rawValue))"
            }
            // "Georgia's neighbour *Armenia*", "Russia's ally *Belarus*": a description before a
            // country in apposition names that country.
            if !s.fromPlace, let c = tree.children(h).first(where: { $0 > h && tree.label($0) == .appos }),
                let named = resolve(c, via: via + " →appos", depth: depth + 1), named.fromPlace,
                named.actors.contains(where: { $0.country?.isState ?? false })
            {
                side = named
            }
        } else {
            // "Taiwan's Vice Foreign Minister", "the United Nations Emergency Relief Coordinator": a
            // title whose possessor or modifier is the actor.
            if tree.tag(h).isNoun {
                for c in tree.children(h) where side == nil {
                    let l = tree.label(c)
                    guard l == .poss || l == .compound || l == .nmod, let k = slotIndex(at: c) else { continue }
                    let s = slots[k]
                    // (A company before a noun is not what the noun names: "*Twitter* users", "an
                    // *Uber* passenger"; "*Twitter's* board" is the company's.)
                    if l != .poss, s.actors.allSatisfy({ $0.country?.isMultinational ?? false }) { continue }
                    let span = tree.subtree(h)
                    side = Side(
                        actors: s.actors, tokens: min(span.lowerBound, s.tokens.lowerBound)..<h + 1, head: h,
                        via: via + " →" + l.description,
                        kind: tokens[h].shape.contains(.capitalized) ? .person : s.kind,
                        fromPlace: s.fromPlace)
                }
            }
            // "the *Russian* kidnapping of Ukrainians", "Israel's raid of …": an event noun whose doer
            // its modifiers name is that doer's act; the "of" object is who it befell.
            let doerNamed =
                tree.tag(h).isNoun && !lexicon.eventAutomaton.single(key(h)).isEmpty
                && tree.children(h).contains { c in
                    (tree.label(c) == .amod || tree.label(c) == .compound) && nationality(c) != nil
                        || tree.label(c) == .poss && slotIndex(at: c) != nil
                }
            for c in tree.children(h) where side == nil {
                switch tree.label(c) {
                case .appos:
                    side = resolve(c, via: via + " →appos", depth: depth + 1)
                case .prep where !doerNamed && (key(c) == Keys.of || key(c) == Keys.from || word(c, .exemplifying)):
                    // "a group of Moroccan diplomats", "a crony of President Putin", "countries like
                    // Latvia, Lithuania and Poland".
                    if let o = tree.firstChild(c, .pobj),
                        tree.tag(h).isNoun || tree.tag(h) == .CD || tree.tag(h) == .PRP
                    {
                        side = resolve(o, via: via + " →" + string(c), depth: depth + 1)
                    }
                default:
                    continue
                }
            }
        }
        guard var out = side else { return nil }
        // A role without a country takes the one its modifiers name.
        if out.actors.count == 1, out.actors[0].country == nil, let c = countryFromModifiers(h) {
            out.actors[0].country = c
        }
        // "ambassadors *from the U.K. and Norway*", "leaders *of France and Germany*", "troops from
        // Kenya and Uganda": a role whose country comes from coordinated states is one actor of
        // each.
        if out.actors.count == 1, let first = out.actors[0].country, first.isState, tree.tag(h).isNoun {
            out.actors += coordinatedOrigins(of: h, after: first).map { c in
                var a = out.actors[0]
                a.country = c
                return a
            }
        }
        // Coordination adds the other conjuncts' actors.
        for c in tree.children(h, .conj) where !out.tokens.contains(c) {
            guard let extra = resolve(c, via: via, depth: depth + 1) else { continue }
            for a in extra.actors where !out.actors.contains(a) { out.actors.append(a) }
            out.tokens =
                min(
                    out.tokens.lowerBound, extra.tokens.lowerBound)..<max(
                    out.tokens.upperBound, extra.tokens.upperBound)
        }
        // "*US, South Korea* conduct drills", "*Putin, Xi* meet": a headline's comma list that the
        // parser reads as two subjects of one verb names one compound actor.
        // (Both bare names of actors, not "China's *plan* …, Blinken warns" or "China's leader *to
        // meet Putin* …, Russian media says".)
        func bare(_ x: Int) -> Bool {
            guard let k = slotIndex(at: x) else { return false }
            return tree.subtree(x).count <= slots[k].tokens.count + 1
        }
        if depth == 0, tree.label(h) == .nsubj, tree.head(h) != h, bare(h) {
            for c in tree.children(tree.head(h))
            where c != h && tree.label(c) == .nsubj && !out.tokens.contains(c) && bare(c) {
                let (a, b) = c < h ? (tree.subtree(c), tree.subtree(h)) : (tree.subtree(h), tree.subtree(c))
                // (The verb right after the list: "China's plan is accelerating under Xi, *Blinken
                // warns*" has a subject of its own.)
                guard a.upperBound + 1 == b.lowerBound, key(a.upperBound) == Keys.comma, b.upperBound == tree.head(h),
                    let extra = resolve(c, via: via + " (listed)", depth: depth + 1), !extra.fromPlace || out.fromPlace
                else { continue }
                for x in extra.actors where !out.actors.contains(x) { out.actors.append(x) }
                out.tokens =
                    min(
                        out.tokens.lowerBound, extra.tokens.lowerBound)..<max(
                        out.tokens.upperBound, extra.tokens.upperBound)
            }
        }
        return out
    }

    /// The country a head's modifiers name: a possessor or a compound that is a country or an
    /// actor with one ("*Qatar's* emir", "*U.S.* officials"), a nationality adjective ("*Afghan*
    /// rebels"), or a place after "of", "from" or "in" ("police *in Moscow*", "people *from Russia*").
    func countryFromModifiers(_ h: Int) -> CountryCode? {
        for c in tree.children(h) {
            switch tree.label(c) {
            case .poss, .compound, .amod, .nmod:
                // (A multinational before a noun lends nothing: "an *Uber* passenger", "a *TikTok*
                // star" are not the company; "*Twitter's* board" is.)
                if let k = slotIndex(at: c), let country = slots[k].actors.first?.country,
                    !country.isMultinational || tree.label(c) == .poss
                {
                    return country
                }
                if let country = nationality(c) { return country }
                if let p = mentions.places.first(where: { $0.tokens.contains(c) }), let country = p.country {
                    return country
                }
                // "*Dutch* rider Mathieu van der Poel", "*Canadian* actor Ryan Grantham": the
                // nationality of a title before a name.
                // (In a Title Case headline the title is a proper noun too: "*Japanese* Filmmaker Toru
                // Kubota".)
                if tree.label(c) == .compound, tree.tag(h) == .NNP, tree.tag(c) == .NN || tree.tag(c) == .NNP,
                    let country = tree.children(c).lazy.filter({ [.amod, .compound].contains(self.tree.label($0)) })
                        .compactMap({ self.nationality($0) }).first
                {
                    return country
                }
                // "*China's* number three leader": the possessor of a modifier.
                if tree.label(c) == .nmod || tree.label(c) == .compound, let o = tree.firstChild(c, .poss) {
                    if let k = slotIndex(at: o), let country = slots[k].actors.first?.country { return country }
                    if let p = mentions.places.first(where: { $0.tokens.contains(o) }), let country = p.country {
                        return country
                    }
                }
            // "David DePape, *a Canadian*,": a nationality in apposition.
            case .appos:
                if let country = nationality(c) { return country }
            case .prep where key(c) == Keys.of || key(c) == Keys.from || key(c) == Keys.inKey:
                guard let o = tree.firstChild(c, .pobj) else { continue }
                let sub = tree.subtree(o)
                if let p = mentions.places.first(where: { sub.contains($0.tokens.lowerBound) }), let country = p.country
                {
                    return country
                }
                if let k = slotIndex(at: o), let country = slots[k].actors.first?.country { return country }
            default:
                continue
            }
        }
        return nil
    }

    /// The other states an "of"/"from" phrase on a role names by coordination, after the first one
    /// (`first`, the role's country): "ministers of Japan *and South Korea*".
    func coordinatedOrigins(of h: Int, after first: CountryCode) -> [CountryCode] {
        func origin(_ x: Int) -> Bool { tree.label(x) == .prep && (key(x) == Keys.of || key(x) == Keys.from) }
        // (Or the phrase right after the role that the parser hung on the verb, when the role's
        // country is the one it names: "summoned *ambassadors from the U.K.* and Norway".)
        guard
            let p = tree.children(h).first(where: origin)
                ?? (range.contains(h + 1) && origin(h + 1) && tree.head(h + 1) == tree.head(h) ? h + 1 : nil),
            let o = tree.firstChild(p, .pobj), stateOf(o) == first
        else { return [] }
        var out: [CountryCode] = []
        for c in tree.children(o, .conj) {
            guard let s = stateOf(c), s != first, !out.contains(s) else { return [] }
            out.append(s)
        }
        return out
    }

    /// The state a noun names as a country, its capital or a state's actor ("Norway", "Kyiv", "the
    /// Kremlin"), if any.
    private func stateOf(_ n: Int) -> CountryCode? {
        if let p = mentions.places.first(where: { $0.tokens.contains(n) && $0.placeKind == .country }),
            let c = p.country, c.isState
        {
            return c
        }
        if let k = slotIndex(at: n), slots[k].actors.count == 1, let c = slots[k].actors[0].country, c.isState,
            slots[k].kind != .person
        {
            return c
        }
        return nil
    }

    /// The country of a capitalised nationality adjective ("Afghan", "Russian").
    func nationality(_ i: Int) -> CountryCode? {
        guard tokens[i].shape.contains(.capitalized) else { return nil }
        // "Libby *German*", "Paul *English*": a surname after a first name is no nationality.
        if tree.tag(i) == .NNP, i > range.lowerBound, tree.tag(i - 1) == .NNP,
            tokens[i - 1].shape.contains(.capitalized),
            !lexicon.isSentenceInitial(tokens, i - 1, in: range), !isRoleWord(i - 1),
            lexicon.countryAdjective(key(i - 1)) == nil, !mentions.places.contains(where: { $0.tokens.contains(i - 1) })
        {
            return nil
        }
        return lexicon.countryAdjective(key(i))
    }

    /// The first actor inside a noun phrase, breadth-first through its nominal modifiers
    /// ("embargoes on sales *to Iran*", "the closure of borders *with Russia*", "*Hamas* positions"),
    /// never into a clause of its own.
    func firstActor(inPhrase h: Int, via: String, skipping: Side? = nil) -> Side? {
        var queue: [(Int, Int)] = [(h, 0)]
        var k = 0
        while k < queue.count {
            let (x, d) = queue[k]
            k += 1
            // (A company before a noun is not what the noun names: "*Twitter* users", "a *Snapchat*
            // challenge"; an armed group's positions are the group's.)
            if x != h, let s = resolve(x, via: via + " →" + tree.label(x).description, depth: 2),
                skipping.map({ !s.sameActors(as: $0) }) ?? true,
                tree.label(x) != .compound || !s.actors.allSatisfy({ $0.country?.isMultinational ?? false })
            {
                return s
            }
            // "over *Israeli* air raids": a nationality adjective in the phrase.
            // (A nationality read as a compound only right on an event noun: "the *Ugandan* kidnapping
            // of Kenyans", not "*American* Airlines".)
            if x != h,
                tree.label(x) == .amod
                    || tree.label(x) == .compound && d == 1 && !lexicon.eventAutomaton.single(key(h)).isEmpty,
                let c = nationality(x)
            {
                let a = CodedEvent.Actor(text: string(x), country: c, sector: nil)
                let s = Side(actors: [a], tokens: x..<(x + 1), head: x, via: via + " →" + tree.label(x).description)
                if skipping.map({ !s.sameActors(as: $0) }) ?? true { return s }
            }
            guard d < 3 else { continue }
            for c in tree.children(x) {
                switch tree.label(c) {
                case .relcl, .acl, .ccomp, .advcl, .xcomp, .punct, .cc, .det, .appos, .parataxis: continue
                default: queue.append((c, d + 1))
                }
            }
        }
        return nil
    }

    /// A place named as the object of a trigger ("shelled *Juba*", "the invasion of *South
    /// Lebanon*"), as a side whose actor is the people of that place.
    func placeSide(inPhrase h: Int, via: String) -> Side? {
        let sub = tree.subtree(h)
        guard let p = mentions.places.first(where: { sub.contains($0.tokens.lowerBound) }), let c = p.country else {
            return nil
        }
        let actor = CodedEvent.Actor(text: text.string(p.start..<p.end), country: c, sector: nil)
        return Side(actors: [actor], tokens: p.tokens, head: h, via: via + " (place)", fromPlace: true)
    }

    /// Whom a possessive pronoun inside a clause's subject refers to: the subject of the nearest
    /// enclosing clause that does not contain it ("Kenya's prime minister said [*his* government
    /// was ready …]").
    private func possessor(_ p: Int, depth: Int) -> Side? {
        // "his"/"her" is a person's, "their" a group's or several actors', "its" a body's.
        let person = key(p) == TokenKey.of("his") || key(p) == TokenKey.of("her")
        let group = key(p) == TokenKey.of("their")
        for v in tree.ancestors(p) where tree.tag(v).isVerb {
            guard let subj = subject(of: v) else { return nil }
            if tree.subtree(subj.head).contains(p) { continue }
            guard let side = resolve(subj.head, via: "", depth: depth + 1) else { return nil }
            let agrees =
                person
                ? side.kind == .person : group ? side.kind == .group || side.actors.count > 1 : side.kind != .person
            return agrees ? side : nil
        }
        return nil
    }
}

extension SentenceContext {
    /// "*David DePape*, a Canadian, entered the United States. *He* faces charges": a person the
    /// lexicon does not know, named in full as the subject of a main clause, for the next
    /// sentences' "he" and "she" (the slots the recogniser found are remembered as well), unless it
    /// is the surname of the person last named (`known`).
    func namedSubjectSlot(after known: ActorSlot?) -> ActorSlot? {
        for r in tree.roots where range.contains(r) && tree.tag(r).isVerb {
            guard let h = tree.firstChild(r, .nsubj) ?? tree.firstChild(r, .nsubjpass), let name = personName(h)
            else { continue }
            // "VP *Harris*" after "Kamala Harris": the person already known, with a country.
            if let last = known?.actors.first?.text?.split(separator: " ").last, last == string(h) { return nil }
            let a = CodedEvent.Actor(text: string(tokens: name), country: countryFromModifiers(h), sector: nil)
            return ActorSlot(tokens: name, actors: [a], kind: .person)
        }
        return nil
    }
}
