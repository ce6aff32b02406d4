import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Biden said the referendums were a *sham*", "Sunak says Labour is *lying*", "Zelensky says
    /// Russia's tactics are *crazy*": a word that criticises what it is said of (events.tsv kind
    /// evaluation) is the speaker's criticism of the reported clause's subject (PLOVER ACCUSE: "the
    /// source … criticises, condemns or denounces the target"). The word must be what the clause says
    /// of its subject (its verb or its complement, not a modifier: "*illegal* immigrants crossed"),
    /// the speaker someone who can accuse (a state, an organisation, or a person of a country), and
    /// the subject an actor other than the speaker; otherwise it is no event.
    static let spokenEvaluation = EventRule(
        "spoken-evaluation",
        "an evaluation word (events.tsv kind evaluation) predicated of a reported clause's subject: the speaker accuses the subject; not predicated of an actor, or said by no one, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.isCoded, d.pattern.kind == .evaluation else { return }
        let w = d.predicate.head
        // "calls online abusers *a disgrace*", "was branded *a sham* by the union": a naming verb
        // (grammar.tsv naming) a few arcs up says it of its object, by its subject.
        var v = w
        for _ in 0..<3 where !s.tree.isRoot(v) && ![.relcl, .ccomp, .advcl].contains(s.tree.label(v)) {
            v = s.tree.head(v)
            guard s.word(v, .naming), s.tree.tag(v).isVerb else { continue }
            let passive = s.tree.children(v).contains { s.tree.label($0) == .nsubjpass }
            let by = passive ? s.agent(of: v) : s.subject(of: v)
            let of =
                passive
                ? s.passiveSubject(of: v)
                : s.tree.firstChild(v, .dobj).map { Argument(head: $0, via: s.arc("dobj", v)) }
            guard let speaker = by.flatMap(s.side), !speaker.actors.isEmpty, let target = of.flatMap(s.side),
                !target.actors.isEmpty, !target.sameActors(as: speaker)
            else {
                drafts[i].drop("a naming without two parties", rule, s)
                return
            }
            drafts[i].setSource(speaker, rule, s)
            drafts[i].setTarget(target, rule, s)
            return
        }
        let clause: Int
        if s.tree.tag(w).isVerb {
            clause = w
        } else if [.acomp, .attr, .oprd].contains(s.tree.label(w)) {
            clause = s.tree.head(w)
        } else {
            drafts[i].drop("an evaluation not said of a subject", rule, s)
            return
        }
        guard let speaker = d.speaker, !speaker.actors.isEmpty,
            speaker.actors.contains(where: { $0.country != nil || ($0.sector.map { $0 != .civilians } ?? false) })
        else {
            drafts[i].drop("an evaluation nobody who can accuse is said to make", rule, s)
            return
        }
        guard let subject = s.subject(of: clause),
            !s.word(subject.head, .personPronoun), !s.word(subject.head, .groupPronoun),
            !s.word(subject.head, .thingPronoun), !s.word(subject.head, .firstPerson),
            let target = s.side(subject), !target.actors.isEmpty,
            !target.sameActors(as: speaker), !target.tokens.overlaps(speaker.tokens)
        else {
            drafts[i].drop("an evaluation of no actor but the speaker", rule, s)
            return
        }
        var by = speaker
        by.via = "speaker of the evaluation"
        drafts[i].setSource(by, rule, s)
        drafts[i].setTarget(target, rule, s)
    }
}
