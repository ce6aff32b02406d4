import DyadLexicon
import DyadSyntax
import DyadText

/// An argument found in the tree: its head token and the arc that led to it, as traces print it.
struct Argument: Sendable, Hashable {
    var head: Int
    var via: String
}

extension SentenceContext {
    /// `label(head)` with the head's word, as traces print arcs: `nsubj(agreed)`.
    func arc(_ label: String, _ head: Int) -> String { "\(label)(\(string(head)))" }

    /// "*Turkey mine deaths*: President Erdogan criticised …": a headline's topic label before a colon
    /// that the parser made a second subject of the verb after it is no subject.
    func isLabelSubject(_ c: Int, of v: Int) -> Bool {
        guard c < v, tree.children(v).contains(where: { $0 != c && $0 < v && tree.label($0) == .nsubj }) else {
            return false
        }
        let end = tree.subtree(c).upperBound
        return (end..<v).contains { key($0) == Words.colon }
    }

    /// A verb's own subject, not a headline label's noun before a colon.
    func headlineSubject(of v: Int) -> Int? {
        tree.children(v).first { tree.label($0) == .nsubj && !isLabelSubject($0, of: v) }
    }

    /// The subject of verb `v`: its own `nsubj`, else the subject it shares through the tree:
    /// - a coordinated verb shares its head's ("fired tear gas and *arrested* dozens");
    /// - an infinitive complement takes its governor's subject ("agreed to *provide*"), or its
    ///   object after an object-control verb ("urged Iran to *release*", "called on X to *halt*");
    /// - a participle clause takes its main clause's ("…, *killing* 12");
    /// - a relative clause or a present participle modifying a noun takes the noun
    ///   ("rebels *who attacked*", "police *firing* on protesters").
    func subject(of v: Int, depth: Int = 0) -> Argument? {
        guard depth < 6 else { return nil }
        var subjects: [Int] = tree.children(v).filter {
            (tree.label($0) == .nsubj || tree.label($0) == .csubj) && !isLabelSubject($0, of: v)
        }
        // "just days after *Putin* ordered": of two subjects the parser gives one verb with a
        // subordinator between them, the one after it is the clause's (the other a time phrase);
        // without one ("Russian aircraft including helicopter gunships killed") the first stays.
        if subjects.count > 1, let near = subjects.last(where: { $0 < v }), let first = subjects.first, near != first,
            tree.children(v).contains(where: { tree.label($0) == .mark && $0 > first && $0 < near })
        {
            subjects = [near] + subjects.filter { $0 != near }
        }
        for c in subjects {
            // "rebels who attacked": the relative pronoun stands for the noun.
            if word(c, .relative), tree.label(v) == .relcl { return Argument(head: tree.head(v), via: arc("relcl", v)) }
            // "U.S., Allies Vow to …": a headline's first subject, cut off by a comma, that the parser
            // hung on the verb as an adverb, names who acts when the subject after it names no state.
            if [.VBP, .VBZ, .VBD].contains(tree.tag(v)),
                !(slotIndex(at: c).map { slots[$0].actors.contains { $0.country != nil } } ?? false),
                let k = tree.children(v).first(where: {
                    $0 < c && tree.label($0) == .npadvmod
                        && (slotIndex(at: $0).map { slots[$0].actors.contains { $0.country != nil } } ?? false)
                }),
                (k..<c).contains(where: { key($0) == Keys.comma })
            {
                return Argument(head: k, via: arc("npadvmod", v))
            }
            return Argument(head: c, via: arc("nsubj", v))
        }
        let h = tree.head(v)
        guard h != v else { return nil }
        switch tree.label(v) {
        case .amod where tree.tag(v) == .VBG && tree.tag(h).isNoun:
            // "the *protesting* farmers", "*striking* workers": the noun a present participle
            // describes does it.
            return Argument(head: h, via: arc("amod", v))
        case .conj:
            guard tree.tag(h).isVerb || tree.tag(h) == .JJ else { return nil }
            // A passive head's subject is its recipient, not an actor of an active conjunct ("after
            // being dragged into the grounds and *beaten*").
            if tree.firstChild(h, .nsubjpass) != nil || tree.firstChild(h, .auxpass) != nil || isReducedPassive(h) {
                return nil
            }
            return subject(of: h, depth: depth + 1).map { Argument(head: $0.head, via: $0.via + " ←conj") }
        case .xcomp:
            if word(h, .objectControl) {
                if let o = tree.firstChild(h, .dobj) { return Argument(head: o, via: arc("dobj", h) + " ←xcomp") }
                // "Ukrainians told to be ready to fight": the one told acts.
                if isReducedPassive(h), let o = headlineSubject(of: h) {
                    return Argument(head: o, via: arc("nsubj", h) + " ←xcomp")
                }
                for p in tree.children(h, .prep) where word(p, .according) == false {
                    if let o = tree.firstChild(p, .pobj), key(p) == Keys.on || key(p) == Keys.upon {
                        return Argument(head: o, via: arc("pobj", p) + " ←xcomp")
                    }
                }
            }
            // "CNN's Sam Kiley *reports on* Ukraine's counter-offensive *to recapture* Kherson": an
            // infinitive hung on a reporting verb after what it reports on is that noun's; its
            // owner acts, and the reporter never does.
            if word(h, .reporting),
                let p = tree.children(h, .prep).first(where: { $0 < v && (key($0) == Keys.on || key($0) == Keys.about) }
                ),
                let o = tree.firstChild(p, .pobj)
            {
                return tree.firstChild(o, .poss).map { Argument(head: $0, via: arc("poss", o) + " ←xcomp") }
            }
            // "is ready to negotiate": the adjective's subject is its copula's.
            if tree.label(h) == .acomp { return subject(of: tree.head(h), depth: depth + 1) }
            return subject(of: h, depth: depth + 1).map { Argument(head: $0.head, via: $0.via + " ←xcomp") }
        case .advcl:
            // ", killing 12": a participle clause set off by a comma shares its main clause's subject.
            let tag = tree.tag(v)
            let start = tree.subtree(v).lowerBound
            guard tag == .VBG || tag == .VBN, tree.firstChild(v, .mark) == nil, start > range.lowerBound,
                key(start - 1) == Keys.comma
            else { return nil }
            return subject(of: h, depth: depth + 1).map { Argument(head: $0.head, via: $0.via + " ←advcl") }
        case .relcl:
            return Argument(head: h, via: arc("relcl", v))
        case .acomp:
            // "Denmark is *willing* to send …": the adjective's subject is its copula's.
            return subject(of: h, depth: depth + 1).map { Argument(head: $0.head, via: $0.via + " ←acomp") }
        case .acl:
            // "police *firing* on protesters"; and a past participle with an object of its own is
            // active however it was attached ("the envoy *held* talks").
            return tree.tag(v) == .VBG || tree.firstChild(v, .dobj) != nil || isMisreadMainVerb(v)
                ? Argument(head: h, via: arc("acl", v)) : nil
        case .pcomp:
            // "after attacking the town", "by shelling": the preposition's verb's subject (not "warned
            // X for participating", whose subject is X).
            let p = h
            let g = tree.head(p)
            guard g != p, tree.tag(g).isVerb, word(p, .sharedSubject) else { return nil }
            // "a cop *was fired* after *shooting* a driver", "he was arrested after stabbing …": a
            // passive main verb's subject did the gerund's act.
            if let sp = tree.firstChild(g, .nsubjpass) {
                return isThing(sp, doing: v) ? nil : Argument(head: sp, via: arc("nsubjpass", g) + " ←pcomp")
            }
            guard let a = subject(of: g, depth: depth + 1), !isThing(a.head, doing: v) else { return nil }
            return Argument(head: a.head, via: a.via + " ←pcomp")
        default:
            return nil
        }
    }

    /// "Nuclear *plant* disconnected after *shelling*": a thing (a common noun that is no actor or
    /// role) does not do an objectless gerund's act; the gerund names an event on its own.
    func isThing(_ n: Int, doing v: Int) -> Bool {
        (tree.tag(n) == .NN || tree.tag(n) == .NNS) && slotIndex(at: n) == nil && !isRoleWord(n) && isBareGerund(v)
    }

    /// "after *shelling*": a gerund after a preposition with no object or complement ("after
    /// refusing *to debate*", "withdrawing *from* the race" have theirs) names an event as a noun.
    func isBareGerund(_ v: Int) -> Bool {
        tree.tag(v) == .VBG && tree.label(v) == .pcomp
            && !tree.children(v).contains {
                [.dobj, .xcomp, .ccomp, .prep, .prt, .dative, .advcl, .acomp, .oprd, .agent].contains(tree.label($0))
            }
    }

    /// The recipient of a passive verb: its `nsubjpass`, the noun a past participle modifies
    /// ("protesters *arrested* in Moscow"), or a coordinated passive's.
    func passiveSubject(of v: Int, depth: Int = 0) -> Argument? {
        guard depth < 4 else { return nil }
        if let s = tree.firstChild(v, .nsubjpass) {
            if word(s, .relative), tree.label(v) == .relcl { return Argument(head: tree.head(v), via: arc("relcl", v)) }
            return Argument(head: s, via: arc("nsubjpass", v))
        }
        if isReducedPassive(v), let s = headlineSubject(of: v) { return Argument(head: s, via: arc("nsubj", v)) }
        let h = tree.head(v)
        guard h != v else { return nil }
        switch tree.label(v) {
        case .acl, .amod, .relcl: return Argument(head: h, via: arc(tree.label(v).description, v))
        case .conj:
            return passiveSubject(of: h, depth: depth + 1).map { Argument(head: $0.head, via: $0.via + " ←conj") }
        case .xcomp: return subject(of: h, depth: depth + 1)
        default: return nil
        }
    }

    /// The "by" agent of a passive verb or of a noun ("the mobilization announced *by Putin*").
    func agent(of v: Int) -> Argument? {
        for c in tree.children(v) where tree.label(c) == .agent || tree.label(c) == .prep && key(c) == Keys.by {
            if let o = tree.firstChild(c, .pobj) { return Argument(head: o, via: arc("pobj", c)) }
        }
        // "journalists shot and injured *by* Israeli forces": coordinated participles share the
        // last one's agent.
        guard tree.tag(v) == .VBD || tree.tag(v) == .VBN, tree.firstChild(v, .dobj) == nil,
            let a = agentConjunct(of: v), let o = tree.firstChild(a, .pobj)
        else { return nil }
        return Argument(head: o, via: arc("pobj", a) + " ←conj")
    }

    /// The agent arc of a participle coordinated with `v` that has no subject, object or auxiliary
    /// of its own ("shot and *injured by* forces"): the "by" phrase the two share.
    func agentConjunct(of v: Int) -> Int? {
        for c in tree.children(v, .conj)
        where tree.tag(c) == .VBN && tree.firstChild(c, .dobj) == nil && tree.firstChild(c, .nsubj) == nil
            && tree.firstChild(c, .nsubjpass) == nil && tree.firstChild(c, .auxpass) == nil
        {
            if let a = tree.firstChild(c, .agent) { return a }
        }
        return nil
    }

    /// A passive verb's agent that the parser hung lower down: a "by" phrase on an active gerund
    /// inside the verb's own prepositional complement ("has been accused of misusing funds *by*
    /// officials"). An active gerund's subject is the passive's recipient, so a "by" naming an
    /// actor on it can only be the displaced agent (a manner "by" takes a gerund, not an actor).
    /// A participle's or a noun's own "by" stays its own ("accused of being backed *by* Iran",
    /// "of involvement in attacks *by* rebels").
    func displacedAgent(of v: Int) -> Argument? {
        var queue: [Int] = []
        for p in tree.children(v) where tree.label(p) == .prep && key(p) != Keys.by {
            queue += tree.children(p).filter { tree.label($0) == .pcomp }
        }
        var k = 0
        while k < queue.count, k < 8 {
            let x = queue[k]
            k += 1
            guard tree.tag(x) == .VBG else { continue }
            for c in tree.children(x) where tree.label(c) == .prep && key(c) == Keys.by {
                if let o = tree.firstChild(c, .pobj) { return Argument(head: o, via: arc("pobj", c) + " (displaced)") }
            }
            for c in tree.children(x) where tree.label(c) == .conj { queue.append(c) }
        }
        return nil
    }

    /// "investigating alleged abuses *by Croatian police*": an active verb's "by" phrase naming an
    /// actor is not its agent (its subject is), but the parser's attachment of its object's doer.
    func objectAgent(of v: Int) -> Argument? {
        guard tree.tag(v).isVerb, tree.firstChild(v, .nsubjpass) == nil, tree.firstChild(v, .auxpass) == nil,
            tree.firstChild(v, .dobj) != nil
        else { return nil }
        for c in tree.children(v) where tree.label(c) == .prep && key(c) == Keys.by {
            if let o = tree.firstChild(c, .pobj) { return Argument(head: o, via: arc("pobj", c) + " (object's doer)") }
        }
        return nil
    }

    /// Objects of the prepositions `prepositions` on a purpose phrase of `v` ("mobilized reservists
    /// for a possible war *against Iraq*", "prepared for an attack *on* the port").
    func purposeObjects(of v: Int, _ prepositions: Set<UInt64>) -> [Argument] {
        var out: [Argument] = []
        for o in prepositionalObjects(of: v, [Keys.for]) where tree.tag(o.head).isNoun {
            out += prepositionalObjects(of: o.head, prepositions).map { Argument(head: $0.head, via: $0.via + " ←for") }
        }
        return out
    }

    /// The direct object of `v` outside the trigger's own words.
    func directObject(of v: Int, outside trigger: Range<Int>) -> Argument? {
        for c in tree.children(v) where tree.label(c) == .dobj && !trigger.contains(c) {
            return Argument(head: c, via: arc("dobj", v))
        }
        return nil
    }

    /// The indirect object ("gave *Mali* $3 million", "offered its soldiers *to* Qatar's emir").
    func dative(of v: Int) -> Argument? {
        guard let d = tree.firstChild(v, .dative) else { return nil }
        if tree.tag(d) == .IN || tree.tag(d) == .TO, let o = tree.firstChild(d, .pobj) {
            return Argument(head: o, via: arc("pobj", d))
        }
        return Argument(head: d, via: arc("dative", v))
    }

    /// Objects of `v`'s prepositions among `prepositions` ("talks *with* X", "attack *on* X"), in
    /// text order, including a preposition inside the trigger's own words ("meet with").
    func prepositionalObjects(of v: Int, _ prepositions: Set<UInt64>) -> [Argument] {
        var out: [Argument] = []
        for c in tree.children(v) where tree.label(c) == .prep || tree.label(c) == .dative || tree.label(c) == .prt {
            guard prepositions.contains(key(c)) else { continue }
            if let o = tree.firstChild(c, .pobj) ?? tree.firstChild(c, .pcomp) {
                out.append(Argument(head: o, via: arc("pobj", c)))
            }
        }
        return out
    }

    /// The verb a nominal trigger is the object of ("*launched* an attack", "*held* talks",
    /// "*took* part in protests", "*engaged* troops in a firefight"), or nil when the noun stands on
    /// its own (a subject, a background "after the attack").
    func governingVerb(ofNoun n: Int) -> Argument? {
        var x = n
        var path = ""
        for _ in 0..<4 {
            let h = tree.head(x)
            guard h != x else { return nil }
            switch tree.label(x) {
            case .dobj, .attr, .oprd, .nsubjpass, .conj, .appos:
                if tree.tag(h).isVerb { return Argument(head: h, via: arc(tree.label(x).description, h) + path) }
                if tree.label(x) == .conj || tree.label(x) == .appos, tree.tag(h).isNoun {
                    x = h
                    continue
                }
                return nil
            case .pobj:
                // "in a firefight", "in protests": a preposition that is not background.
                if word(h, .background) { return nil }
                let g = tree.head(h)
                guard g != h else { return nil }
                path = " ←" + arc("pobj", h) + path
                if tree.tag(g).isVerb { return Argument(head: g, via: arc("prep", g) + path) }
                // "took part in protests", "launched a series of attacks", "provide 70 million dollars of
                // aid": through a partitive or a measured amount.
                if tree.tag(g).isNoun || tree.tag(g) == .CD, [.dobj, .attr].contains(tree.label(g)),
                    word(g, .partitive) || mentions.quantities.contains(where: { $0.tokens.contains(g) })
                        || tree.children(g).contains(where: { tree.label($0) == .nummod })
                {
                    x = g
                    continue
                }
                return nil
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether `n` (a nominal trigger) is the object of a background preposition ("after the
    /// attack", "during the protests", "for evading mobilization").
    func isBackground(noun n: Int) -> Bool {
        // "… *following* bridge blast" with "following" read as the noun's participle modifier.
        if tree.children(n).contains(where: {
            $0 < n && tree.label($0) == .amod && tree.tag($0) == .VBG && word($0, .background)
        }) {
            return true
        }
        var x = n
        for _ in 0..<3 {
            let h = tree.head(x)
            guard h != x else { return false }
            switch tree.label(x) {
            case .pobj: return word(h, .background)
            case .dobj, .conj, .compound, .appos:
                // "for evading mobilization": the gerund's preposition.
                // Not a verb that carries it out (grammar carry-out: "condemned *after launching*
                // missile strikes"): the main clause's actor did it, and it is told here. Not one kept
                // "from" or talked "about" ("blocked from carrying out the execution").
                if tree.label(h) == .pcomp, tree.head(h) != h, word(tree.head(h), .background) {
                    let prep = key(tree.head(h))
                    return tree.label(x) != .dobj || !word(h, .carryOut) || prep == Keys.from || prep == Keys.about
                }
                if tree.label(x) == .dobj { return false }
                x = h
            default: return false
            }
        }
        return false
    }
}

/// Token keys the tree rules compare against (the grammar classes are in `grammar.tsv`).
enum Keys {
    static let by = TokenKey.of("by")
    static let on = TokenKey.of("on")
    static let at = TokenKey.of("at")
    static let against = TokenKey.of("against")
    static let upon = TokenKey.of("upon")
    static let to = TokenKey.of("to")
    static let between = TokenKey.of("between")
    static let of = TokenKey.of("of")
    static let from = TokenKey.of("from")
    static let about = TokenKey.of("about")
    static let under = TokenKey.of("under")
    static let fire = TokenKey.of("fire")
    static let `as` = TokenKey.of("as")
    static let `for` = TokenKey.of("for")
    static let over = TokenKey.of("over")
    static let why = TokenKey.of("why")
    static let with = TokenKey.of("with")
    static let into = TokenKey.of("into")
    static let inKey = TokenKey.of("in")
    static let possessive = TokenKey.of("'s")
    static let no = TokenKey.of("no")
    static let that = TokenKey.of("that")
    static let comma = TokenKey.of(",")
    /// Punctuation that ends a clause for the word-order fallbacks.
    static let clauseBreaks: Set<UInt64> = Set([";", ":", "--", "(", ")", "—", "–"].map { TokenKey.of($0) })
}
