import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Texas sued the administration", "Bavaria imposed a curfew": a region or city that is the
    /// subject of the event's verb stands for its government, coded with its country (PETRARCH's
    /// Phoenix dictionary likewise lists states and provinces as names of their country). Countries
    /// and capitals are actors already; this reads the other places, and only as a subject.
    static let placeSubject = EventRule(
        "place-subject", "no actor yet: a region or city that is the verb's subject stands for its government"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, !d.predicate.passive, !d.lightVerbReceives else { return }
        let v = d.predicate.category == .verb ? d.predicate.head : d.lightVerb
        guard let v, s.tree.tag(v).isVerb, s.tree.firstChild(v, .nsubjpass) == nil,
            s.tree.firstChild(v, .auxpass) == nil,
            let subj = s.subject(of: v), let side = s.placeGovernment(at: subj.head, via: subj.via)
        else { return }
        drafts[i].setSource(side, rule, s)
    }

    /// "Members of the association …, investigated …": when the parser splits a sentence into two
    /// trees, a noun phrase that ends right before a subjectless root verb is that verb's subject.
    static let fragmentSubject = EventRule(
        "fragment-subject",
        "no actor yet and the trigger's verb is a subjectless root: a noun-phrase root ending right before it"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, !d.predicate.passive, !d.lightVerbReceives else { return }
        let v = d.predicate.category == .verb ? d.predicate.head : d.lightVerb
        guard let v, s.tree.head(v) == v, s.tree.tag(v).isVerb,
            !s.tree.children(v).contains(where: { [.nsubj, .nsubjpass, .csubj, .expl].contains(s.tree.label($0)) })
        else { return }
        // The nearest other root before the verb, a noun whose phrase reaches the verb (a comma between is fine).
        guard let r = (s.range.lowerBound..<v).reversed().first(where: { s.tree.head($0) == $0 }), s.tree.tag(r).isNoun
        else { return }
        var end = s.tree.subtree(r).upperBound
        while end < v, s.key(end) == Keys.comma { end += 1 }
        guard end == v, let side = s.side(Argument(head: r, via: "root \(s.string(r)) before \(s.string(v))")) else {
            return
        }
        drafts[i].setSource(side, rule, s)
    }
}

extension SentenceContext {
    /// The government of a region or city whose name is token `h`'s phrase head ("*Texas*",
    /// "*New Mexico*", "*San Francisco*"), as a side; nil for countries (actors already), for names
    /// inside a longer phrase ("Texas schools") and for one-word city names, which are as often
    /// surnames or sports clubs ("Tyler", "Preston", "Liverpool").
    func placeGovernment(at h: Int, via: String) -> Side? {
        guard
            let p = mentions.places.first(where: {
                $0.tokens.contains(h) && ($0.placeKind == .subdivision || $0.placeKind == .city && $0.tokens.count > 1)
            }),
            let c = p.country, slotIndex(at: h) == nil
        else { return nil }
        // The phrase is the name itself, with at most an article before it.
        let span = tree.subtree(h)
        guard (span.lowerBound..<p.tokens.lowerBound).allSatisfy({ word($0, .article) }),
            p.tokens.upperBound >= span.upperBound
        else { return nil }
        let actor = CodedEvent.Actor(text: text.string(p.start..<p.end), country: c, sector: .government)
        return Side(
            actors: [actor], tokens: p.tokens, head: h, via: via + " (place)", kind: .government, fromPlace: true)
    }
}

extension EventRule {
    /// "Venezuela was suspended *from Mercosur*", "was expelled *from the party*": a passive
    /// sanction with no by-agent is done by the organisation it removes the subject from.
    static let passiveFrom = EventRule(
        "passive-from",
        "a passive SANCTION, COERCE or REJECT without a by-agent: an organisation after \"from\" acts"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.predicate.passive, [.sanction, .coerce, .reject].contains(d.type),
            let o = s.prepositionalObjects(of: d.predicate.head, [Keys.from]).first, let side = s.side(o),
            !side.fromPlace, side.kind == .organization,
            d.target.map({ !side.sameActors(as: $0) }) ?? true
        else { return }
        drafts[i].setSource(side, rule, s)
    }

    /// "has been accused of misusing funds *by* government officials": a passive trigger without
    /// an agent arc takes the "by" actor the parser hung on an active gerund in its complement.
    static let displacedAgent = EventRule(
        "displaced-agent",
        "a passive verb without a by-agent: a \"by\" actor on an active gerund in its complement (accused of stealing … by X)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.predicate.passive, d.predicate.category == .verb,
            let a = s.displacedAgent(of: d.predicate.head), let side = s.side(a),
            d.target.map({ !side.sameActors(as: $0) || side.tokens != $0.tokens }) ?? true
        else { return }
        drafts[i].setSource(side, rule, s)
    }
}
