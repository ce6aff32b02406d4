import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Ukrainian forces *retook* Lyman", "has *recaptured* 2,400 square kilometres": taking ground
    /// back (grammar.tsv regain) is combat when an army or an armed group does it or what is taken is ground (a
    /// place, or a word of grammar.tsv territory); "Republicans *retake* the Senate", "Netanyahu
    /// *retakes* power" win an election.
    static let groundSense = EventRule(
        "ground-sense",
        "a regain trigger (retake, recapture) is an ASSAULT only when forces take something back, from someone, or what is taken, or moved into, is a place or territory"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        // The trigger's own type: "poised to retake the House" is read as an intent by now.
        guard d.pattern.type == .assault, s.word(v, .regain) else { return }
        // An army takes ground back; the police "retake integrity".
        let forces: Set<Sector> = [.military, .rebels, .paramilitary, .unidentifiedArmedForces]
        if d.source?.actors.contains(where: { $0.sector.map(forces.contains) ?? false }) == true { return }
        // "retook it *from Russian forces*": a holder it was taken from makes it combat, as does an
        // object a verb pattern requires ("pushing *a counteroffensive*").
        if d.predicate.category != .verb || d.verb?.preposition != nil || d.verb?.object.isEmpty == false { return }
        let object =
            d.predicate.passive
            ? s.tree.firstChild(v, .nsubjpass)
                ?? (s.tree.label(v) == .acl || s.tree.label(v) == .amod ? s.tree.head(v) : nil)
            : s.tree.firstChild(v, .dobj)
        if let o = object {
            if s.word(o, .territory) { return }
            let phrase = s.tree.subtree(o)
            if s.mentions.places.contains(where: { phrase.contains($0.tokens.lowerBound) && $0.country != nil }) {
                return
            }
        }
        // "advances deeper *into areas* held by Russia": territory moved into is ground too (a
        // place after the preposition is only where: "retakes power *in Israel*").
        if let p = s.groundPreposition(of: v), let o = s.tree.firstChild(p, .pobj), s.word(o, .territory) { return }
        drafts[i].drop("takes back no ground", rule, s)
    }
}

extension SentenceContext {
    /// The locative preposition (grammar.tsv locative) of verb `v` or of its adverb that tells
    /// ground moved on ("advances deeper *into* areas held by Russia", "pushed *into* Donetsk");
    /// nil for an infinitive of purpose ("troops *to fight* in Ukraine"), which tells no act.
    func groundPreposition(of v: Int) -> Int? {
        if tree.children(v).contains(where: { tree.label($0) == .aux && tree.tag($0) == .TO }) { return nil }
        for h in [v] + tree.children(v).filter({ tree.label($0) == .advmod }) {
            if let p = tree.children(h).first(where: { tree.label($0) == .prep && word($0, .locative) }) { return p }
        }
        return nil
    }
}
