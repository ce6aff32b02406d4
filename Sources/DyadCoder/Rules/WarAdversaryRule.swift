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
        "ASSAULT with no actor in a story of armed conflict (grammar.tsv armed-conflict) naming exactly two states (places, actors or nationalities), on one of them where it happened: the other state's forces, marked implied; fighting both sides do (grammar.tsv mutual-combat) is coded each way"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault, d.source?.actors.isEmpty ?? true, !d.mutual, s.storyParties.count == 2,
            !s.word(d.predicate.head, .regain)
        else { return }
        let victims = Set(d.target?.actors.compactMap(\.country).filter(\.isState) ?? [])
        guard let victim = victims.count == 1 ? victims.first : d.place?.country else { return }
        // A foreigner killed where the war is ("an Idaho veteran killed while fighting in
        // Ukraine") may be either side's casualty, unless the war is one of conflicts.tsv: then the
        // place's enemy did it.
        // (Not when the victims are the war's other party: "push *Russian forces* out of Ukraine's
        // south" is Ukraine's.)
        if victims.count == 1, let p = d.place?.country, p.isState, p != victim,
            !(s.storyWar.map { $0.parties.contains(p) && $0.parties.contains(victim) } ?? false)
        {
            guard let war = s.storyWar, war.parties.contains(p), !war.parties.contains(victim),
                let enemy = war.parties.first(where: { $0 != p })
            else { return }
            let a = CodedEvent.Actor(text: nil, country: enemy, sector: .military, implied: true)
            drafts[i].setSource(
                Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule,
                s)
            drafts[i].note(rule, s, "a \(victim.rawValue) casualty in \(p.rawValue), in \(war.name)")
            return
        }
        guard s.storyParties.contains(victim), let other = s.storyParties.first(where: { $0 != victim }) else { return }
        // A third state named by a nationality ("struck by a *Russian* tank round") makes the story
        // one of more than two parties (not in a war of conflicts.tsv, whose parties are known).
        if s.storyWar == nil,
            (0..<s.tokens.count).contains(where: { k in
                s.lexicon.countryAdjective(s.key(k)).map { $0.isState && !s.storyParties.contains($0) } ?? false
            })
        {
            return
        }
        guard let w = (0..<s.tokens.count).first(where: { s.word($0, .armedConflict) }) else { return }
        let a = CodedEvent.Actor(text: nil, country: other, sector: .military, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
        drafts[i].note(rule, s, "a story of \(victim.rawValue) and \(other.rawValue) at war (\"\(s.string(w))\")")
        // "border *clashes* with Azerbaijan", "*fighting* flares up between the two states":
        // fighting both sides do (grammar.tsv mutual-combat) is each attacking the other.
        // As a noun or the verb clash: "killed while *fighting* in Ukraine", "*fighting*
        // extradition" tell one side's act.
        if s.word(d.predicate.head, .mutualCombat), d.predicate.category == .noun || s.word(d.predicate.head, .quarrel),
            !(d.target?.actors.isEmpty ?? true)
        {
            drafts[i].mutual = true
            drafts[i].note(rule, s, "mutual: coded once each way")
        }
    }
}

extension EventRule {
    /// "Ukrainian forces *recaptured* Izyum", "Kyiv's troops shelled Kherson in a counteroffensive":
    /// in a story of two states at war, one state's forces fighting on a place of their own country
    /// fight the other state, which holds it; the place is where, not whom (the recipient is the
    /// other state's forces, marked implied). Ground taken back with no actor named ("villages *had
    /// been retaken*") was taken back by the state it belongs to. A recipient the text names
    /// (protesters, rebels, "dozens") stays, and so does a story of one state or of three.
    static let warFront = EventRule(
        "war-front",
        "ASSAULT by the state, government or forces of one of exactly two states a story names, in a sentence of armed conflict or taking back ground (grammar.tsv regain), with no recipient but a place of its own country: the other state's forces, marked implied; ground taken back by no named actor is the place's state's; ground gained in a story of no other party has no recipient"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Also an attack told as an intent ("forces *will recapture* more towns": THREATEN by now).
        guard d.pattern.type == .assault, d.type == .assault || d.type == .threaten, !d.mutual else { return }
        let regain = s.word(d.predicate.head, .regain)
        let parties = s.storyParties.count == 2 ? s.storyParties : []
        guard regain || !parties.isEmpty && s.range.contains(where: { s.word($0, .armedConflict) }) else { return }
        var source = d.source
        // Taken back from a state the text names ("retook 6,000 sq km *from Russia*"): by the other
        // one; else by the state the place belongs to.
        let holder = d.verb?.preposition == nil ? nil : d.target?.actors.compactMap(\.country).first
        let taker = holder.flatMap { h in parties.contains(h) ? parties.first { $0 != h } : nil }
        // "*Kherson* was liberated", "the recapture *of Kherson*": the ground is the passive's
        // subject, or the place the event falls on, when no place is named.
        let ground =
            d.place?.country
            ?? (d.predicate.passive
                ? s.passiveSubject(of: d.predicate.head).flatMap { s.placeSide(inPhrase: $0.head, via: "") }?.actors
                    .first?.country : nil)
            ?? (d.target.map { $0.fromPlace && $0.via.contains("pobj(of)") } == true
                ? d.target?.actors.first?.country : nil)
            // "300 *Ukrainian villages* have been liberated": ground named by its nationality.
            ?? (d.predicate.passive && d.target?.via.contains("nsubjpass") == true
                ? d.target?.actors.first(where: { $0.sector == nil && !$0.implied })?.country : nil)
        if regain, source?.actors.isEmpty ?? true,
            let p = taker ?? (holder == nil ? ground : nil), parties.contains(p)
        {
            let a = CodedEvent.Actor(text: nil, country: p, sector: .military, implied: true)
            source = Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied")
            drafts[i].setSource(source, rule, s)
        }
        guard let src = source else { return }
        let own = Set(src.actors.map(\.country))
        guard own.count == 1, let state = own.first ?? nil,
            src.actors.allSatisfy({ [nil, .military, .government].contains($0.sector) }),
            src.actors.allSatisfy({ !$0.implied }) || regain
        else { return }
        if let t = d.target {
            let groundOnly = t.actors.allSatisfy {
                $0.country == state && $0.sector == nil && (regain || $0.text == nil)
            }
            // (Or the place the event happened, which place-recipient made the recipient.)
            guard t.fromPlace || t.via == "place" || groundOnly else { return }
        }
        if let p = d.place?.country, p != state { return }
        // "…, *US officials* said": a state the story names only to report the fighting is no party
        // to it (a war of conflicts.tsv knows its parties).
        let other = parties.first(where: { $0 != state })
        let reporter =
            s.storyWar == nil && other != nil
            && d.speakerSpan.map { sp in
                let named = s.mentions.all.filter { $0.country == other }
                return !named.isEmpty && named.allSatisfy { sp.contains($0.tokens.lowerBound) }
            } == true
        guard parties.contains(state), let other, !reporter else {
            // Ground gained in a story that names no other party: whom it was taken from is unknown,
            // never the place itself.
            if regain, d.target != nil {
                drafts[i].target = nil
                drafts[i].note(rule, s, "target ← none: ground \(state.rawValue) gains is no recipient")
            }
            return
        }
        let a = CodedEvent.Actor(text: nil, country: other, sector: .military, implied: true)
        drafts[i].setTarget(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
        drafts[i].note(
            rule, s, "\(state.rawValue) fights on its own ground in a story of \(state.rawValue) and \(other.rawValue)")
    }
}
