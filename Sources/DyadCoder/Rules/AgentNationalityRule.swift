import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "killed by *Russian* fire", "rescued by a *Dutch* fishing boat", "struck by a *Russian* tank
    /// round": a passive's by-agent that names no actor but carries a nationality is done by that
    /// country's people or forces (the weapon or vessel stands for who used it); so does a weapon
    /// that a verb row takes as its subject ("*Russian* shells hit the town").
    static let agentNationality = EventRule(
        "agent-nationality",
        "no actor: a passive verb's by-agent, or the weapon subject of a verb row (verbs.tsv subject), that is no actor but has a nationality adjective or a country before it: that country's"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.predicate.category == .verb else { return }
        if d.predicate.passive {
            guard let agent = s.agent(of: d.predicate.head), s.slotIndex(at: agent.head) == nil else { return }
            drafts[i].setSource(s.nationalThing(agent.head, via: agent.via), rule, s)
        } else if let v = d.verb, !v.subject.isEmpty, let subject = s.tree.firstChild(d.predicate.head, .nsubj),
            s.slotIndex(at: subject) == nil
        {
            // "*Russian* shells still hit its streets": a verb row whose subject is a weapon
            // (verbs.tsv subject) is done by the weapon's country.
            drafts[i].setSource(s.nationalThing(subject, via: s.arc("nsubj", d.predicate.head)), rule, s)
        }
    }
}

extension EventRule {
    /// "an American *held in a Russian penal colony*", "medic held in *Russian* prison": detention
    /// in a place that carries a nationality is by that state, whoever is held.
    static let jailerNationality = EventRule(
        "jailer-nationality",
        "COERCE/arrest with no actor: the object of its \"in\" phrase (a prison, a camp, custody) with a nationality adjective or a country before it: that country's"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.type == .coerce, d.mode == "arrest", d.predicate.category == .verb else { return }
        for p in s.tree.children(d.predicate.head) where s.tree.label(p) == .prep && s.key(p) == Keys.inKey {
            guard let h = s.tree.firstChild(p, .pobj), s.slotIndex(at: h) == nil,
                let side = s.nationalThing(h, via: s.arc("pobj", p))
            else { continue }
            drafts[i].setSource(side, rule, s)
            return
        }
    }
}

extension SentenceContext {
    /// A thing that names no actor but carries a nationality adjective or a country before it
    /// ("*Russian* fire", "a *Russian* penal colony"), as that country's side: the weapon, vessel or
    /// prison stands for who used it.
    func nationalThing(_ h: Int, via: String) -> Side? {
        guard
            let m = tree.children(h).first(where: { c in
                c < h && [.amod, .compound].contains(tree.label(c)) && nationality(c) != nil
            }), let country = nationality(m), country.isState
        else { return nil }
        let span = tree.subtree(h).lowerBound..<(h + 1)
        let a = CodedEvent.Actor(text: string(tokens: span), country: country, sector: nil)
        return Side(actors: [a], tokens: span, head: h, via: via + " →" + string(m))
    }
}
