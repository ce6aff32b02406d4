import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Russia blamed Ukraine for a drone attack … Wave of strikes hit cities including *Kyiv*": in
    /// a story of armed conflict between two states, an attack on one of them whose attacker the
    /// sentence does not name is the other's, marked implied. The attacker comes from the story's
    /// other party, never from the place (an attack in Ukraine is not Ukraine's); a story of one
    /// state, or of three, leaves it unnamed.
    static let warAdversary = EventRule(
        "war-adversary",
        "ASSAULT with no actor in a story of armed conflict (grammar.tsv armed-conflict) naming exactly two states (places, actors or nationalities), on one of them where it happened: the other state's forces, marked implied"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault, d.source?.actors.isEmpty ?? true, !d.mutual, s.storyParties.count == 2 else { return }
        let victims = Set(d.target?.actors.compactMap(\.country).filter(\.isState) ?? [])
        guard let victim = victims.count == 1 ? victims.first : d.place?.country,
            s.storyParties.contains(victim), let other = s.storyParties.first(where: { $0 != victim })
        else { return }
        // A foreigner killed where the war is ("an Idaho veteran killed while fighting in
        // Ukraine") may be either side's casualty.
        if victims.count == 1, let p = d.place?.country, p.isState, p != victim { return }
        // A third state named by a nationality ("struck by a *Russian* tank round") makes the story
        // one of more than two parties.
        if (0..<s.tokens.count).contains(where: { k in
            s.lexicon.countryAdjective(s.key(k)).map { $0.isState && !s.storyParties.contains($0) } ?? false
        }) {
            return
        }
        guard let w = (0..<s.tokens.count).first(where: { s.word($0, .armedConflict) }) else { return }
        let a = CodedEvent.Actor(text: nil, country: other, sector: .military, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
        drafts[i].note(rule, s, "a story of \(victim.rawValue) and \(other.rawValue) at war (\"\(s.string(w))\")")
    }
}
