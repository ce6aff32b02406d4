import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// The word-order fallbacks: where the tree gives a trigger no actor or recipient (a misparse of a
/// long sentence, a headline), the actor right before its verb, the nearest before it in its
/// clause, or the first after it.
extension EventRule {
    /// When the parse gives a finite verb no subject ("*Israel* Friday reimposed blockades" read
    /// as a date phrase, "*Zambia* extradited …" attached elsewhere), the actor right before it:
    /// nothing but adverbs, auxiliaries and a date between, no preposition before the actor.
    static let adjacentSubject = EventRule(
        "adjacent-subject",
        "no actor and the clause verb has no subject arc: an actor right before it (only adverbs, auxiliaries or a date between)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.clause
        guard d.source == nil, !d.predicate.passive, s.tree.tag(v).isVerb, s.tree.tag(v) != .VBG,
            ![.xcomp, .advcl, .relcl, .acl, .pcomp, .amod].contains(s.tree.label(v)),
            !s.tree.children(v).contains(where: { [.nsubj, .nsubjpass, .csubj, .expl].contains(s.tree.label($0)) }),
            let slot = s.slots.last(where: { $0.tokens.upperBound <= v && $0.preposition == nil }),
            (slot.tokens.upperBound..<v).allSatisfy({ k in
                let tag = s.tree.tag(k)
                return tag == .RB || tag == .MD || [.aux, .neg].contains(s.tree.label(k))
                    || s.mentions.dates.contains { $0.tokens.contains(k) }
            })
        else { return }
        drafts[i].setSource(
            Side(slot: slot, head: slot.tokens.upperBound - 1, via: "actor right before \(s.string(v))"), rule, s)
    }

    /// When the tree gives a trigger no actor (a misparse of a long sentence, a headline), the
    /// nearest actor before it in its clause: no clause break (that, which, who, a semicolon …)
    /// between, not after a preposition, at most 12 tokens away.
    static let precedingActor = EventRule(
        "preceding-actor",
        "no actor from the tree: the nearest actor before the trigger in its clause, not after a preposition, within 12 tokens (not a victim of an attack, grammar.tsv victim, nor a person or city named before an attack noun; not for the object of a non-agentive verb, nor for a bare gerund after a preposition)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Verbs, and nouns that head their clause ("Russian troops' *withdrawal* from …" as a
        // headline); not a noun inside a preposition's phrase, which is mostly told in passing.
        // (Also a noun modifying that phrase's head: "killed in a *car bomb* explosion".)
        let phrase = s.tree.label(d.predicate.head) == .compound ? s.tree.head(d.predicate.head) : d.predicate.head
        guard d.source == nil, !d.predicate.passive,
            d.predicate.category == .verb || s.tree.label(phrase) != .pobj && d.lightVerb == nil
        else { return }
        // "the senator *recalled* the attack": the subject of a verb that does not carry out the
        // event its object names (grammar.tsv non-agentive) is nobody's actor by word order.
        let h = d.predicate.head
        // Also a noun modifying that object, when that verb has a subject ("soldiers uncovered a
        // *torture* chamber"; not "Watch Liz Truss' *resignation* speech").
        let object = s.tree.label(h) == .compound ? s.tree.head(h) : h
        if d.predicate.category == .noun, s.tree.label(object) == .dobj, s.word(s.tree.head(object), .nonAgentive),
            object == h || s.tree.firstChild(s.tree.head(object), .nsubj) != nil
        {
            return
        }
        // "Plant Disconnected After *Shelling*": an objectless gerund after a preposition names an
        // event as a noun there does.
        if s.isBareGerund(h) { return }
        // "food aid to refugees *fleeing* the war": people moving, told by a present participle on
        // their noun, are who moves, never an actor further back.
        if d.type == .migrate, d.predicate.category == .verb, s.tree.label(h) == .acl, s.tree.tag(h) == .VBG,
            s.tree.tag(s.tree.head(h)).isNoun
        {
            if let k = s.slotIndex(at: s.tree.head(h)), s.slots[k].kind == .group || s.slots[k].kind == .person {
                drafts[i].setSource(Side(slot: s.slots[k], head: s.tree.head(h), via: s.arc("acl", h)), rule, s)
            }
            return
        }
        let t = d.trigger.lowerBound
        for slot in s.slots.reversed() where slot.tokens.upperBound <= t {
            let gap = slot.tokens.upperBound..<t
            if gap.count > 12 || gap.contains(where: { s.isClauseBreak($0) }) { return }
            guard slot.preposition == nil, !s.isObject(slot) else { continue }
            if let sp = d.speakerSpan, sp.contains(slot.tokens.lowerBound) { continue }
            if d.target.map({ $0.tokens.overlaps(slot.tokens) }) ?? false { continue }
            // "*The victims* were attending a vigil when the shooting began": those an attack befalls.
            if d.type == .assault || d.type == .coerce, let last = slot.tokens.last, s.word(last, .victim) { continue }
            // "the *Paul Pelosi* attack": a person named before an attack noun is who it befell.
            if d.type == .assault, d.predicate.category == .noun, slot.kind == .person, let last = slot.tokens.last,
                s.isCompoundModifier(last, of: d.predicate.head)
            {
                continue
            }
            // "*Twitter* users attacked …": a company before a noun is not what the noun names.
            if let last = slot.tokens.last, s.tree.label(last) == .compound,
                slot.actors.allSatisfy({ $0.country?.isMultinational ?? false })
            {
                continue
            }
            // "*Kyiv* attack kills three": a city before a noun is where the attack happened.
            if d.type == .assault, let last = slot.tokens.last, s.tree.label(last) == .compound,
                s.mentions.places.contains(where: { $0.tokens.contains(last) && $0.placeKind == .city })
            {
                continue
            }
            // "the detainees were being handed *enlistment* letters": a passive verb's subject receives
            // what the verb's object names; it does not do it ("was known to have *killed*" it does).
            if let n = slot.tokens.first(where: { s.tree.label($0) == .nsubjpass }),
                s.tree.children(s.tree.head(n)).contains(where: { o in
                    s.tree.label(o) == .dobj && s.tree.subtree(o).contains(t)
                })
            {
                continue
            }
            drafts[i].setSource(
                Side(slot: slot, via: "nearest actor before the trigger"), rule, s)
            return
        }
    }

    /// When the tree gives a trigger that takes a recipient none, the first actor after it in its
    /// clause that no locative preposition governs, at most 6 tokens away.
    static let followingActor = EventRule(
        "following-actor",
        "no recipient from the tree: the first actor after the trigger in its clause, not after a locative preposition, within 6 tokens, unless a trigger between takes it as its recipient; one right after \"by\" (a noun, gerund or passive) is the actor instead"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.pattern.hasTarget, s.lexicon.policy(d.type).objectIsRecipient, d.type != .migrate
        else { return }
        let t = d.trigger.upperBound
        for slot in s.slots where slot.tokens.lowerBound >= t {
            let gap = t..<slot.tokens.lowerBound
            if gap.count > 6 || gap.contains(where: { s.isClauseBreak($0) || s.key($0) == Keys.comma }) { return }
            // "discusses *how* Joe Biden …": an actor inside a question or a that-clause is what is
            // said, not who it is said with.
            if gap.contains(where: {
                let tag = s.tree.tag($0)
                return tag == .WRB || tag == .WP || tag == .WDT || s.key($0) == Keys.that || s.word($0, .conditionMark)
            }) {
                return
            }
            if let p = slot.preposition, s.lexicon.grammar.contains(.locative, p) { continue }
            // "a sentence for the murder of *two women*": an actor that a trigger standing between
            // takes as its recipient is that trigger's, not this one's.
            if drafts.indices.contains(where: { j in
                j != i && drafts[j].trigger.lowerBound >= t && drafts[j].trigger.upperBound <= slot.tokens.lowerBound
                    && (drafts[j].target?.tokens.overlaps(slot.tokens) ?? false)
            }) {
                return
            }
            // "a crackdown *by* security forces": after a noun, a gerund or a passive, "by" names who
            // acts, never the recipient ("accepted mediation *by* the OSCE" names whose mediation was
            // accepted).
            let byBefore =
                slot.preposition == Keys.by
                || slot.tokens.lowerBound > s.range.lowerBound && s.key(slot.tokens.lowerBound - 1) == Keys.by
            if byBefore, d.predicate.category == .noun || s.tree.tag(d.predicate.head) == .VBG || d.predicate.passive {
                // "relentless *shelling by the Russians*" with "by" hung elsewhere: the attacker.
                if drafts[i].source == nil, gap.count <= 2 {
                    drafts[i].setSource(
                        Side(slot: slot, via: "\"by\" after the trigger"), rule, s)
                }
                continue
            }
            if d.source.map({
                $0.tokens.overlaps(slot.tokens)
                    || Side(slot: slot, via: "").sameActors(as: $0)
            }) ?? false {
                return
            }
            drafts[i].setTarget(Side(slot: slot, via: "first actor after the trigger"), rule, s)
            return
        }
    }
}

extension SentenceContext {
    /// Whether `m` modifies noun `n` through a chain of compounds ("*Pelosi* San Francisco attack").
    func isCompoundModifier(_ m: Int, of n: Int) -> Bool {
        var x = m
        for _ in 0..<6 {
            guard tree.label(x) == .compound else { return false }
            x = tree.head(x)
            if x == n { return true }
        }
        return false
    }
}
