import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// Requests that ask for nothing: a question asked ("asked *whether* …", "asked *why* …") and an
/// aim of one's own ("seeks *to* increase its influence").
extension EventRule {
    /// "a reporter *asked* the governor *if* he was satisfied", "*asked about* the bridge", "*asked* a
    /// *question*": a question asks for an answer, not for an act (PLOVER REQUEST asks someone to
    /// do something: "asked the Supreme Court *to* stop …", "asked *for* troops").
    static let questionSense = EventRule(
        "question-sense",
        "a REQUEST verb that asks a question (if/whether/about, a wh-word or a question noun, grammar.tsv question) and no act (no infinitive, no \"for\") is no event; asking why is ACCUSE disapprove"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .request, d.predicate.category == .verb else { return }
        let kids = s.tree.children(v)
        // Asking for an act: an infinitive, or "for" something.
        if kids.contains(where: {
            s.tree.label($0) == .xcomp || s.tree.label($0) == .prep && s.key($0) == Keys.for
        }) {
            return
        }
        // The wh-word that opens a reported question ("asked *why* Republicans ignored …").
        func whWord(_ c: Int) -> Int? {
            let first = s.tree.subtree(c).lowerBound
            let t = s.tree.tag(first)
            return t == .WRB || t == .WP || t == .WDT ? first : nil
        }
        var why: Int?
        let question = kids.first { c in
            let l = s.tree.label(c)
            if l == .prep { return s.word(c, .question) }
            // "asked the governor *about* the delay": the preposition on the object.
            if l == .dobj {
                return s.word(c, .question)
                    || s.tree.children(c).contains { s.tree.label($0) == .prep && s.word($0, .question) }
            }
            if l == .ccomp || l == .advcl {
                if let w = whWord(c) {
                    if s.key(w) == Keys.why { why = w }
                    return true
                }
                return s.tree.children(c).contains { ($0 < c) && s.word($0, .question) }
            }
            return false
        }
        guard let q = question else { return }
        // "Villagers asked *why* the draft hit poor regions hardest": asking why someone did
        // something challenges it (ACCUSE disapprove); other questions ask for nothing.
        if why != nil {
            drafts[i].type = .accuse
            drafts[i].mode = "disapprove"
            drafts[i].note(rule, s, "type REQUEST → ACCUSE/disapprove (asks why)")
            return
        }
        drafts[i].drop("a question (\"\(s.string(q))\")", rule, s)
    }

    /// "China *seeks to* increase its influence", "the court is *seeking to* reopen an inquiry": an
    /// aim of one's own (grammar.tsv aim, with an infinitive and no object) asks no one for anything
    /// (PLOVER REQUEST asks someone: "sought asylum *from* Canada", "*seeks* talks *with* Iran").
    static let ownAim = EventRule(
        "own-aim",
        "a REQUEST verb of aim (grammar.tsv aim: seek) with an infinitive and no object or \"for\"/\"from\"/\"with\" is no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        guard d.type == .request, d.predicate.category == .verb, s.word(v, .aim) else { return }
        let kids = s.tree.children(v)
        guard let x = kids.first(where: { s.tree.label($0) == .xcomp }),
            !kids.contains(where: { c in
                let l = s.tree.label(c)
                return l == .dobj || l == .dative
                    || l == .prep && (s.key(c) == Keys.for || s.key(c) == Keys.from || s.key(c) == Keys.with)
            })
        else { return }
        drafts[i].drop("its own aim (\"\(s.string(v)) … \(s.string(x))\")", rule, s)
    }
}
