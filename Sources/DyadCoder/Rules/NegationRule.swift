import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// Negated events did not happen (PLOVER: negated events can be excluded).
    static let negation = EventRule(
        "negation",
        "a `neg` arc on the predicate or its verb, \"no\" on a noun, a refusal verb or \"yet to\" (grammar.tsv pending) above, an averting verb over it (\"thwarted an attack\", \"avoided jail\"), a noun of absence (\"a lack of support\") or an acquittal (\"cleared of assaulting\", \"not guilty of murder\") drops the event; a promise *not* to do a cooperative act, one its actor will or would not do (and a promise whose content that is), an act declined or refused (grammar.tsv declining), or a meeting not attended, is REJECT"
    ) { drafts, i, s, rule in
        let p = drafts[i].predicate
        var heads = [p.head]
        if p.category == .noun, let v = s.governingVerb(ofNoun: p.head) { heads.append(v.head) }
        // "European leaders vowed *not* to recognise the vote": a promise (grammar.tsv hypothetical)
        // whose infinitive is negated refuses the cooperative act it names (REJECT); forswearing a
        // hostile act ("vowed not to attack") or anything that is no event is no event. The parser
        // hangs the "not" on either verb.
        if drafts[i].type == .agree, s.word(p.head, .hypothetical),
            let x = s.tree.children(p.head).first(where: { s.tree.label($0) == .xcomp && $0 > p.head }),
            let n = (Array(s.tree.children(p.head)) + Array(s.tree.children(x))).first(where: {
                s.tree.label($0) == .neg && p.head < $0 && $0 < x
            })
        {
            let content = drafts.indices.filter { drafts[$0].complementOf == i }
            guard !content.isEmpty, content.allSatisfy({ drafts[$0].type.ordinal <= EventType.retreat.ordinal }) else {
                drafts[i].drop("\"\(s.string(p.head)) \(s.string(n))\" to do no cooperative act", rule, s)
                return
            }
            drafts[i].type = .reject
            drafts[i].mode = nil
            drafts[i].note(rule, s, "\"\(s.string(p.head)) \(s.string(n))\" to: type REJECT")
            return
        }
        for h in heads {
            for c in s.tree.children(h) {
                if s.tree.label(c) == .neg || s.tree.label(c) == .det && s.key(c) == Keys.no {
                    // "will not attend the G20 summit": a meeting not attended is refused (REJECT).
                    if drafts[i].type == .consult, s.word(h, .attendance) {
                        if h != p.head { drafts[i].absentFrom = h }
                        drafts[i].type = .reject
                        drafts[i].mode = "meet"
                        drafts[i].note(rule, s, "\"\(s.string(c)) \(s.string(h))\": type REJECT")
                        return
                    }
                    // "Hamas said it *would not recognise* Israel", "will not withdraw": a cooperative
                    // act its actor says they will not do is refused (PLOVER REJECT).
                    if s.tree.label(c) == .neg, drafts[i].type.ordinal <= EventType.retreat.ordinal,
                        s.tree.children(h).contains(where: { a in
                            s.tree.label(a) == .aux && (s.word(a, .future) || s.word(a, .threatModal))
                        })
                    {
                        drafts[i].type = .reject
                        drafts[i].mode = nil
                        drafts[i].note(rule, s, "\"\(s.string(c)) \(s.string(h))\": type REJECT (a refusal)")
                        // "The US will never recognise the annexation, Biden vows": the promise whose
                        // content the refusal is refuses too.
                        if let j = drafts[i].complementOf, drafts[j].type == .agree,
                            s.word(drafts[j].trigger.lowerBound, .promise)
                        {
                            drafts[j].type = .reject
                            drafts[j].mode = nil
                            drafts[j].note(rule, s, "a promise of a refusal (\"\(s.string(h))\"): type REJECT")
                        }
                        return
                    }
                    drafts[i].drop("negated by \"\(s.string(c))\"", rule, s)
                    return
                }
                // "will *no longer* recognise", "*no more* talks": an adverb the negation hangs on.
                if s.tree.label(c) == .advmod, let n = s.tree.children(c).first(where: { s.tree.label($0) == .neg }) {
                    drafts[i].drop("negated by \"\(s.string(n)) \(s.string(c))\"", rule, s)
                    return
                }
            }
            // "refused to lift", "failed to agree": the governing verb says it did not happen.
            if s.tree.label(h) == .xcomp, s.word(s.tree.head(h), .refusal), drafts[i].complementOf == nil {
                // "Hong Kong *declines* to seize superyacht linked to Russian oligarch": declining or
                // refusing to act is a refusal (PLOVER REJECT) of whom the act would have befallen;
                // "failed to agree" is none.
                // (The act itself, or the verb whose object its noun is: not "declined to comment on
                // the *arrival*".)
                if s.word(s.tree.head(h), .declining), drafts[i].type != .reject,
                    h == p.head || drafts[i].lightVerb == h && s.tree.firstChild(h, .dobj) == p.head
                {
                    drafts[i].type = .reject
                    drafts[i].mode = nil
                    drafts[i].note(rule, s, "refused (\"\(s.string(s.tree.head(h)))\"): type REJECT")
                    return
                }
                drafts[i].drop("refused: \"\(s.string(s.tree.head(h)))\"", rule, s)
                return
            }
            // "has *yet* to acknowledge", "is yet to withdraw": still to happen (grammar.tsv pending).
            if s.tree.label(h) == .xcomp,
                let y = s.tree.children(s.tree.head(h)).first(where: {
                    s.tree.label($0) == .advmod && s.word($0, .pending)
                })
            {
                drafts[i].drop("not yet: \"\(s.string(y))\"", rule, s)
                return
            }
        }
        // "Bolsonaro *yet to* concede" (a headline's "is" left out): still to happen.
        if p.category == .verb,
            let to = s.tree.children(p.head).first(where: { s.tree.label($0) == .aux && s.tree.tag($0) == .TO }),
            to > s.range.lowerBound, s.word(to - 1, .pending)
        {
            drafts[i].drop("not yet: \"\(s.string(to - 1)) \(s.string(to))\"", rule, s)
            return
        }
        // "a lack of support": an event noun after a noun of absence did not happen.
        if p.category == .noun, s.tree.label(p.head) == .pobj {
            let of = s.tree.head(p.head)
            if s.key(of) == Keys.of, s.word(s.tree.head(of), .absence) {
                drafts[i].drop("absent: \"\(s.string(s.tree.head(of)))\"", rule, s)
                return
            }
        }
        // "Joey Barton *cleared of* assaulting his wife", "found *not guilty of* murder": what a
        // court acquits someone of did not happen as far as the news tells (grammar.tsv acquittal).
        if [.pobj, .pcomp].contains(s.tree.label(p.head)) {
            let of = s.tree.head(p.head)
            let a = s.tree.head(of)
            if s.key(of) == Keys.of, a != of,
                s.word(a, .acquittal)
                    || s.word(a, .culpable)
                        && ([a] + [s.tree.head(a)]).contains(where: { h in
                            s.tree.children(h).contains { s.tree.label($0) == .neg && $0 == a - 1 }
                        })
            {
                drafts[i].drop("acquitted: \"\(s.string(a))\" of it", rule, s)
                return
            }
        }
        // "thwarted an attack", "avoided jail", "prevented them from
        // attacking": an event its governing verb averts did not happen.
        let h = p.head
        var averting: Int?
        switch s.tree.label(h) {
        case .dobj, .xcomp: averting = s.tree.head(h)
        case .pcomp, .pobj:
            // "from attacking": the preposition hangs on the averting verb ("avoided jail *after*
            // attacking" averts the jail, not the attack).
            let prep = s.tree.head(h)
            if s.tree.label(prep) == .prep, s.key(prep) == Keys.from { averting = s.tree.head(prep) }
        default: break
        }
        // "The minister *avoided* arrest" with the verb misread as the noun's adjective.
        if averting == nil, let a = s.tree.children(h).first(where: { $0 == h - 1 && s.tree.label($0) == .amod }) {
            averting = a
        }
        if let v = averting, v != h, s.word(v, .averting) {
            drafts[i].drop("averted: \"\(s.string(v))\"", rule, s)
            return
        }
    }
}
