import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "A *murder probe* has been launched after the body of a girl was found in Paris", "the
    /// *investigation into his death*", "amid a *probe into the shooting*": an inquiry into a killing,
    /// a death or an attack with nobody named as investigating is the police's where it happened
    /// (PLOVER ACCUSE, investigate, by COP), marked implied.
    static let crimeInquiry = EventRule(
        "crime-inquiry",
        "ACCUSE/investigate noun with no actor, into or about a killing, a death or an attack (its compound modifier, or its \"into\"/\"of\" object, is a harm word or an attack): the police of the place's (else the story's) country, marked implied"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .accuse, d.mode == "investigate", d.source?.actors.isEmpty ?? true,
            d.predicate.category == .noun
        else { return }
        let h = d.predicate.head
        func isCrime(_ w: Int) -> Bool {
            s.word(w, .harm) || drafts.contains { $0.type == .assault && $0.predicate.head == w }
        }
        var about: [Int] = s.tree.children(h).filter { [.compound, .amod].contains(s.tree.label($0)) && isCrime($0) }
        if about.isEmpty {
            about = s.prepositionalObjects(of: h, [Keys.into, Keys.of]).map(\.head).filter(isCrime)
        }
        guard let crime = about.first, let country = d.place?.country ?? s.mainCountry, country.isState else { return }
        let a = CodedEvent.Actor(text: nil, country: country, sector: .police, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
        drafts[i].note(rule, s, "an inquiry into \"\(s.string(crime))\"")
    }
}
