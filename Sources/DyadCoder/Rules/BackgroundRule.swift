import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// A nominal trigger under a background preposition refers to an event told elsewhere.
    static let background = EventRule(
        "background",
        "a noun trigger after a background preposition (after, during, following, for …) is not reported here (only when its story tells no other event), unless a relative clause names its agent, it is violence done to a person named in full, the attack on a named person or place or an attack with a state's nationality adjective (\"after Russian strikes\"), or an arrest or attack with its patient as possessor and its place, or a crackdown with its doer as possessor; in a circumstance phrase on an event of the same type (or a killing) it is that event and lends it its actor (\"killed during an Israeli raid\")"
    ) { drafts, i, s, rule in
        let p = drafts[i].predicate
        guard p.category == .noun, s.isBackground(noun: p.head) else { return }
        // The crime a sentence or an arrest is for is told with it (`complement`).
        if let j = drafts[i].complementOf, drafts[j].isLegalAct { return }
        // "the mobilization that was announced by President Putin" asserts it and names who did it.
        if s.relativeAgent(of: p.head) != nil { return }
        // "Palestinians were killed *during an Israeli raid*": an event of the same type that the
        // phrase hangs on tells the same act, and the noun names its actor (the two merge).
        // A killing told with the raid or crackdown it happened in is an attack: the noun becomes one.
        let prep = s.tree.head(p.head)
        let v = s.tree.head(prep)
        if v != prep, s.word(prep, .circumstance),
            let j = drafts.indices.first(where: {
                $0 != i && drafts[$0].clause == v
                    && (drafts[$0].type == drafts[i].type
                        || drafts[$0].type == .assault && drafts[i].type == .coerce)
            })
        {
            let type = drafts[j].type
            if drafts[i].type != type {
                drafts[i].type = type
                drafts[i].mode = nil
            }
            drafts[i].note(rule, s, "same act as \"\(s.string(v))\" (\(type.rawValue))")
            return
        }
        // "despite *the Kremlin's crackdown* on dissent": a crackdown whose possessor is the state
        // or force that does it is going on, told here (a possessor of a crackdown is its doer,
        // never its patient). (Not a call-up: "after Russia's mobilisation" recalls one the story
        // tells.)
        if drafts[i].type == .coerce && drafts[i].mode != "arrest",
            let o = s.tree.children(p.head).first(where: { s.tree.label($0) == .poss }),
            let k = s.slotIndex(at: o), !s.slots[k].actors.isEmpty, s.slots[k].kind != .person || s.slots[k].actors[0].sector == .government
        {
            drafts[i].note(rule, s, "kept: done by \"\(s.string(o))\"")
            return
        }
        // "police hunt a man *after the killing of Olivia Pratt-Korbel*": violence done to a person
        // named in full is told here, whatever followed it.
        // So is an attack *on* a person named in full or on a named place, with the definite
        // article of an act the reader knows ("what we know about *the attacks on Kyiv*").
        if drafts[i].type == .assault,
            let o = s.prepositionalObjects(of: p.head, [Keys.of]).first, s.personName(o.head) != nil
        {
            drafts[i].note(rule, s, "kept: violence done to \"\(s.string(o.head))\", named in full")
            return
        }
        if drafts[i].type == .assault,
            s.tree.children(p.head).contains(where: { s.tree.label($0) == .det && s.key($0) == Words.the }),
            let o = s.prepositionalObjects(of: p.head, [Keys.on, Keys.against]).first,
            s.personName(o.head) != nil || s.mentions.places.contains(where: { $0.tokens.contains(o.head) })
        {
            drafts[i].note(rule, s, "kept: the attack on \"\(s.string(o.head))\", named")
            return
        }
        // "without power *following Russian attacks*": an attack whose noun names a state as its
        // agent (a nationality adjective) is that state's act, told here. Not a noun whose modifier
        // may be its patient ("the Ukrainian invasion", grammar patient-noun).
        if drafts[i].type == .assault, !s.word(p.head, .patientNoun),
            s.tree.children(p.head).contains(where: { c in
                c < p.head && [.amod, .compound].contains(s.tree.label(c)) && s.nationality(c)?.isState == true
            })
        {
            drafts[i].note(rule, s, "kept: an attack with a state's nationality as its agent")
            return
        }
        // "lived on the run for 23 years *before his arrest in France*": an arrest or attack that
        // has its patient as possessor and a place is one particular act, told here.
        if drafts[i].type == .coerce || drafts[i].type == .assault,
            s.tree.children(p.head).contains(where: { s.tree.label($0) == .poss && s.tree.tag($0) == .PRPS }),
            s.placedAt(p.head)
        {
            drafts[i].note(rule, s, "kept: a particular act (its patient as possessor, its place)")
            return
        }
        let marker =
            s.tree.children(p.head).first(where: { $0 < p.head && s.tree.label($0) == .amod && s.word($0, .background) }
            )
            ?? s.tree.head(p.head)
        // "detained *during the protests*", "a fire *amid protests*": protests an act happens during
        // are going on, news of their own (the circumstance words, grammar.tsv circumstance).
        // (Not a rally, which may be a campaign's, nor protests of another year: "during the 2020
        // BLM protests".)
        let phrase = s.tree.subtree(p.head)
        let dated =
            s.mentions.dates.contains { phrase.contains($0.tokens.lowerBound) }
            || phrase.contains { k in
                let w = s.string(k)
                return w.count == 4 && w.allSatisfy(\.isNumber) && (1900...2100).contains(Int(w) ?? 0)
            }
        if drafts[i].type == .protest, marker == s.tree.head(p.head), s.word(marker, .circumstance),
            !drafts[i].trigger.contains(where: { s.word($0, .rally) }), !dated
        {
            drafts[i].note(
                rule, s, "kept: protests going on (\"\(s.string(marker))\"), unless the story tells its protest")
            drafts[i].unlessTypeTold = true
            return
        }
        // Told only when the story tells nothing else: then the background is its news ("Horror
        // grips a farming region *after the killing spree*").
        drafts[i].background = "background noun after \"\(s.string(marker))\""
        drafts[i].note(
            rule, s, "background noun after \"\(s.string(marker))\": told only if the story tells no other event")
    }
}
