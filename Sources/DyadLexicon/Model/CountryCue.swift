import DyadModel

/// A word or phrase that only one country's news uses: its institutions, parties, money, sport
/// leagues ("NHS", "£", "midterms", "Centrelink"). A story that names no country, no place and no
/// nationality is set where its cues point: PLOVER codes private people and local bodies with the
/// country where the story happens, and news for a home readership rarely names it ("Coroner slams
/// government after A&E doctor died", "Liz Cheney campaigns for Democrats in the midterms").
///
/// ```swift
/// let cue = CountryCue(phrase: "NHS", country: "GBR")
/// ```
public struct CountryCue: Sendable, Hashable {
    /// The phrase, matched word by word; when it holds a capital letter the text's first word must
    /// be capitalised too ("Labor" the Australian party, not "labor").
    public var phrase: String
    /// The country the phrase points to.
    public var country: CountryCode

    public init(phrase: String, country: CountryCode) {
        self.phrase = phrase
        self.country = country
    }
}
