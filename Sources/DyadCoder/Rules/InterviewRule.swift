import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Former CIA director John Brennan *talks with* CNN's Brianna Keilar", "sat down with Fox
    /// News", "a reporter interviewed the minister": a conversation with the press on one side is an
    /// interview, which PLOVER does not code as a consultation (CONSULT is between political
    /// actors). What is said in the interview is coded from its own words.
    static let mediaInterview = EventRule(
        "media-interview",
        "a CONSULT whose recipients, or whose actors, are all journalists or media (sector JRN) is an interview, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .consult, let target = d.target, !target.actors.isEmpty else { return }
        func press(_ side: Side) -> Bool { side.actors.allSatisfy { $0.sector == .journalists } }
        if press(target) {
            drafts[i].drop("an interview with \"\(target.actors.first?.text ?? "")\"", rule, s)
        } else if let source = d.source, !source.actors.isEmpty, press(source) {
            drafts[i].drop("an interview by \"\(source.actors.first?.text ?? "")\"", rule, s)
        }
    }
}
