import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "a pensioner *facing jail*", "the tycoon faces *extradition*", "risks *arrest*": a coercion
    /// its subject faces or risks (grammar.tsv prospect) has not happened; it is a prospect. (Charges
    /// or criticism one faces have been made, and stay events.)
    static let prospect = EventRule(
        "prospect",
        "a COERCE noun that is the object of face or risk (grammar.tsv prospect) has not happened: no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .coerce, d.predicate.category == .noun, let v = s.governingVerb(ofNoun: d.predicate.head),
            s.word(v.head, .prospect)
        else { return }
        drafts[i].drop("a prospect: \"\(s.string(v.head))\"", rule, s)
    }
}
