import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// Senses that news headlines and summaries lend to everyday words: an attack made in words, an
/// attack by an animal, a takeover by a business, an order of a thing.
extension EventRule {
    /// "McCaul *attacked* Harris for blaming Trump", "Miller *blasts* the administration's
    /// immigration policies", "Abbott *blasts* Keir Starmer": a verb of attack (grammar.tsv
    /// verbal-attack) that gives a reason ("for …"), whose object is something said or decided
    /// (grammar.tsv statement), or, for the verbs headlines use for criticism (grammar.tsv
    /// criticism-verb), whose object is a person or an organisation, is PLOVER ACCUSE disapprove; not
    /// when an armed actor acts or a weapon is named ("blasted the town *with* rockets"). Criticism
    /// words also name physical acts: armed men who "blasted" positions attack them; "a bomb *ripped
    /// through* the market", "*ripped off* his mask" and "a spacecraft will *slam into* an asteroid"
    /// criticise no one, while "missiles *slam into* cities" is an attack on them. Any other attack
    /// verb on something said or decided ("must *kill* the bill") is no attack.
    static let verbalAttack = EventRule(
        "verbal-attack",
        "a verb of attack (grammar.tsv verbal-attack) giving a reason (\"for\", a headline's \"over\"), on a statement, or (criticism-verb) on an unarmed party, without arms or a weapon, is ACCUSE disapprove; so is a headline's attack verb by a party, the press, civilians or one named person; its physical senses are an attack by armed men or on a place, else no event; a clash (quarrel) of two unarmed parties, no crowd, is ACCUSE"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        // "*media* attacks on the doctor", "*personal* attacks": an attack in words (grammar.tsv
        // verbal-modifier).
        if d.type == .assault, d.predicate.category == .noun,
            let m = s.tree.children(v).first(where: {
                (s.tree.label($0) == .compound || s.tree.label($0) == .amod) && s.word($0, .verbalModifier)
            })
        {
            drafts[i].type = .accuse
            drafts[i].mode = "disapprove"
            drafts[i].note(rule, s, "type ASSAULT → ACCUSE/disapprove (\"\(s.string(m))\" attack)")
            return
        }
        // "under a *barrage* of criticism": an attack made of words (grammar.tsv statement);
        // "Democrats go on the *attack*": one by those who bear no arms and hold no state power
        // (parties, lawmakers, the opposition, commentators) is in words too.
        if d.type == .assault, d.predicate.category == .noun {
            let ofWords = s.tree.children(v).contains { c in
                s.tree.label(c) == .prep && s.key(c) == Keys.of
                    && s.tree.firstChild(c, .pobj).map { s.word($0, .statement) } == true
            }
            let talkers: Set<Sector> = [.party, .legislature, .opposition, .elites, .journalists]
            let byTalkers =
                d.source.map { src in
                    // Not a name before the noun, often the one attacked ("the Pelosi attack").
                    !src.via.contains("compound") && !src.actors.isEmpty
                        && src.actors.allSatisfy { a in a.sector.map(talkers.contains) ?? false }
                } ?? false
            if ofWords || byTalkers {
                drafts[i].type = .accuse
                drafts[i].mode = "disapprove"
                drafts[i].note(
                    rule, s,
                    "type ASSAULT → ACCUSE/disapprove (\(ofWords ? "an attack of words" : "by those who bear no arms"))"
                )
                return
            }
        }
        // "The U.S. *blasts* Russia over …" read as a noun phrase (U.S. blasts, Russia): a criticism
        // verb between two actors, a country-like one before it and one in apposition or right after
        // it, is the headline's verb.
        if d.type == .assault, d.predicate.category == .noun, s.word(v, .criticismVerb),
            let c = s.tree.children(v).last(where: { $0 < v && s.tree.label($0) == .compound }),
            let src = s.side(Argument(head: c, via: s.arc("compound", v))), !src.isArmed,
            // The other actor in apposition, or right after the verb ("Greece *blasts* EU vote" read
            // as one noun phrase).
            let o = s.tree.children(v).first(where: { $0 > v && s.tree.label($0) == .appos })
                ?? (s.slotIndex(at: v + 1) != nil ? v + 1 : nil),
            let tgt = s.side(Argument(head: o, via: s.tree.label(o) == .appos ? s.arc("appos", v) : "next word"))
        {
            drafts[i].type = .accuse
            drafts[i].mode = "disapprove"
            drafts[i].note(rule, s, "type ASSAULT → ACCUSE/disapprove (a headline's criticism verb between two actors)")
            drafts[i].setSource(src, rule, s)
            drafts[i].setTarget(tgt, rule, s)
            return
        }
        // "*Trump blasts* Maricopa County" read as a noun phrase: one person named before a
        // headline's criticism verb criticises (a person's "blasts" are words, not bombs).
        if d.type == .assault, d.predicate.category == .noun, s.word(v, .criticismVerb),
            v == s.range.lowerBound + 1
                || (s.range.lowerBound..<v).allSatisfy({ s.tree.head($0) == v || s.tree.head($0) > $0 }),
            let c = s.tree.children(v).last(where: { $0 == v - 1 && s.tree.label($0) == .compound }),
            let src = s.side(Argument(head: c, via: s.arc("compound", v))), !src.isArmed, src.kind == .person,
            src.actors.count == 1
        {
            drafts[i].type = .accuse
            drafts[i].mode = "disapprove"
            drafts[i].note(rule, s, "type ASSAULT → ACCUSE/disapprove (a person's headline criticism verb)")
            drafts[i].setSource(src, rule, s)
            if let p = s.mentions.places.first(where: { $0.tokens.lowerBound == v + 1 }) {
                let a = CodedEvent.Actor(text: s.text.string(p.start..<p.end), country: p.country, sector: nil)
                drafts[i].setTarget(
                    Side(actors: [a], tokens: p.tokens, head: nil, via: "next words (place)", fromPlace: true), rule, s)
            }
            return
        }
        // "a Grand *Slam*", "a *slam* dunk": a criticism verb read as a noun names no criticism.
        if d.type == .accuse, d.predicate.category == .noun, s.word(v, .verbalAttack) {
            drafts[i].drop("a noun (\"\(s.string(v))\")", rule, s)
            return
        }
        guard d.predicate.category == .verb, s.tree.tag(v).isVerb else { return }
        let object = s.tree.firstChild(v, .dobj)
        // "DeSantis *clashed with* Crist over abortion": a clash between two unarmed parties, neither
        // of them a crowd, is a quarrel in words (grammar.tsv quarrel).
        if d.type == .assault, s.word(v, .quarrel) {
            func unarmed(_ side: Side?) -> Bool {
                guard let side, !side.fromPlace, side.kind != .group, !side.actors.isEmpty else { return false }
                return !side.isArmed
            }
            // Or both parties as the subject ("lawyers for the government and its opponents clashed").
            // The parser may give the verb two subjects instead of one coordinated subject.
            let pair =
                d.target == nil
                && ((d.source?.actors.count ?? 0) >= 2
                    || s.tree.children(v).filter { s.tree.label($0) == .nsubj }.count >= 2)
            // A person the lexicon does not know, named in full as the subject ("Bill Maher clashes
            // with a liberal journalist"), is such a party too.
            let named =
                d.source == nil ? s.subject(of: v).flatMap { s.namedPerson($0.head, via: $0.via) } : nil
            guard unarmed(d.source) || named != nil, pair || unarmed(d.target) else { return }
            if let named { drafts[i].setSource(named, rule, s) }
            drafts[i].type = .accuse
            drafts[i].mode = "disapprove"
            drafts[i].note(rule, s, "type ASSAULT → ACCUSE/disapprove (a quarrel between unarmed parties)")
            return
        }
        guard s.word(v, .verbalAttack) else {
            if d.type == .assault, let o = object, s.word(o, .statement) {
                drafts[i].drop("done to a statement (\"\(s.string(o))\")", rule, s)
            }
            return
        }
        let preps = s.tree.children(v).filter { s.tree.label($0) == .prep }
        let armed = d.source?.isArmed ?? false
        let weapon = preps.contains { s.key($0) == Keys.with }
        let into = preps.contains { s.key($0) == Keys.into }
        let headline = s.word(v, .criticismVerb)
        if d.type == .accuse {
            // "Israeli jets *blasted* Hamas positions", "missiles *slam into* cities across Ukraine";
            // not "border sheriffs *slam* the DC mayor *for* …": armed men who blame an unarmed party
            // for something criticise it.
            let onPlace =
                !headline && into && d.source?.actors.contains { $0.country?.isState ?? false } == true
                && d.target?.fromPlace == true
            // Nor those who slam one unarmed person or body ("border sheriffs *slam* Dem mayor after
            // …"): a headline's criticism verb does not strike a mayor; weapons strike positions,
            // crowds and places.
            let unarmedParty = d.target.map { !$0.fromPlace && !$0.actors.isEmpty && !$0.isArmed } == true
            let oneParty = d.target.map { $0.kind == .person || $0.kind == .organization } == true
            let blames =
                unarmedParty && (preps.contains { s.key($0) == Keys.for } || oneParty && !into && !weapon)
            if armed && !blames || onPlace {
                drafts[i].type = .assault
                drafts[i].mode = nil
                drafts[i].note(rule, s, "type ACCUSE → ASSAULT (\(armed ? "an armed actor" : "falls on a place"))")
                return
            }
            // "rips Biden", "ripped into the administration", "was ripped by critics"; not "ripped
            // through", "ripped off", "ripped open", "slammed into the coast".
            let particle = s.tree.children(v).contains { s.tree.label($0) == .prt }
            if !headline ? into : !d.predicate.passive && (object == nil && !into || particle) {
                drafts[i].drop("a physical sense (no one criticised)", rule, s)
            }
            return
        }
        guard d.type == .assault else { return }
        if armed || weapon { return }
        // "for" a reason, or "over" one ("blasts Kenya *over* its election law").
        let reason = preps.contains { s.key($0) == Keys.for || headline && s.key($0) == Keys.over }
        let said = object.map { s.word($0, .statement) } ?? false
        // "blasts Keir Starmer", "torches the school board": a verb that headlines use for criticism
        // (grammar.tsv criticism-verb) whose object is itself an unarmed party.
        // With no actor as object ("farmer *blasts* eco mob"), an unarmed actor who blasts words at
        // anything but a place or a vehicle criticises it too.
        let party =
            headline && object != nil
            && (d.target.map { t in
                !t.fromPlace
                    && object.map { o in
                        t.tokens.contains(o)
                            || s.tree.subtree(o).contains(t.tokens.lowerBound)
                                && t.head.map { s.tree.label($0) != .poss } ?? true
                    } == true
                    && !t.isArmed
            }
                ?? (d.source.map { !$0.fromPlace && !$0.actors.isEmpty } ?? false
                    && object.map { o in
                        !s.word(o, .vehicle) && !s.mentions.places.contains(where: { $0.tokens.contains(o) })
                    }
                        ?? false))
        // "Minister Johnny Mercer *attacks* Liz Truss", "Bolsonaro's party attacks the electoral
        // court": a politician or commentator (named, not a state) attacking a person or an
        // organisation, neither armed, attacks in words.
        let speakers: Set<Sector> = [.government, .legislature, .party, .opposition, .elites, .journalists]
        func named(_ side: Side?) -> Bool {
            guard let side, !side.fromPlace, !side.actors.isEmpty, !side.isArmed else { return false }
            return side.kind == .person || side.kind == .organization
        }
        // The subject itself, not the one it belongs to ("supporters *of the new leader*").
        let politicians =
            named(d.source) && named(d.target) && d.source?.via.contains("→") == false
            && d.source?.actors.allSatisfy({ a in a.sector.map(speakers.contains) ?? false }) == true
        // "Bolsonaro's *party* attacks the voting system", "*Trump* blasts Maricopa County": a party,
        // a legislature, the opposition or the press, or one person named in full, holds no arms; a
        // headline verb of attack by them is in words, whatever it is aimed at.
        let talkers: Set<Sector> = [.party, .legislature, .opposition, .journalists]
        let unarmedSpeaker =
            d.source.map { src in
                !src.fromPlace && !src.actors.isEmpty && src.via.contains("→") == false
                    && (src.actors.allSatisfy { a in a.sector.map(talkers.contains) ?? false }
                        || headline && src.kind == .person && src.actors.count == 1
                            && src.actors.allSatisfy { a in a.sector.map(speakers.contains) ?? false }
                        // "Furious *parents* blast …": civilians with a headline verb of attack.
                        || headline && src.actors.allSatisfy { $0.sector == .civilians })
            } ?? false
        guard reason || said || party || politicians || unarmedSpeaker else { return }
        drafts[i].type = .accuse
        drafts[i].mode = "disapprove"
        drafts[i].note(
            rule, s,
            "type ASSAULT → ACCUSE/disapprove (\(reason ? "for a reason" : said ? "a statement attacked" : party ? "a party attacked in words" : "a politician attacks"))"
        )
    }

    /// "Elon Musk *has taken control of* Twitter", "the fund *seized* a majority stake": a business
    /// taking over what it buys is a deal, not the coercion PLOVER codes (seizure of territory,
    /// property or people by force or authority).
    static let businessTakeover = EventRule(
        "business-takeover", "COERCE seize whose actor is a business (sector BUS) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .coerce, d.mode == "seize",
            let src = d.source, !src.actors.isEmpty, src.actors.allSatisfy({ $0.sector == .business })
        else { return }
        drafts[i].drop("a business takes over", rule, s)
    }

    /// "Putin *ordered* a partial mobilization", "ministers *ordered* an urgent survey": an order
    /// (grammar.tsv command) whose object is a thing, not someone told to act, asks no one; the act
    /// ordered, when it is an event, is the orderer's own (its source is the orderer, as the light
    /// verb gave it). "ordered Menem to appear" stays a REQUEST to Menem.
    static let orderedAct = EventRule(
        "ordered-act",
        "REQUEST by an order verb (grammar.tsv command) whose object is no actor: the ordered event noun is the event, the order none"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .request, d.predicate.category == .verb, s.word(v, .command),
            let o = s.tree.firstChild(v, .dobj), s.slotIndex(at: o) == nil,
            // "ordered the police to leave" asks someone; "ordered the *mobilisation* of reserves to
            // fight" orders an act (the object an event noun), whatever the infinitive after it.
            !s.tree.children(v).contains(where: { s.tree.label($0) == .xcomp })
                || drafts.contains(where: { $0.complementOf == i && $0.isPeer && $0.predicate.head == o })
        else { return }
        for j in drafts.indices where drafts[j].complementOf == i && drafts[j].isPeer {
            guard s.tree.subtree(o).contains(drafts[j].predicate.head) else { continue }
            drafts[j].complementOf = nil
            drafts[j].note(rule, s, "the act \"\(s.string(v))\" orders is the event")
            if drafts[j].source == nil { drafts[j].setSource(d.source, rule, s) }
        }
        drafts[i].drop("orders \"\(s.string(o))\", asks no one", rule, s)
    }

    /// "Jetstar's *cancellation* of the flight", "Texas A&M *cancels* football practice": calling off
    /// a service, a show or a game (grammar.tsv service) is no sanction against anyone.
    static let serviceCancelled = EventRule(
        "service-cancelled",
        "SANCTION discontinue whose object or modifier is a service, show or game (grammar.tsv service) is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .sanction, d.mode == "discontinue" else { return }
        let v = d.predicate.head
        var things: [Int] = Array(
            s.tree.children(v).filter {
                let l = s.tree.label($0)
                return l == .dobj || l == .compound || l == .nsubjpass
            })
        things += s.prepositionalObjects(of: v, [Keys.of]).map(\.head)
        if let h = s.tree.children(v).first(where: { s.tree.label($0) == .dobj }) {
            things += s.tree.children(h).filter { s.tree.label($0) == .compound }
        }
        guard let t = things.first(where: { s.word($0, .service) }) else { return }
        drafts[i].drop("a \"\(s.string(t))\" called off", rule, s)
    }

    /// "was attacked by a *bear*", "a *shark* attack", "a *snake* has been captured": an attack by or
    /// on an animal is no event between actors. Nor is an attack noun the same sentence tells with
    /// no doer of its own ("was attacked by a bull shark in a rare fatal *attack*").
    static let animalSense = EventRule(
        "animal-sense",
        "ASSAULT or COERCE whose actor, modifier or recipient is an animal (grammar.tsv animal) is no event, nor an attack noun with no doer of its own in a sentence where such an attack is told"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault || d.type == .coerce else { return }
        if let animal = s.animal(in: d) {
            drafts[i].drop("an animal (\"\(s.string(animal))\")", rule, s)
            return
        }
        guard d.type == .assault, d.predicate.category == .noun, !s.hasOwnDoer(d.predicate.head),
            let other = drafts.indices.first(where: { j in
                j != i && drafts[j].type == .assault && s.animal(in: drafts[j]) != nil
            })
        else { return }
        drafts[i].drop("the attack by an animal told by \"\(s.string(drafts[other].predicate.head))\"", rule, s)
    }
}

extension SentenceContext {
    /// The animal that does or undergoes the draft's act: the verb's agent, subject or object, or
    /// the noun's modifier, possessor or "by" phrase ("a *shark* attack", "survived an attack *by a
    /// bison*", where the parser hangs the "by" phrase on the verb that governs the noun).
    func animal(in d: EventDraft) -> Int? {
        let v = d.predicate.head
        var heads: [Int] = []
        if tree.tag(v).isVerb {
            if let a = agent(of: v) { heads.append(a.head) }
            heads += tree.children(v).filter {
                let l = tree.label($0)
                return l == .nsubj || l == .nsubjpass || l == .dobj
            }
            // The object of another verb of a phrase trigger ("shot and *killed* a dog").
            for t in d.trigger where t != v && tree.tag(t).isVerb {
                heads += tree.children(t).filter { tree.label($0) == .dobj }
            }
        } else {
            // "a shark attack", "the bear's attack", "an attack by a dog".
            heads += tree.children(v).filter {
                let l = tree.label($0)
                return l == .compound || l == .amod || l == .poss || l == .nmod
            }
            if let a = agent(of: v) { heads.append(a.head) }
            // "survived attack *by bison*": the governing active verb's "by" phrase.
            if tree.label(v) == .dobj, case let g = tree.head(v), g != v,
                !tree.children(g).contains(where: { tree.label($0) == .auxpass }),
                let by = tree.children(g).first(where: { tree.label($0) == .prep && key($0) == Keys.by }),
                let o = tree.firstChild(by, .pobj)
            {
                heads.append(o)
            }
        }
        return heads.first { word($0, .animal) }
    }

    /// Whether the trigger names a doer of its own: a subject or "by" agent of a verb, or a
    /// possessor, proper-name compound ("*Taliban* attack") or "by" phrase of a noun.
    func hasOwnDoer(_ v: Int) -> Bool {
        if agent(of: v) != nil { return true }
        return tree.children(v).contains {
            let l = tree.label($0)
            return l == .nsubj || l == .poss || l == .compound && (tree.tag($0) == .NNP || tree.tag($0) == .NNPS)
        }
    }
}
