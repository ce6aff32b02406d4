import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "arresting 12", "killed 23 people": the counted people a violent or coercive act is done to
    /// are its recipient (their country comes from where it happened).
    static let victimObject = EventRule(
        "victim-object", "ASSAULT/COERCE without a recipient: a count of people as the verb's object"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.target == nil, d.type == .assault || d.type == .coerce, d.predicate.category == .verb,
            let o = s.directObject(of: d.predicate.head, outside: d.trigger),
            let q = s.mentions.quantities.first(where: { s.tree.subtree(o.head).contains($0.tokens.lowerBound) }),
            q.unit.map({ QuantityUnit.victims.contains($0) }) ?? true,
            // "retaken 1,000 square *kilometres*": ground counted is no one's body (grammar.tsv territory).
            !s.word(o.head, .territory)
        else { return }
        let a = CodedEvent.Actor(text: s.text.string(q.start..<q.end), country: nil, sector: nil)
        drafts[i].setTarget(
            Side(actors: [a], tokens: q.tokens, head: o.head, via: o.via + " (count)", kind: .group), rule, s)
    }

    /// "Police arrested *Andrew Drew*", "*Jane Smith* was shot", "Republicans slam *Ron DeSantis*": a
    /// person the lexicon does not know, named in full as the verb's object or passive subject, is
    /// the recipient; its country is where the text says the person is from ("Trevor Kjeldal, 40,
    /// *from Brisbane*"), else it comes later, from the other side, the place or the document, as
    /// for any actor without one.
    static let namedRecipient = EventRule(
        "named-recipient",
        "no recipient: a full personal name (two or more capitalised NNP words) as object, passive subject or a noun's \"of\" object"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // In a sport or entertainment story only someone shot, attacked or arrested: the players
        // and performers a game or a show names otherwise meet, face and beat each other in play.
        guard d.target == nil, s.topic == nil || d.type == .assault || d.type == .coerce else { return }
        let v = d.predicate.head
        let arg: Argument?
        switch d.predicate.category {
        case .verb: arg = d.predicate.passive ? s.passiveSubject(of: v) : s.directObject(of: v, outside: d.trigger)
        // "the shooting *of Miles Jackson*", "the arrest of Jane Smith".
        case .noun: arg = s.prepositionalObjects(of: v, [Keys.of]).first
        case .adjective: arg = nil
        }
        guard let h = arg?.head, let person = s.namedPerson(h, via: arg?.via ?? "") else { return }
        drafts[i].setTarget(person, rule, s)
    }

    /// "*Diane Abbott* blasts Keir Starmer", "Biden was slammed by *Jane Smith*": a person the
    /// lexicon does not know, named in full as the subject of an active trigger verb or the agent of
    /// a passive one, is its actor (the country comes later: a statement's speaker takes the other
    /// side's state, as for any actor without one). Runs before the word-order fallbacks, so an
    /// actor elsewhere in the sentence is not taken instead of the named subject.
    static let namedActor = EventRule(
        "named-actor", "no actor: a full personal name (two or more capitalised NNP words) as subject or by-agent"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Only where the other side has a state the person can be placed in; a named subject with an
        // apposition ("Kenzo Oshima, the UN relief coordinator,") is read through the apposition.
        // (Or, for an act with no recipient — "Jane Smith *pleaded guilty*", "*resigned*", "*refuses*
        // to go" — where the story has a country.)
        guard d.source == nil, d.predicate.category == .verb, s.topic == nil || d.type == .assault || d.type == .coerce,
            d.target?.actors.contains(where: { $0.country?.isState ?? false }) ?? false
                // "JK Rowling *congratulates* Julie Bindel": two people the story places in its country.
                || d.target != nil && s.mainCountry != nil
                || (d.pattern.kind == .intransitive || d.type == .reject) && d.target == nil && s.mainCountry != nil
                    && [.concede, .retreat, .migrate, .protest, .reject].contains(d.type)
        else { return }
        let v = d.predicate.head
        let arg =
            d.predicate.passive
            ? s.agent(of: v) : s.tree.firstChild(v, .nsubj).map { Argument(head: $0, via: s.arc("nsubj", v)) }
        // "U.S. District Judge Anthony Trenga": a name inside an actor phrase is read through it.
        // An age in apposition ("Urooj Rahman, 33,") is no actor phrase.
        guard let h = arg?.head,
            !s.tree.children(h).contains(where: { s.tree.label($0) == .appos && s.tree.tag($0) != .CD }),
            !s.slots.contains(where: { $0.tokens.overlaps(s.tree.subtree(h)) }),
            let person = s.namedPerson(h, via: arg?.via ?? ""),
            // "Peter Kamau *is on trial*": the subject that undergoes it is its recipient already.
            !(d.target?.tokens.overlaps(person.tokens) ?? false)
        else { return }
        drafts[i].setSource(person, rule, s)
    }

    /// Actors the domain implies when the text names none ("1,386 people were arrested": the
    /// police), marked implied (`types.tsv` implied).
    static let impliedActor = EventRule(
        "implied-actor", "no actor: the sector `types.tsv` implies for this type and mode, marked implied"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A context's implication holds for an agentless passive only: "a man *was charged*" leaves out
        // the authorities who charge; "Biden is sued" or "a lawsuit" leaves out a plaintiff. A verb row
        // whose subject is acted on reads as one ("a man *faces charges*", "*stood trial*").
        // So does an act noun that befalls someone ("the murder *trial* of Adnan Syed", "his
        // *arrest*": grammar.tsv patient-possessor): the court tries, the police arrest.
        let undergoer =
            d.predicate.passive || d.verb?.target == .subject
            || (d.predicate.category == .noun && s.word(d.predicate.head, .patientPossessor))
        guard d.source == nil,
            let sector = s.lexicon.policy(d.type).impliedSector(
                mode: d.mode, context: undergoer ? d.pattern.context : nil)
        else { return }
        // The authorities of where it happened: the story's place before the nationality of whom
        // it befell ("Moldovan killer is jailed" in a story of Bristol: the British courts); never a
        // company's or an international body's code ("Instagram fined": no state's court is named).
        let country =
            d.place?.country ?? s.storyPlace ?? d.target?.actors.compactMap(\.country).first(where: \.isState)
        let a = CodedEvent.Actor(text: nil, country: country, sector: sector, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
    }

    /// Coercion, violence and concessions without a named recipient fall on the people of the
    /// place where they happen ("imposed a curfew in Montenegro") (`types.tsv` place).
    static let placeRecipient = EventRule(
        "place-recipient", "no recipient: the people of the event's place, for types whose `types.tsv` place is yes"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Two sides fighting each other are each other's recipients.
        guard d.target == nil, !d.mutual, s.lexicon.policy(d.type).placeIsRecipient, let p = d.place, d.placeFromText
        else {
            return
        }
        let a = CodedEvent.Actor(text: p.name, country: p.country, sector: nil)
        drafts[i].setTarget(Side(actors: [a], tokens: 0..<0, head: nil, via: "place"), rule, s)
    }

    /// An event whose text names no recipient and no place is directed where the domain implies
    /// (`types.tsv` recipient-implied), marked implied: a protest against the protesters' own
    /// authorities ("workers went on strike over the bill"); an act between two sides against the
    /// one other state the sentence, else the story, names ("Moscow kept up its campaign to destroy
    /// civilian infrastructure", in a story about Kyiv), and in a story of one country against that
    /// country ("Beijing refuses to change course"). A compound actor, or a story of several other
    /// states, leaves the recipient empty: PLOVER codes a meeting of several parties with no
    /// recipient, and which of several states is meant is unknown.
    static let impliedRecipient = EventRule(
        "implied-recipient",
        "no recipient yet: the actor's own state in the sector `types.tsv` implies (protests: GOV; a call for evacuations, an arrest, a curfew, censorship or a crackdown: its civilians), or for an attack or a threat by a party of the war of the day (conflicts.tsv) the other party, or the one other state the sentence, else the story, names (else the actor's own; never for `other` types: MOBILIZE), marked implied"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Ground gained is taken from whoever held it (war-front), not from a state the sentence names.
        guard d.target == nil, !d.mutual, let implied = s.lexicon.policy(d.type).impliedRecipient,
            !(d.type == .assault && s.word(d.predicate.head, .regain)),
            let own = d.source?.actors.compactMap(\.country).filter({ $0.isState }), let c = own.first
        else { return }
        let recipient: CodedEvent.Actor
        // "Ukrainian officials *call for evacuations*": a request whose content is an evacuation
        // (events.tsv unit evacuated) is made to the actor's own people, not to the other party.
        let evacuation =
            d.type == .request
            && drafts.contains { $0.complementOf == i && $0.pattern.unit == "evacuated" }
        // An arrest, a curfew or censorship with no one else named falls on the actor's own people
        // (grammar.tsv domestic-mode), not on a war's other party the story names.
        // (So does a crackdown: events.tsv context repression.)
        let domestic =
            d.type == .coerce
            && (d.mode.map { s.grammar.contains(.domesticMode, TokenKey.of($0)) } == true
                || d.pattern.context == "repression")
        switch implied {
        case _ where evacuation || domestic:
            recipient = CodedEvent.Actor(text: nil, country: c, sector: .civilians, implied: true)
        case .ownState(let sector):
            recipient = CodedEvent.Actor(text: nil, country: c, sector: sector, implied: true)
        case .counterpart:
            // An attack or a threat by a party of the war of the day is on the other party ("Russia's
            // invasion" in a story of China's reaction is no attack on China; "Putin's nuclear threat").
            let enemy =
                d.type == .assault || d.type == .threaten
                ? s.storyWar.flatMap { w in w.parties.contains(c) ? w.parties.first { $0 != c } : nil }
                : nil
            guard own.count == 1, let other = enemy ?? s.counterpart(of: c, speaker: d.speakerSpan) else { return }
            recipient = CodedEvent.Actor(text: nil, country: other, sector: nil, implied: true)
        case .other:
            guard own.count == 1, let other = s.counterpart(of: c, speaker: d.speakerSpan), other != c else { return }
            recipient = CodedEvent.Actor(text: nil, country: other, sector: nil, implied: true)
        }
        drafts[i].setTarget(Side(actors: [recipient], tokens: 0..<0, head: nil, via: "implied"), rule, s)
    }

    /// An actor the text leaves without a country: crowds and gunmen belong where they act, else
    /// with the other side's state; anyone else who acts belongs to the story's main country, else
    /// the other side's state ("Mr Brown *visited* Nairobi" is no Kenyan visiting Kenya). A
    /// recipient belongs with the other side's state, else where the event happened (for attacks
    /// and coercion the place first), else the story's main country.
    static let countryFill = EventRule(
        "country-fill",
        "actors without a country: for attacks, coercion, protests and a court or police (implied, or named without a country) the event's place (forces attacking one party of the war of the day: the other party), else the other side's state; for other acts the document's main country, else the other side's state, else the place; recipients: the other side's state or the place, else the main country; never for world or international actors (transnational)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        func state(_ side: Side?) -> CountryCode? { side?.actors.compactMap(\.country).first { $0.isState } }
        let violent = d.type == .assault || d.type == .coerce
        let place = d.place?.country
        // Crowds and gunmen belong where they act ("protesters stormed the Swedish embassy in
        // Baghdad" are Iraqis); anyone else to the story's main country.
        let local = violent || d.type == .protest
        // The court or police a charge or an arrest implies are where it happens ("an Algerian woman
        // was charged … in Paris": a French court), whoever is charged; so are police the text names
        // without a country ("*Police* have launched an investigation" into a beating at the Chinese
        // consulate in Manchester: British police).
        let institution =
            d.source?.actors.allSatisfy {
                ($0.implied || $0.country == nil) && ($0.sector == .judiciary || $0.sector == .police)
            }
            ?? false
        // "a soldier *shot down* a Russian missile" in a story of Russia's war on Ukraine: forces
        // with no country that attack one party of the war of the day (conflicts.tsv) are the other's.
        // Not on a place (forces fighting on their own ground: war-front), nor by gunmen.
        let warFoe =
            d.type == .assault && d.source?.actors.allSatisfy({ $0.sector == .military }) == true
                && d.target.map({ !$0.fromPlace && $0.via != "place" }) == true
                // (Ground retaken is no foe, "*liberated* Ukrainian villages"; the foe it is retaken
                // from is: "forces retake villages *from Russia troops*".)
                && (!s.word(d.predicate.head, .regain) || d.target?.via.hasPrefix("pobj(from)") == true)
            ? state(d.target).flatMap { t in
                s.storyWar.flatMap { w in w.parties.contains(t) ? w.parties.first { $0 != t } : nil }
            } : nil
        let sourceFallback =
            local || institution
            ? (warFoe ?? place ?? state(d.target) ?? s.mainCountry) : (s.mainCountry ?? state(d.target) ?? place)
        // In the war of the day, what one party attacks with no country or place told ("*Russian*
        // attacks on schools, hospitals") is the other party's. (Arrests and fines stay at home.)
        // So is whom an army coerces there ("Russian forces *rounded up* men"); a state's police
        // arrest at home.
        let soldiers = d.source?.actors.contains { $0.sector == .military || $0.sector == .paramilitary } ?? false
        let enemy =
            d.type == .assault || d.type == .coerce && soldiers
            ? state(d.source).flatMap { c in
                s.storyWar.flatMap { w in w.parties.contains(c) ? w.parties.first { $0 != c } : nil }
            } : nil
        // A private person's nationality says where they are from, not where they struck ("a
        // Tunisian man plowed a truck through crowds, killing 86" in a story of Nice): the story's
        // country, when it has one, is the victims'.
        let privateDoer =
            d.source.map { $0.kind == .person || $0.kind == .group } ?? false
            && !(d.source?.isArmed ?? false) && !(d.source?.actors.contains { $0.sector == .government } ?? false)
        let targetFallback =
            (violent
                ? place ?? enemy ?? (privateDoer ? s.mainCountry : nil) ?? state(d.source)
                : state(d.source) ?? place) ?? s.mainCountry
        // "*world* leaders", "*international* observers" (grammar.tsv transnational) are of no one
        // country.
        func transnational(_ a: CodedEvent.Actor) -> Bool {
            guard let w = a.text?.split(separator: " ").first else { return false }
            return s.grammar.contains(.transnational, TokenKey.of(w))
        }
        if var src = d.source, src.actors.contains(where: { $0.country == nil && !transnational($0) }),
            let c = sourceFallback
        {
            src.actors = src.actors.map { a in
                var a = a; a.country = a.country ?? (transnational(a) ? nil : c); return a
            }
            drafts[i].source = src
            drafts[i].note(rule, s, "actor country ← \(c.rawValue)")
        }
        // People sent "to Russia" or fleeing "from Syria" belong to that country.
        if var tgt = d.target, tgt.kind == .group, tgt.actors.contains(where: { $0.country == nil }),
            let c = s.movedTo(d)
        {
            tgt.actors = tgt.actors.map { a in
                var a = a; a.country = a.country ?? c; return a
            }
            drafts[i].target = tgt
            drafts[i].note(rule, s, "recipient country ← moved to/from \(c.rawValue)")
            return
        }
        if var tgt = d.target, tgt.actors.contains(where: { $0.country == nil && !transnational($0) }),
            let c = targetFallback
        {
            tgt.actors = tgt.actors.map { a in
                var a = a; a.country = a.country ?? (transnational(a) ? nil : c); return a
            }
            drafts[i].target = tgt
            drafts[i].note(rule, s, "recipient country ← \(c.rawValue)")
        }
    }

    /// "The White House hit back at *the Kingdom*": a country anaphor (grammar.tsv country-anaphor)
    /// that resolved to the very actor that acts (the last country named is the subject's) names
    /// another country.
    static let selfRecipient = EventRule(
        "self-recipient",
        "a recipient that is a country anaphor (\"the Kingdom\", \"the country\") resolved to the very actor that acts is no recipient"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard let src = d.source, let tgt = d.target, !tgt.actors.isEmpty, !src.tokens.overlaps(tgt.tokens),
            tgt.tokens.contains(where: { s.word($0, .countryAnaphor) }), tgt.sameActors(as: src)
        else { return }
        drafts[i].target = nil
        drafts[i].note(rule, s, "recipient \"\(s.string(tokens: tgt.tokens))\" is the actor itself: none")
    }

    /// An event with nobody acting is kept only where the type allows it (`types.tsv` agentless)
    /// and something is known about it (a recipient or a place).
    static let agentless = EventRule(
        "agentless",
        "no actor: dropped unless `types.tsv` keeps the type agentless and it has a recipient the text names (not a place alone), or it is an accusation in the passive (or one its subject undergoes: \"is under fire\", \"faces backlash\") with a named accused (a country as the subject too), or a demand its subject faces"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source?.actors.isEmpty ?? true else { return }
        // "Four soldiers were killed by a roadside bomb outside Kandahar": whom it befell is told,
        // whoever did it. A place alone ("a bombing in Kabul", "the Taiwan invasion") tells no one
        // it befell: with nobody acting either, no actor is invented from it and there is no event.
        if s.lexicon.policy(d.type).keepsAgentless {
            if let t = d.target, !t.fromPlace, t.via != "place" { return }
            // "An air strike on Aleppo *killed 12 civilians*", "Peter Okoth was hunted and *stabbed*":
            // victims the verb names as its object or passive subject (a conjunct's included).
            if d.predicate.category == .verb {
                let v = d.predicate.head
                let host = s.tree.label(v) == .conj ? s.tree.head(v) : v
                // ("was 'hunted' and stabbed": the parser may hang the participle on "was".)
                let copula = s.tree.label(host) == .acomp ? s.subject(of: s.tree.head(host)) : nil
                let victim =
                    s.passiveSubject(of: v) ?? s.passiveSubject(of: host) ?? copula
                    ?? s.directObject(of: v, outside: d.trigger)
                if let victim, let side = s.side(victim) ?? s.namedPerson(victim.head, via: victim.via),
                    !side.fromPlace
                {
                    return
                }
                // "killed *five fighters*": a count of people.
                if let victim,
                    s.mentions.quantities.contains(where: { s.tree.subtree(victim.head).contains($0.tokens.lowerBound) }
                    )
                {
                    return
                }
            }
        }
        // "Joy Reid *slammed* for comparing …", "a police officer *accused of* taking drugs": an
        // accusation told in the passive is news about the accused, whoever accused them; it is
        // kept with no actor (PLOVER codes what the text gives).
        // So is one its subject undergoes ("the ACLU *is under fire*", "*faces backlash*": verbs.tsv
        // rows whose target is the subject).
        // (A country as the accused subject is the state: "*Egypt* faces criticism over its crackdown".)
        // So is a demand its subject faces ("Liz Truss *faced calls* to resign").
        if d.type == .accuse || d.type == .request && d.lightVerbReceives,
            d.predicate.passive || d.verb?.target == .subject || d.undergone || d.lightVerbReceives, let t = d.target,
            !t.fromPlace || t.via.hasPrefix("nsubj"),
            !t.actors.isEmpty
        {
            return
        }
        drafts[i].drop("no actor", rule, s)
    }

    /// "A man was stabbed in Manchester", "three dead after a school shooting in Ohio", "the minister
    /// was accused of lying", "an officer was suspended": violence, an accusation or a sanction whose
    /// doer the text does not name was done by someone where it happened, PLOVER's unidentified actor
    /// (`UNK`; `UAF`, "unknown gunmen"), of the place's country, marked implied (`types.tsv`
    /// unidentified).
    ///
    /// Not when the recipient is a state itself, nor in a story of armed conflict (`grammar.tsv`
    /// armed-conflict), of two states or of another state's people (a foreign victim's own state
    /// aside: "a Pakistani journalist shot dead in Kenya", ACLED's unidentified group of the place;
    /// not for words against them), nor for a military act: a
    /// shelling in a war, or a soldier killed at the front, may be either side's, and the place names
    /// no attacker there ("four soldiers were killed by a roadside bomb outside Kandahar"). Not for an
    /// accident or an animal, nor when the subject is a name the lexicon does not know: a person named
    /// in full there is the doer, of where it happened ("Rory James Constantino is standing trial
    /// after *stabbing* …").
    static let unidentifiedActor = EventRule(
        "unidentified-actor",
        "violence, coercion, an accusation or a sanction with no actor or named subject, against no state itself (a government body criticised by name, \"the White House\", is none), in a story of one state (a foreign victim's own aside, but for words against them) naming no armed conflict and a sentence naming no accident (criticism of a named person or body aside), not by an animal: an unidentified person of the place's (else the recipient's) country, in the sector `types.tsv` unidentified gives, marked implied; a subject named in full (no passive on the way) is the doer; criticism of a named person or body of one state, or a demand it faces (\"faces calls to resign\"), is by an unidentified person of that state, whatever else the story names"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // (A demand its subject faces has an unidentified doer too: "Truss *faces calls* to resign".)
        guard d.source?.actors.isEmpty ?? true, !d.mutual, d.pattern.context != "military",
            let sector = s.lexicon.policy(d.type).unidentifiedSector(mode: d.mode)
                ?? (d.type == .request && d.lightVerbReceives ? .unidentified : nil)
        else { return }
        // A doer the text names but the lexicon does not know ("*Hurricane Ian* slammed Florida") is
        // no unidentified person; one it only describes ("*a shooter* killed 15", "*critics* slammed
        // the Post") is.
        if d.predicate.category == .verb, !d.predicate.passive, d.verb?.target != .subject,
            let subject = s.subject(of: d.predicate.head),
            s.tree.tag(subject.head) == .NNP || s.tree.tag(subject.head) == .NNPS,
            // A place is where it happened, not who did it ("*Brixton* shooting: two men dead").
            !s.mentions.places.contains(where: { $0.tokens.contains(subject.head) })
        {
            drafts[i].note(rule, s, "no unidentified actor: the subject \"\(s.string(subject.head))\" did it")
            // "Rory James Constantino is standing trial after *stabbing* Senior Constable Jacob
            // Vella": a person named in full is that doer, of where it happened (else the victims').
            let victims = d.target?.actors.compactMap(\.country).filter(\.isState) ?? []
            // (Not through a passive on the way: "Dean Pascal-Modeste was hunted and *stabbed*".)
            let governor = s.tree.head(subject.head)
            var chain = [d.predicate.head]
            for a in s.tree.ancestors(d.predicate.head) {
                chain.append(a)
                if a == governor { break }
            }
            let passiveOnTheWay = chain.contains { v in
                s.tree.label(v) == .acomp || s.tree.children(v).contains { s.tree.label($0) == .auxpass }
            }
            if d.source == nil, !passiveOnTheWay, var person = s.namedPerson(subject.head, via: subject.via),
                let c = person.actors[0].country ?? d.place?.country ?? (victims.count == 1 ? victims.first : nil)
            {
                person.actors[0].country = c
                drafts[i].setSource(person, rule, s)
            }
            return
        }
        // Deaths in an accident or a disaster told in the same sentence, or done by an animal
        // ("attacked *by a shark*"), are nobody's attack. (Criticism of a named person or body is
        // someone's whatever else the sentence tells: "*slammed* for banning words such as
        // 'accident'"; a storm "taking aim at" a place is none.)
        let criticised =
            (d.type == .accuse && d.mode == "disapprove" || d.type == .request && d.lightVerbReceives)
            && d.target.map { !$0.fromPlace && !$0.actors.isEmpty } == true
        let byAnimal =
            d.predicate.category == .verb && d.predicate.passive
            ? s.agent(of: d.predicate.head).flatMap { s.word($0.head, .animal) ? $0.head : nil } : nil
        if let w = byAnimal
            ?? (criticised ? nil : s.range.first(where: { k in !d.trigger.contains(k) && s.word(k, .mishap) }))
        {
            drafts[i].note(rule, s, "no unidentified actor: \"\(s.string(w))\" tells of an accident")
            return
        }
        // A state itself as the recipient ("Russia was accused", "Kyiv was shelled"): its accuser or
        // attacker is as likely abroad as at home. (A government criticised by name, "draws criticism
        // that *the White House* is trying …", in a story of its own state alone, is criticised at
        // home.)
        if let t = d.target,
            t.kind == .government && (d.type != .accuse || t.fromPlace)
                || t.fromPlace
                    && s.mentions.places.contains(where: { m in
                        m.placeKind == .country && t.head.map { m.tokens.contains($0) } ?? false
                    })
        {
            drafts[i].note(rule, s, "no unidentified actor: the recipient is a state")
            return
        }
        let victims = d.target?.actors.compactMap(\.country).filter(\.isState) ?? []
        // Criticism of a named person or body ("Putin is criticized", "President Erdogan criticised")
        // comes from their own country's people, whatever other states or wars the story names.
        if criticised, Set(victims).count == 1, let home = victims.first {
            let a = CodedEvent.Actor(text: nil, country: home, sector: sector, implied: true)
            drafts[i].setSource(
                Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"),
                rule, s)
            return
        }
        guard let country = d.place?.country ?? (victims.count == 1 ? victims.first : nil), country.isState else {
            return
        }
        // The victims' state when it is not where it happened: a foreigner killed abroad may be a
        // casualty of someone's war; which side is unknown.
        // In a story of no war, a foreigner killed or charged where they were was so by someone there
        // ("Pakistani journalist shot dead in Kenya", "American aid worker killed in Iraq"). Words
        // against one ("Hochul slammed … at Puerto Rico school") come as likely from home.
        let abroad = s.storyWar == nil && d.mode != "disapprove" ? Set(victims) : []
        if let v = victims.first, victims.count == 1, v != country, abroad.isEmpty {
            drafts[i].note(rule, s, "no unidentified actor: \(v.rawValue) victims in \(country.rawValue)")
            return
        }
        // A story of two states: the violence may be one's against the other. The press that
        // reports it is no party ("*BBC* identifies young people killed in Iran's protests",
        // "*CNN's* Sophia Saifi reports"); in a story of war the armed-conflict check below decides.
        // A state named only through people who speak or act elsewhere ("Anthony Albanese sends a
        // message to Thailand after 35 people killed") is no such party.
        if let other = s.storyParties.first(where: {
            $0 != country && !abroad.contains($0) && (s.storyWar != nil || !s.bystanders.contains($0))
        }) {
            drafts[i].note(rule, s, "no unidentified actor: the story names \(other.rawValue) too")
            return
        }
        // Or another state's people or forces ("*Israeli* air raids").
        if let w = (0..<s.tokens.count).first(where: { k in
            s.lexicon.countryAdjective(s.key(k)).map {
                $0 != country && $0.isState && !abroad.contains($0)
                    && (s.storyWar != nil || !s.bystanders.contains($0))
            } ?? false
        }) {
            drafts[i].note(rule, s, "no unidentified actor: \"\(s.string(w))\" names another state")
            return
        }
        if let w = (0..<s.tokens.count).first(where: { s.word($0, .armedConflict) }) {
            drafts[i].note(rule, s, "no unidentified actor: \"\(s.string(w))\" tells of armed conflict")
            return
        }
        let a = CodedEvent.Actor(text: nil, country: country, sector: sector, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"),
            rule, s)
    }
}

extension SentenceContext {
    /// The one state other than `own` that the sentence names, else that the story names; `own`
    /// itself when the story names no other; nil when there are several.
    func counterpart(of own: CountryCode, speaker: Range<Int>? = nil) -> CountryCode? {
        // Who reports it is no party to it ("…, *US officials* tell CNN").
        var told = mentions
        if let sp = speaker {
            told.places.removeAll { sp.contains($0.tokens.lowerBound) }
            told.actors.removeAll { sp.contains($0.tokens.lowerBound) }
        }
        var sentence = EventCoder.states(EventCoder.countryCounts(CollectionOfOne(told)))
        sentence.remove(own)
        if sentence.count == 1 { return sentence.first }
        guard sentence.isEmpty else { return nil }
        var story = storyStates
        story.remove(own)
        if story.isEmpty { return own }
        return story.count == 1 ? story.first : nil
    }

    /// The country after "to" or "from" on the event's verb or its object ("extradite citizens …
    /// *to Russia*").
    func movedTo(_ d: EventDraft) -> CountryCode? {
        var heads = [d.clause]
        if let t = d.target?.head { heads += Array(tree.subtree(t)) }
        for h in heads {
            for p in tree.children(h) where tree.label(p) == .prep || tree.label(p) == .dative {
                guard key(p) == Keys.to || key(p) == Keys.from, let o = tree.firstChild(p, .pobj) else { continue }
                if let m = mentions.places.first(where: { $0.tokens.contains(o) && $0.placeKind == .country }) {
                    return m.country
                }
            }
        }
        return nil
    }
}

extension SentenceContext {
    /// The tokens of a full personal name headed at `h`: a capitalised proper noun with capitalised
    /// proper-noun compounds before it and nothing else ("Andrew Drew"), outside places, dates
    /// and actors the lexicon knows.
    /// The side of a person named in full headed at `h` (`personName`), with the country the
    /// text gives them ("Trevor Kjeldal, 40, *from Brisbane*"), if any.
    func namedPerson(_ h: Int, via: String) -> Side? {
        guard let name = personName(h) else { return nil }
        let a = CodedEvent.Actor(text: string(tokens: name), country: countryFromModifiers(h), sector: nil)
        return Side(actors: [a], tokens: name, head: h, via: via + " (name)", kind: .person)
    }

    /// "*Gingrich* blasts Biden's speech … Former Speaker Newt Gingrich said": a surname alone is the
    /// person the story names in full elsewhere (after a capitalised given name).
    func isKnownSurname(_ h: Int) -> Bool {
        let key = tokens[h].key
        guard !lexicon.commonWords.contains(key) else { return false }
        for k in 1..<tokens.count where k != h && tokens[k].key == key {
            let g = tokens[k - 1].shape
            if g.contains(.word), g.contains(.capitalized), !g.contains(.allCaps),
                !lexicon.commonWords.contains(tokens[k - 1].key)
            {
                return true
            }
        }
        return false
    }

    func personName(_ h: Int) -> Range<Int>? {
        guard tree.tag(h) == .NNP, tokens[h].shape.contains(.capitalized), slotIndex(at: h) == nil else { return nil }
        var lo = h
        // "Mathieu *van der* Poel": lower-case name particles (grammar.tsv name-particle) inside the
        // name, their head within it.
        while lo > range.lowerBound, (lo...h).contains(tree.head(lo - 1)), tree.label(lo - 1) == .compound,
            tree.tag(lo - 1) == .NNP, tokens[lo - 1].shape.contains(.capitalized) || word(lo - 1, .nameParticle)
        {
            lo -= 1
        }
        while lo < h, word(lo, .nameParticle), !tokens[lo].shape.contains(.capitalized) { lo += 1 }
        let span = lo..<(h + 1)
        // "Typhoon Doksuri", "Hurricane Ian": a named disaster is no person.
        guard span.count >= 2 || isKnownSurname(h), span.count <= 4, !span.contains(where: { word($0, .mishap) }),
            !mentions.places.contains(where: { $0.tokens.overlaps(span) }),
            !mentions.dates.contains(where: { $0.tokens.overlaps(span) }),
            !slots.contains(where: { $0.tokens.overlaps(span) })
        else { return nil }
        return span
    }
}
