import DyadLexicon
import DyadSyntax

/// A trigger's head in the tree and how it is used: a verb (active or passive), a noun naming
/// the event, or an adjective.
struct Predicate: Sendable, Hashable {
    enum Category: String, Sendable {
        case verb, noun, adjective
    }

    /// The head token of the trigger (document index).
    var head: Int
    var category: Category
    /// A passive verb ("were arrested"), or a past participle modifying its recipient
    /// ("protesters arrested in Moscow").
    var passive: Bool
}

extension SentenceContext {
    /// The predicate of a trigger: the trigger token whose head lies outside the trigger (and which
    /// no other trigger token dominates), its
    /// category from its tag, and its voice from its arcs.
    func predicate(of span: Range<Int>, pattern: EventPattern) -> Predicate {
        var h = span.lowerBound
        // "missile and *drone strikes*": "drone" hangs outside the span on "missile", but under
        // "strikes"; the head is the token no other trigger token dominates.
        for i in span where !span.contains(tree.head(i)) || tree.isRoot(i) {
            if span.contains(where: { $0 != i && tree.isAncestor($0, of: i) }) { continue }
            h = i
            break
        }
        let tag = tree.tag(h)
        let label = tree.label(h)
        var category: Predicate.Category
        if tag.isVerb {
            category = .verb
            // A gerund standing as a noun ("the killing of", "after the shooting").
            if tag == .VBG, pattern.kind == .noun, [.pobj, .nsubj, .nsubjpass, .dobj].contains(label),
                tree.firstChild(h, .dobj) == nil
            {
                category = .noun
            }
        } else if tag.isNoun {
            category = .noun
        } else if tag == .JJ || tag == .JJR || tag == .JJS {
            // A noun trigger the tagger read as an adjective standing in a noun's place, with a
            // possessor ("in wake of *Ukraine's counteroffensive*").
            category =
                pattern.kind == .noun && tree.firstChild(h, .poss) != nil
                    && [.pobj, .nsubj, .nsubjpass, .dobj].contains(label) ? .noun : .adjective
        } else {
            category = pattern.kind == .noun ? .noun : .verb
        }
        var passive = false
        if category == .verb {
            passive =
                tree.firstChild(h, .nsubjpass) != nil || tree.firstChild(h, .auxpass) != nil
                || tag == .VBN && (label == .acl || label == .amod) && tree.firstChild(h, .dobj) == nil
                    && !isMisreadMainVerb(h)
                || isReducedPassive(h) && !tree.children(h, .xcomp).contains(where: span.contains)
            // "were arrested and fined": the second verb shares the first one's voice.
            // "shot and *injured by* forces": a participle with its own agent is passive.
            if !passive, label == .conj, tag == .VBN, tree.firstChild(h, .nsubj) == nil,
                tree.firstChild(tree.head(h), .nsubjpass) != nil || tree.firstChild(h, .agent) != nil
            {
                passive = true
            }
        }
        return Predicate(head: h, category: category, passive: passive)
    }

    /// "Kyiv *told* to save power", "Residents *ordered* to leave", "Nine-year-old boy *killed* after
    /// …": a headline drops the "was" of a passive. A past form with a subject, no object and no
    /// auxiliary is that passive, its subject the one acted on, when the verb cannot stand without
    /// an object: one that needs it before its "to" infinitive (grammar.tsv reduced-passive, with
    /// that infinitive), or one that always takes it (object-required: killed, arrested …) with no
    /// complement, particle, aimed "at"/"on"/"into" phrase or subjectless verb conjunct that could hold it.
    /// Any past form with a by-agent is one.
    func isReducedPassive(_ v: Int) -> Bool {
        let tag = tree.tag(v)
        // "Americans *held hostage*": a bare state word (grammar.tsv result-state) the parser made the
        // object is none.
        let object = tree.firstChild(v, .dobj)
        // "Glencore *fined $314 million*", "Man fined *£700*": a sum of money is what the act cost,
        // not the one it was done to.
        func money(_ o: Int) -> Bool { tree.subtree(o).contains { tree.tag($0) == .dollar } }
        guard tag == .VBD || tag == .VBN, let subj = headlineSubject(of: v), !word(subj, .relative),
            object.map({ word($0, .resultState) && tree.children($0).isEmpty || money($0) }) ?? true,
            tree.firstChild(v, .dative) == nil, tree.firstChild(v, .aux) == nil,
            tree.firstChild(v, .auxpass) == nil
        else { return false }
        // "Three suspects nabbed *by police*": the parser's agent arc only hangs on a passive; so
        // does one on an objectless verb conjunct ("two journalists shot and injured *by* forces").
        if tree.firstChild(v, .agent) != nil || agentConjunct(of: v) != nil { return true }
        if word(v, .reducedPassive) {
            guard let x = tree.firstChild(v, .xcomp), x > v, key(v + 1) == Keys.to else { return false }
            return tree.tag(x).isVerb
        }
        // Not a relative clause whose object is the noun it describes ("people he *killed*"), nor a
        // verb right before a noun phrase the parser failed to make its object.
        guard word(v, .objectRequired), tree.label(v) != .relcl else { return false }
        if v + 1 < range.upperBound {
            let next = tree.tag(v + 1)
            if next.isNoun || [.DT, .PRP, .PRPS, .JJ, .CD].contains(next), !word(v + 1, .resultState) { return false }
        }
        // "Teenager shot *dead* in Nairobi": a state the act left its object in (grammar.tsv
        // result-state) is no object, and makes "at" a place ("shot dead *at* a station").
        let result = tree.children(v).contains { [.oprd, .acomp].contains(tree.label($0)) && word($0, .resultState) }
        return !tree.children(v).contains { c in
            // "*Arshad Sharif killing*: journalist shot dead": a headline's label before a colon.
            if c < v, (c..<v).contains(where: { key($0) == Words.colon }) { return false }
            switch tree.label(c) {
            case .oprd: return !word(c, .resultState)
            case .xcomp, .ccomp, .prt: return true
            case .prep:
                // "police *shot at* the car", "*slammed into* the coast" (grammar.tsv aimed); "Man
                // arrested *at* Heathrow" names a place.
                return !result && word(v, .aimed) && (key(c) == Keys.at || key(c) == Keys.on || key(c) == Keys.into)
            case .conj:
                // (Not one that has no object either: "California man *shot and killed* in his car".)
                // (Nor a passive of its own: "Americans held hostage … *have been released*".)
                return tree.tag(c).isVerb && tree.firstChild(c, .nsubj) == nil && tree.firstChild(c, .nsubjpass) == nil
                    && tree.firstChild(c, .auxpass) == nil
                    && !(tree.firstChild(c, .dobj) == nil && word(c, .objectRequired)
                        && (tree.tag(c) == .VBN || tree.tag(c) == .VBD))
            default: return false
            }
        }
    }

    /// "The opposition *called* for protests.": in a full sentence (it ends with a stop) whose root
    /// is a noun, a past participle right after that noun with no by-agent is the sentence's main
    /// verb the tagger misread (a VBD), not a reduced relative; a headline's "Five *killed* in
    /// blast" has no stop and stays passive.
    func isMisreadMainVerb(_ v: Int) -> Bool {
        let n = tree.head(v)
        guard n != v, tree.label(v) == .acl, tree.tag(v) == .VBN, tree.isRoot(n), tree.tag(n).isNoun, n < v,
            agent(of: v) == nil, range.upperBound > range.lowerBound,
            tokens[range.upperBound - 1].shape.contains(.terminal),
            // "Three siblings *killed* at their home.": a verb that takes an object, with none, is passive.
            !(word(v, .objectRequired) && tree.firstChild(v, .dobj) == nil)
        else { return false }
        // Only the noun phrase's own words before the verb ("The opposition", "Kenyan police"), and
        // no other finite verb in the sentence ("The man *killed* in the raid opened fire" has one).
        guard !tree.children(n).contains(where: { c in c > n && c < v }) else { return false }
        return !range.contains { k in k != v && [.VBD, .VBZ, .VBP].contains(tree.tag(k)) }
    }
}
