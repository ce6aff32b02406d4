import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Kim *talks up* the nuclear threat", "Putin *talks tough*": a meeting noun ("talks") that
    /// the sentence uses as a verb is a meeting only with someone ("Biden *talks with* Xi").
    static let talkSense = EventRule(
        "talk-sense",
        "a CONSULT noun trigger read as a finite verb without a \"with\" phrase (\"talks up\", \"talks tough\") is no meeting"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .consult, d.pattern.kind == .noun, d.trigger.count == 1,
            [.VBZ, .VBD, .VBP].contains(s.tree.tag(h)),
            s.prepositionalObjects(of: h, [Keys.with]).isEmpty
        else { return }
        drafts[i].drop("\"\(s.string(h))\" as a verb with nobody to meet", rule, s)
    }
}
