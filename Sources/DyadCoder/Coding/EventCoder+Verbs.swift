import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventCoder {
    /// Tokens that may start a `verbs.tsv` pattern: a verb form with what one of its patterns needs
    /// later in the sentence, outside actor names and multi-word curated triggers. A one-word
    /// curated trigger stays a candidate: a curated pattern with an object may outrank it
    /// ("dispatched *doctors*" is aid, "dispatched" alone a deployment).
    func verbCandidates(
        in sm: SentenceMentions, slots: [ActorSlot], taken: [TriggerMatch], toks: UnsafeBufferPointer<Token>
    ) -> [Int] {
        let r = sm.sentence.tokens
        var out: [Int] = []
        for i in r where lexicon.verbs.mayMatch(toks, at: i, in: r) {
            // Inside a multi-word curated trigger, only a verb with a particle pattern that starts it
            // ("*called out* for troops" against the curated "called out").
            if taken.contains(where: { $0.tokens.contains(i) && $0.tokens.count > 1 }) {
                let phrasal = lexicon.verbs.patterns(toks[i].key).contains {
                    !lexicon.data.verbs[Int($0)].particles.isEmpty
                }
                guard phrasal, taken.contains(where: { $0.tokens.lowerBound == i }) else { continue }
            }
            if slots.contains(where: { $0.tokens.contains(i) }) { continue }
            out.append(i)
        }
        return out
    }

    /// The verb patterns that hold on the tree: for each candidate tagged as a verb, the most
    /// specific row whose subject, object, preposition and particle are there.
    /// A verb whose object or preposition's object is a curated trigger ("staged a *hunger strike*",
    /// "imposed *restrictions*") is left to that trigger, which names the event more precisely,
    /// unless a curated pattern names that object itself ("dropped their *demand*").
    func verbTriggers(_ candidates: [Int], _ s: SentenceContext, curated: [TriggerMatch]) -> [TriggerMatch] {
        var out: [TriggerMatch] = []
        let patterns = lexicon.data.verbs
        func isCurated(_ k: Int) -> Bool { curated.contains { $0.tokens.contains(k) } }
        // A headline verb in -s the tagger reads as a plural noun ("Russia … *recruits* convicted
        // felons") still governs a direct object, which no noun does.
        for i in candidates where s.tree.tag(i).isVerb || s.tree.firstChild(i, .dobj) != nil {
            let governed = s.tree.children(i).flatMap { c -> [Int] in
                switch s.tree.label(c) {
                case .dobj, .nsubjpass, .attr: return [c]
                case .prep, .dative: return s.tree.children(c).filter { s.tree.label($0) == .pobj }
                default: return []
                }
            }
            let governsTrigger = governed.contains(where: isCurated)
            let isTrigger = isCurated(i)
            let phrasal = curated.contains { $0.tokens.lowerBound == i && $0.tokens.count > 1 }
            for k in lexicon.verbs.patterns(s.key(i)) {
                let p = patterns[Int(k)]
                // Only a curated row that names its object, preposition or particle outranks a curated trigger.
                // (An actor kind names no words: it outranks a one-word verb trigger only, "*dismissed*
                // her chancellor", never a phrase, "*called out* Biden", nor a noun's sense, "*blasts*"
                // as explosions, which the sense rules read.)
                let outranks =
                    p.event.cameo == nil
                    && (!p.object.isEmpty || p.preposition != nil || !p.particles.isEmpty
                        || p.objectKind != nil
                            && !curated.contains {
                                $0.tokens.contains(i) && ($0.tokens.count > 1 || $0.pattern.kind == .noun)
                            })
                if (governsTrigger || isTrigger) && !outranks { continue }
                // A phrasal verb is another verb ("*kicked out* of the summit", "*flown back* from
                // Iraq"): a row without particles does not read it, whether the parser marks the
                // particle or a curated phrase starts with the verb.
                if p.particles.isEmpty, phrasal || s.tree.children(i).contains(where: { s.tree.label($0) == .prt }) {
                    continue
                }
                guard let end = s.particlesEnd(p, at: i), s.holds(p, at: i) else { continue }
                out.append(TriggerMatch(tokens: i..<end, pattern: p.event, verb: Int(k)))
                break
            }
        }
        return out
    }
}

extension SentenceContext {
    /// Where a multi-word verb ends: its particles right after it, or as its `prt` children (or a
    /// preposition after its object, how the parser often reads a particle there).
    func particlesEnd(_ p: VerbPattern, at i: Int) -> Int? {
        guard !p.particles.isEmpty else { return i + 1 }
        var end = i + 1
        for part in p.particles {
            if end < range.upperBound, key(end) == part {
                end += 1
            } else if tree.children(i).contains(where: { c in
                // A particle after the object may be parsed as a preposition ("forced the agency *out* of").
                key(c) == part
                    && (tree.label(c) == .prt || tree.label(c) == .prep && c > (tree.firstChild(i, .dobj) ?? Int.max))
            }) {
                continue
            } else {
                return nil
            }
        }
        return end
    }

    /// The noun a relative clause or a past participle with no object of its own describes, which is
    /// then its object: "the drones *Iran has supplied* to Russia" (a subject that is no relative
    /// pronoun: "drones *that struck* Kyiv" did the striking), "the launchers *delivered* to Kyiv".
    func describedObject(of i: Int) -> Int? {
        let h = tree.head(i)
        guard h != i, tree.tag(h).isNoun else { return nil }
        switch tree.label(i) {
        case .relcl:
            guard let subj = tree.firstChild(i, .nsubj), ![.WDT, .WP].contains(tree.tag(subj)) else { return nil }
            return h
        case .acl:
            return tree.tag(i) == .VBN ? h : nil
        default:
            return nil
        }
    }

    /// Whether the verb at `i` has what the pattern requires: a subject head, a direct object (or
    /// an object predicate) ending in the pattern's words, a preposition with an object among its
    /// words.
    func holds(_ p: VerbPattern, at i: Int) -> Bool {
        if !p.subject.isEmpty {
            // Who acts: a passive's by-agent ("suspects nabbed *by police*"), else the subject.
            let passive = tree.firstChild(i, .agent) != nil || tree.firstChild(i, .nsubjpass) != nil
            guard let s = passive ? agent(of: i) : subject(of: i) ?? passiveSubject(of: i),
                p.subject.contains(key(s.head))
            else { return false }
        }
        if !p.object.isEmpty {
            // The direct object, a passive's subject, or an object predicate ("called Albanese *a liar*",
            // which the parser may hang on the object as an apposition).
            // A relative clause with a subject of its own ("the weapons *the US is providing*") or a
            // participle ("the launchers *delivered* to Kyiv") has no object of its own: its object is
            // the noun it describes.
            // A gerund complement is the object too ("denied *murdering* her").
            let object =
                tree.firstChild(i, .dobj) ?? tree.firstChild(i, .nsubjpass) ?? describedObject(of: i)
                ?? tree.children(i).first { tree.label($0) == .xcomp && tree.tag($0) == .VBG }
            // "money and *weapons*": a coordinated object is one of the objects.
            let conjuncts = object.map { tree.children($0).filter { tree.label($0) == .conj } } ?? []
            let candidates =
                [object, tree.firstChild(i, .oprd), object.flatMap { tree.firstChild($0, .appos) }] + conjuncts
            let ok = candidates.compactMap { $0 }.contains { first in
                var o = first
                // "moved *thousands of* additional troops": through a count or a partitive to its noun.
                if tree.tag(o) == .CD || word(o, .partitive),
                    let of = tree.children(o).first(where: { tree.label($0) == .prep && key($0) == Keys.of }),
                    let n = tree.firstChild(of, .pobj)
                {
                    o = n
                }
                let span = tree.subtree(o)
                let phraseEnd = min(span.upperBound, o + 1)
                return p.object.contains { words in
                    guard words.count <= phraseEnd - span.lowerBound else { return false }
                    return words.enumerated().allSatisfy { (n, w) in key(phraseEnd - words.count + n) == w }
                }
            }
            guard ok else { return false }
        }
        if let kind = p.objectKind {
            // "Biden called *Lula*": the direct object is an actor of the kind, with no object
            // predicate beside it ("called Trump *a liar*", which the parser may read as an apposition).
            // (Or a passive's subject: "Kwarteng *was sacked* by Truss", a headline's "Kwarteng
            // *sacked* as chancellor".)
            let direct = tree.firstChild(i, .dobj)
            let object =
                direct ?? tree.firstChild(i, .nsubjpass)
                ?? (isReducedPassive(i) ? tree.firstChild(i, .nsubj) : nil)
            // (A passive's subject may have an apposition: "the agency's president, Arne Schoenbohm,
            // was dismissed"; an object predicate follows only a direct object.)
            guard tree.firstChild(i, .oprd) == nil, let o = object, let k = slotIndex(at: o),
                slots[k].kind == kind,
                direct == nil
                    || tree.children(o).allSatisfy({ tree.label($0) != .appos || slotIndex(at: $0) != nil }),
                // A quoted name after the object is an object predicate the parser missed ("calling
                // him 'Rashee Sanook'", "called a student who spat on him a 'cutie'").
                !(o + 1..<min(tree.subtree(i).upperBound, o + 12)).contains(where: {
                    tokens[$0].shape.contains(.openQuote)
                })
            else { return false }
        }
        if let prep = p.preposition {
            // On the verb, or on its object ("fired two rockets *at* …" read either way).
            let objects = tree.children(i).filter { tree.label($0) == .dobj }
            let found = (tree.children(i) + objects.flatMap { tree.children($0) }).contains { c in
                guard tree.label(c) == .prep || tree.label(c) == .dative || tree.label(c) == .agent, key(c) == prep.key
                else { return false }
                guard !prep.objects.isEmpty else { return true }
                guard let o = tree.firstChild(c, .pobj) else { return false }
                return prep.objects.contains(key(o))
            }
            guard found else { return false }
        }
        return true
    }
}
