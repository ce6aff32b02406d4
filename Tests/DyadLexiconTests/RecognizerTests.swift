import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// The full built-in lexicon, compiled once for all tests.
let sharedLexicon: Lexicon = {
    do { return try Lexicon.load() } catch { fatalError("lexicon: \(error)") }
}()

func recognize(_ text: String, date: String = "2022-09-27") -> [Mention] {
    let r = MentionRecognizer(lexicon: sharedLexicon)
    let a = AnalyzedText(text)
    return r.recognize(a, documentDate: Day(iso: date)).flatMap(\.all)
}

func surface(_ m: Mention, _ text: String) -> String {
    let a = AnalyzedText(text)
    return a.string(m.start..<m.end)
}

@Suite("Recognizer: places")
struct PlaceTests {
    /// A country's abbreviation before a currency sign names the currency ("US $50 million"); a
    /// country before a sum in words stays a place ("promised France tens of millions of euros").
    /// A named organisation before a role is the role's affiliation, not a town of its name ("UN
    /// chief", not Un in India); an actor after a comma that has a role of its own is not the name
    /// of the role before the comma ("companies, UN chief urges").
    @Test func anOrganisationBeforeARoleIsItsAffiliation() {
        let un = recognize("Rich nations should tax oil companies, UN chief urges.")
        #expect(un.contains { $0.kind == .actor && $0.country == "IGO" && $0.actorKind == .person }, "\(un)")
        #expect(!un.contains { $0.kind == .actor && $0.country == "IGO" && $0.sector == .business }, "\(un)")
        #expect(!un.contains { $0.country == "IND" }, "\(un)")
    }
    @Test func currencyPrefixIsNoPlace() {
        let us = recognize("The minister misused up to US $50 million in Nairobi.")
        #expect(!us.contains { $0.kind == .place && $0.country == "USA" }, "\(us)")
        let france = recognize("Britain promised France tens of millions of euros.")
        #expect(france.contains { $0.kind == .place && $0.country == "FRA" }, "\(france)")
    }

    /// A small town named by common words only ("Country Club", Florida) after another capitalised
    /// word ends a longer name ("South West Rocks Country Club"); on its own it stays the town.
    @Test func commonWordTownAfterANameIsPartOfIt() {
        let club = recognize("He was attacked outside the South West Rocks Country Club on Saturday.")
        #expect(!club.contains { $0.kind == .place && $0.country == "USA" }, "\(club)")
        let town = recognize("A shooting in Country Club, Florida, left two dead.")
        #expect(town.contains { $0.kind == .place && $0.country == "USA" }, "\(town)")
    }

    /// A -ern compass adjective before a country in a Title Case headline names a part of that
    /// country; "South China Sea" keeps its name (grammar.tsv compass-part).
    @Test func compassAdjectiveBeforeACountryIsAPlace() {
        let eastern = recognize("Kenya Strikes Camps in Eastern Somalia Then Pulls Back")
        #expect(eastern.contains { $0.kind == .place && $0.country == "SOM" }, "\(eastern)")
        let sea = recognize("Ships Sail Through the South China Sea")
        #expect(!sea.contains { $0.kind == .place && $0.country == "CHN" }, "\(sea)")
    }

    @Test func countriesAreRecognisedWithCoordinates() {
        let ms = recognize("Troops moved from Poland into Lithuania and Estonia.")
        let places = ms.filter { $0.kind == .place }
        #expect(places.map(\.country) == ["POL", "LTU", "EST"])
        #expect(places.allSatisfy { $0.lat != nil && $0.lon != nil })
    }

    /// A word only small towns bear is part of a name beside another unknown capitalised word or in
    /// capitals; alone, or beside a common word, it stays the town. Continents and unrelated
    /// nicknames name no town.
    @Test func smallTownNamesInsidePersonalNames() {
        for text in [
            "Consumer champion Martin Lewis warned households on Monday.",
            "MAGA Republicans rallied outside the courthouse.",
            "Leaders from Asia and Africa met on Monday.",
            "Google said it would cut jobs.",
        ] {
            let places = recognize(text).filter { $0.kind == .place }
            #expect(places.isEmpty, "\(text) → \(places.map { $0.name ?? "" })")
        }
        let town = recognize("Police in Buxton arrested a man on Monday.").filter { $0.kind == .place }
        #expect(town.map(\.country) == ["GBR"], "\(town)")
    }

    @Test func citiesHaveCoordinatesAndCountries() {
        let text = "Protests spread from Lyon to Marseille and Grozny."
        let ms = recognize(text).filter { $0.kind == .place }
        #expect(ms.map(\.country) == ["FRA", "FRA", "RUS"])
        let grozny = ms[2]
        #expect(abs(grozny.lat! - 43.31) < 0.05 && abs(grozny.lon! - 45.70) < 0.05)
    }

    @Test func documentCountriesDisambiguateCities() {
        // Two well-known places share the name: the document's country decides.
        let inTexas = recognize("Texas officials said storms hit Paris, a town in Texas, on Monday.")
            .first { $0.kind == .place && $0.name == "Paris" }
        let inFrance = recognize("France said storms hit Paris on Monday.").first {
            $0.kind == .place && $0.name == "Paris"
        }
        #expect(inFrance?.country == "FRA")
        #expect(inTexas?.country == "USA")
    }

    @Test func alternateNamesAndSubdivisions() {
        let ms = recognize("Fighting continued in St. Petersburg, Kiev and Crimea.").filter { $0.kind == .place }
        #expect(ms.map(\.country) == ["RUS", "UKR", "UKR"])
    }

    /// Same-named regions: the document's countries decide, else the region of the larger country.
    @Test func sameNamedRegions() {
        let plain = recognize("Storms flooded Florida on Monday.").first { $0.kind == .place }
        #expect(plain?.country == "USA")
        let uruguay = recognize("Uruguay said storms flooded Florida, north of Montevideo.")
            .first { $0.kind == .place && $0.name == "Florida" }
        #expect(uruguay?.country == "URY")
    }

    /// A federal state is read before a foreign town of its name (Virginia, South Africa, has
    /// 120,000 people), unless the document names the town's country.
    @Test func federalStateBeforeForeignTown() {
        let state = recognize("Virginia's watchdog agency investigates the contract.").first { $0.kind == .place }
        #expect(state?.country == "USA")
        let town = recognize("Police in South Africa said a man was shot in Virginia, in the Free State.")
            .first { $0.kind == .place && $0.name == "Virginia" }
        #expect(town?.country == "ZAF")
    }

    @Test func acronymsNeedCapitals() {
        #expect(recognize("They told us the UK would help.").filter { $0.kind == .place }.map(\.country) == ["GBR"])
        #expect(recognize("The US and us.").filter { $0.kind == .place }.count == 1)
    }

    @Test func placeInsideLongerNameIsNotAPlace() {
        let ms = recognize("The Washington Post reported the story.")
        #expect(!ms.contains { $0.kind == .place && $0.name == "Washington" })
    }

    /// "*Paris* Metro workers": a big city before one capitalised common word and a lowercase word
    /// is where that thing is; a small town may be a given name ("Leigh Black is killed").
    @Test func bigCityBeforeACommonWordIsAPlace() {
        let paris = recognize("Paris Metro workers strike for a wage hike.").first { $0.kind == .place }
        #expect(paris?.country == "FRA")
        let london = recognize("Rail strike: London Marathon runners face chaos.").first { $0.kind == .place }
        #expect(london?.country == "GBR")
        #expect(!recognize("Leigh Black is killed at a crossing.").contains { $0.kind == .place })
    }

    /// A small town's name tells nothing of where the story is: "West End" (a Canadian town of
    /// 45,000 in the gazetteer) does not make London the Ontario city.
    @Test func aSmallTownDoesNotPlaceTheStory() {
        let london = recognize("West End knifeman appears in court after an officer was stabbed in London's West End.")
            .first { $0.kind == .place && $0.name == "London" }
        #expect(london?.country == "GBR")
    }

    @Test func hyphenatedCountryPairs() {
        let ms = recognize("The Armenia-Azerbaijan talks resumed.").filter { $0.kind == .place }
        #expect(Set(ms.compactMap(\.country)) == ["ARM", "AZE"])
    }
}

@Suite("Recognizer: actors")
struct ActorTests {
    /// National agencies and regulators named by their acronym (actors.tsv) are their state's,
    /// with their sector: "ASIC sued the bank", "ICE agents", "the IOPC said".
    @Test(arguments: [
        ("ASIC sued the bank.", "AUS", Sector.government), ("ICE detained him.", "USA", .police),
        ("The IOPC opened an inquiry.", "GBR", .government), ("The CBI arrested him.", "IND", .police),
    ])
    func agenciesNamedByAcronymAreTheirStates(_ text: String, _ country: CountryCode, _ sector: Sector) {
        let a = recognize(text).first { $0.kind == .actor }
        #expect(a?.country == country && a?.sector == sector, "\(text) → \(String(describing: a))")
    }

    /// A role word before a trigger verb in -s is an actor that acts ("The president *blames* …"),
    /// not a modifier of a plural noun ("police *officers*").
    @Test func aRoleBeforeATriggerVerbActs() {
        let text = "The president blames rebel militants for the attack."
        let ms = recognize(text)
        #expect(ms.contains { $0.kind == .actor && surface($0, text) == "The president" }, "\(ms)")
        let officers = "The police officers arrived on Monday."
        #expect(recognize(officers).contains { $0.kind == .actor && surface($0, officers).contains("officers") })
    }

    func actors(_ text: String) -> [Mention] { recognize(text).filter { $0.kind == .actor } }

    /// A dependency's places and actors carry its state's code (PLOVER folds them: Jersey is the
    /// United Kingdom's, Puerto Rico the United States'); the place keeps its own name.
    @Test func dependenciesFoldIntoTheirStates() {
        #expect(actors("Jersey police seized the assets").first?.country == "GBR")
        let pr = recognize("Flooding hit Puerto Rico on Monday").first { $0.kind == .place }
        #expect(pr?.country == "USA" && pr?.name == "Puerto Rico", "\(String(describing: pr))")
        // Hong Kong is one of the manual's exceptions.
        #expect(recognize("Protests in Hong Kong").first { $0.kind == .place }?.country == "HKG")
    }

    /// A group's role is no one person's name: "a letter to MPs, Suella Braverman said" names two
    /// actors, where "the interior minister, Nancy Faeser" names one.
    @Test func groupRoleTakesNoAppositiveName() {
        let a = actors("In a letter to MPs, Suella Braverman insisted she had taken responsibility.")
        #expect(a.map(\.name) == [nil, "Suella Braverman"])
        let one = actors("The interior minister, Nancy Faeser, spoke on Monday.")
        #expect(one.count == 1)
        #expect(one.first?.name == "Nancy Faeser")
    }

    @Test func adjectiveRoleName() {
        let a = actors("Ukrainian President Volodymyr Zelensky spoke on Monday.")
        #expect(a.count == 1)
        #expect(a.first?.country == "UKR")
        #expect(a.first?.sector == .government)
        #expect(a.first?.name == "Volodymyr Zelensky")
    }

    @Test func roleOfCountryCommaName() {
        let text = "the Foreign Minister of France, Catherine Colonna, arrived."
        let a = actors(text)
        #expect(a.first?.country == "FRA")
        #expect(a.first?.sector == .government)
        #expect(a.first.map { surface($0, text) }?.hasSuffix("Catherine Colonna") == true)
    }

    @Test func headOfInstitutionTakesItsSectorAndCountry() {
        let a = actors("said the head of the Georgian Interior Ministry, Vakhtang Gomelauri.")
        #expect(a.first?.country == "GEO")
        #expect(a.first?.sector == .government)
    }

    @Test func capitalAsModifierGivesCountry() {
        let a = actors("The Kyiv police detained two men.")
        #expect(a.first?.country == "UKR")
        #expect(a.first?.sector == .police)
    }

    /// A city or region used as a modifier takes the same reading as the place itself: the
    /// larger namesake, or the one in a country the document names.
    @Test func placeModifierReadsLikeThePlace() {
        #expect(actors("A Las Vegas police officer shot a man.").first?.country == "USA")
        #expect(actors("A Florida man was arrested on Monday.").first?.country == "USA")
        let uruguay = actors("In Uruguay, Florida police arrested two men near Montevideo.")
        #expect(uruguay.first { $0.sector == .police }?.country == "URY")
    }

    /// A country that is also a US state is the state in a story about the United States or about
    /// no country at all, and the country in a story about other states or international bodies.
    @Test func georgiaTheStateOrTheCountry() {
        let text = "A Georgia man was arrested in Atlanta after a chase from Florida."
        #expect(recognize(text).first { $0.kind == .place && surface($0, text) == "Georgia" }?.country == "USA")
        let state = recognize("Voters in Georgia and Texas went to the polls.").filter { $0.kind == .place }
        #expect(state.map(\.country) == ["USA", "USA"])
        let country = recognize("Protesters rallied in Georgia, and Tbilisi's police watched.").filter {
            $0.kind == .place
        }
        #expect(country.first?.country == "GEO")
        let alone = recognize("Georgia applied to join the European Union.").filter { $0.kind == .place }
        #expect(alone.first?.country == "GEO")
        // With no other state or international body in the story, the news means the US state.
        let bare = recognize("Georgia police arrested three people after a man was found dead.").filter {
            $0.kind == .place
        }
        #expect(bare.first?.country == "USA")
    }

    /// An English county is read before a foreign town of its name unless that town is a big city:
    /// "Kent" (1.6 million people) over Kent, Washington (130,000).
    @Test func countyBeforeForeignTown() {
        let kent = recognize("Migrants came ashore in Kent on Saturday.").filter { $0.kind == .place }
        #expect(kent.map(\.country) == ["GBR"])
    }

    /// A country name inside a person's name is no place: "Jordan Peterson", "Rep. Jim Jordan",
    /// "Novita Brazil"; "Jordan" alone or before a known word still is.
    @Test func countryNamesInsidePersonNames() {
        func places(_ t: String) -> [String] {
            recognize(t).filter { $0.kind == .place }.map { $0.country?.rawValue ?? "-" }
        }
        #expect(places("Jordan Peterson agreed that he was a hero to them.") == [])
        #expect(places("Rep. Jim Jordan accused the FBI of bias.") == [])
        #expect(places("Novita Brazil, 25, was killed on Monday.") == [])
        #expect(places("He was charged over Jordan Smithson's death.") == [])
        #expect(places("He was charged over George Floyd's death.") == [])
        // So does a city name that is a given name (grammar.tsv given-name): George, South Africa.
        #expect(places("The family of George Floyd sued the rapper.") == [])
        #expect(places("George Santos takes aim at Biden in a campaign ad.") == [])
        #expect(places("Police in George arrested two men.") == ["ZAF"])
        // Before a one-word town or county the given name still starts a person's name.
        #expect(places("Draymond Green punched team-mate Jordan Poole in training.") == [])
        #expect(places("Georgia Poole spoke on Monday.") == [])
        #expect(places("Jordan and Poole were named.") == ["JOR", "GBR"])
        #expect(places("Jordan closed its border with Syria.") == ["JOR", "SYR"])
        #expect(places("Jordan Police arrested two men.") == ["JOR"])
        #expect(places("The U.S. Capitol was stormed.") == ["USA"])
        #expect(places("Leaders met at the G20 summit in Bali.") == ["IDN"])
        #expect(places("Israeli jets struck Gaza.") == ["PSE"])
        // One word opening the sentence before a place and a lower-case noun may be capitalised only
        // by its place: the place still names the actor's country.
        func actors(_ t: String) -> [String] {
            recognize(t).filter { $0.kind == .actor }.map { $0.country?.rawValue ?? "-" }
        }
        #expect(actors("White Michigan cop will stand trial for killing a man") == ["USA", "-"])
        #expect(actors("Evil Texas mother charged with murder") == ["USA"])
        #expect(places("Cheryl Jordan, superintendent of the district, said so.") == [])
    }

    /// "in Mansfield, Brisbane": a town before a comma and a bigger place lies in that place, not
    /// in a same-named town abroad (Mansfield, England).
    @Test func aTownBeforeACommaLiesInThePlaceAfterIt() {
        let places = recognize("A man was stabbed outside a gym in Mansfield, Brisbane, on Monday.").filter {
            $0.kind == .place
        }
        #expect(places.map { $0.country?.rawValue ?? "-" } == ["AUS", "AUS"], "\(places)")
        let uk = recognize("A man was stabbed outside a gym in Mansfield on Monday.").filter { $0.kind == .place }
        #expect(uk.map { $0.country?.rawValue ?? "-" } == ["GBR"], "\(uk)")
        // A capital's namesake before another country's state is in that state, and so is the
        // actor the town names (Moroni, Utah; not the capital of the Comoros).
        let utah = recognize("The ex-police chief of Moroni, Utah, alleges he was fired.")
        #expect(utah.filter { $0.kind == .place }.map { $0.country?.rawValue ?? "-" } == ["USA", "USA"], "\(utah)")
        #expect(utah.filter { $0.kind == .actor }.map { $0.country?.rawValue ?? "-" } == ["USA"], "\(utah)")
    }

    /// "London's West End": a place owned by a city lies in that city, not in a same-named district
    /// abroad (West End, Vancouver); a capital after a possessive keeps its own reading, and so does
    /// a place after a country's possessive ("Russia's Kherson withdrawal").
    @Test func aPlaceOwnedByACityLiesInThatCity() {
        func places(_ t: String) -> [String] {
            recognize(t).filter { $0.kind == .place }.map { $0.country?.rawValue ?? "-" }
        }
        #expect(places("Two officers were stabbed in London's West End last week.") == ["GBR", "GBR"])
        #expect(places("He was held in Boy George's London flat.").last == "GBR")
    }

    /// The nations of the United Kingdom and the people of the largest states of the United States and
    /// Australia name their state (PLOVER codes Scotland as the United Kingdom): "Scottish police",
    /// "Welsh farmers", "Texans", "Tasmanians".
    @Test func constituentNationsNameTheirState() {
        for (text, code) in [
            ("Scottish police arrested a man.", "GBR"), ("Welsh farmers protested.", "GBR"),
            ("Texans sued the state.", "USA"), ("Tasmanians voted on Saturday.", "AUS"),
        ] {
            let ms = recognize(text)
            #expect(ms.contains { $0.country?.rawValue == code }, "\(text) → \(ms)")
        }
    }

    /// Plain "Congress" is the US Congress in English news; a body that another state owns is that
    /// state's ("Mexico's Congress"), and China's is a Party Congress.
    @Test func congressIsTheUSCongressUnlessAnotherStateOwnsIt() {
        func actors(_ t: String) -> [String] {
            recognize(t).filter { $0.kind == .actor }.map { $0.country?.rawValue ?? "-" }
        }
        #expect(actors("Congress passed the bill on Friday.") == ["USA"])
        #expect(actors("Mexico's Congress approved the reform.") == ["MEX"])
        #expect(actors("The Communist Party Congress opened on Sunday.").allSatisfy { $0 == "CHN" })
    }

    /// One name, one place in a document: a town named twice is the place the document's other
    /// places support, in every sentence, and so are the actors its other reading lent a country
    /// to. Names the other places do not decide keep their readings. (Sentences written for this
    /// test.)
    @Test func oneNameIsOnePlaceInADocument() {
        let text = "West End knifeman charged\nTwo officers were stabbed in London's West End last week."
        let ms = recognize(text)
        let westEnd = ms.filter { $0.kind == .place && surface($0, text) == "West End" }
        #expect(westEnd.count == 2 && westEnd.allSatisfy { $0.country == "GBR" }, "\(westEnd)")
        #expect(!ms.contains { $0.kind == .actor && $0.country == "CAN" }, "\(ms)")
        let logan = recognize("Boy shot at Logan, Queensland\nHe walked into Logan Hospital at 1am.")
            .filter { $0.kind == .place && $0.name?.hasPrefix("Logan") ?? false }
        #expect(logan.count == 2 && logan.allSatisfy { $0.country == "AUS" }, "\(logan)")
    }

    /// A federal state before one capitalised common word and a lower-case word names where that
    /// thing is ("Tennessee Tech was slammed", "Michigan Health"); another kind of region before a
    /// name is part of the name ("Mara Gay" is a person, not Tanzania's Mara region).
    @Test func aFederalStateBeforeACommonWordIsThePlace() {
        let tech = recognize("Tennessee Tech was slammed for hosting the show.").filter { $0.kind == .place }
        #expect(tech.map { $0.country?.rawValue ?? "-" } == ["USA"], "\(tech)")
        let gay = recognize("Columnist Mara Gay was criticized on Twitter.").filter { $0.kind == .place }
        #expect(gay.isEmpty, "\(gay)")
    }

    /// Actors of British news in autumn 2022 that no place names: a campaign group, the palace, an MP.
    @Test func britishNewsActors() {
        // (The group's name before a role word gives the role its country: "Just Stop Oil protesters".)
        let a = recognize("Just Stop Oil protesters blocked a road as Buckingham Palace and Matt Hancock spoke.")
            .filter { $0.kind == .actor }
        #expect(a.count == 3 && a.allSatisfy { $0.country == "GBR" }, "\(a)")
        #expect(Set(a.compactMap(\.name)) == ["Buckingham Palace", "Matt Hancock"], "\(a)")
    }

    /// One Democrat, "Dems": members of the US Democratic Party.
    @Test func aDemocratIsOfTheUSDemocraticParty() {
        let a = recognize("A Florida Democrat and two Dems in the House slammed the bill.").filter { $0.kind == .actor }
        #expect(a.count == 2 && a.allSatisfy { $0.country == "USA" && $0.sector == .party }, "\(a)")
    }

    /// Words that name a town or region only in a gazetteer but something else in the news: "Meta"
    /// (the company, not Colombia's department), "Tampa Bay" (Tampa), "Ye" (Kanye West, not a town
    /// in Myanmar).
    @Test func newsNamesBeforeGazetteerNames() {
        let meta = recognize("Meta will freeze hiring, Mark Zuckerberg said.")
        #expect(!meta.contains { $0.kind == .place }, "\(meta)")
        let tampa = recognize("The Tampa Bay Buccaneers held a moment of silence.").filter { $0.kind == .place }
        #expect(tampa.map { $0.country?.rawValue ?? "-" } == ["USA"], "\(tampa)")
        let ye = recognize("Adidas terminated its partnership with Ye on Tuesday.")
        #expect(ye.contains { $0.kind == .actor && $0.country == "USA" }, "\(ye)")
        #expect(!ye.contains { $0.kind == .place }, "\(ye)")
    }

    /// A federal state outranks a foreign town of its name below a million people ("Victoria" is the
    /// Australian state, not the old name of Hong Kong's centre); a given name before an unknown
    /// capitalised word starts a person's name ("Lewis Hamilton", not the Isle of Lewis).
    @Test func statesAndGivenNamesBeforeTowns() {
        let vic = recognize("Criminals who plead guilty get lighter sentences in Victoria.").filter {
            $0.kind == .place
        }
        #expect(vic.map { $0.country?.rawValue ?? "-" } == ["AUS"], "\(vic)")
        let lewis = recognize("Lewis Hamilton paid tribute to the team on Sunday.").filter { $0.kind == .place }
        #expect(lewis.isEmpty, "\(lewis)")
        // Bare "Conservatives" opening a sentence are conservatives, not the British party; "the
        // Conservatives" are.
        let us = recognize("Conservatives slammed the reporter on Twitter.").filter { $0.kind == .actor }
        #expect(!us.contains { $0.country == "GBR" }, "\(us)")
        let uk = recognize("Labour leads the Conservatives by 12 points.").filter { $0.kind == .actor }
        #expect(uk.contains { $0.country == "GBR" }, "\(uk)")
        // "King Charles" is the named king (British), not a title and an unknown name.
        let king = recognize("King Charles met the governor at Balmoral.").filter { $0.kind == .actor }
        #expect(king.first?.country == "GBR", "\(king)")
    }

    /// A common word that names a town only ("University", Florida; "Metro", Indonesia) is no
    /// place, so it cannot pull a university's city abroad.
    @Test func aCommonWordTownIsNoPlace() {
        let cambridge = recognize("Cambridge University draws criticism for its curriculum.")
        #expect(cambridge.filter { $0.kind == .place }.map { $0.country?.rawValue ?? "-" } == ["GBR"], "\(cambridge)")
        for t in [
            "A Liberal senator slammed the Green party.", "London Marathon runners face chaos.",
            "Walker said it was a lie.",
        ] {
            let abroad = recognize(t).filter { $0.kind == .place && $0.country != "GBR" }
            #expect(abroad.isEmpty, "\(t) → \(abroad)")
        }
        let metro = recognize("Metro workers strike in Paris over pensions.")
        #expect(metro.filter { $0.kind == .place }.map { $0.country?.rawValue ?? "-" } == ["FRA"], "\(metro)")
    }

    /// "the murder of Lola, 12,", "Mary Marshall, 35,": a name with an age in apposition is a
    /// person, not the town of that name (Lola, Guinea; Mary, Turkmenistan).
    @Test func aNameWithAnAgeIsNoPlace() {
        let places = { (t: String) in recognize(t).filter { $0.kind == .place }.compactMap(\.name) }
        #expect(places("Paris shocked by murder of Lola, 12, found in box") == ["Paris"])
        #expect(places("Nicole Connors, 52, Mary Marshall, 35, and two others were killed in Raleigh.") == ["Raleigh"])
        #expect(places("Talks were held in Lola on Monday.") == ["Lola"])
    }

    /// "the January 6 committee": a named actor that begins with a date is the actor, not a date;
    /// "on January 6" alone stays a date.
    @Test func aNamedActorBeginningWithADate() {
        let ms = recognize("The January 6 committee subpoenaed Donald Trump.")
        #expect(ms.contains { $0.kind == .actor && $0.sector == .legislature && $0.country == "USA" }, "\(ms)")
        #expect(!ms.contains { $0.kind == .date })
        #expect(recognize("Rioters stormed the Capitol on January 6.").contains { $0.kind == .date })
    }

    /// "European countries are backing Ukraine": Europe's states together are EUR; "Europe" alone
    /// stays a place ("Europe's largest nuclear plant").
    @Test func europeanCountriesAreEUR() {
        #expect(actors("European countries are backing Ukraine.").contains { $0.country == "EUR" })
        #expect(!actors("Europe's largest nuclear plant was shelled.").contains { $0.country == "EUR" })
    }

    /// "Saudi-led coalition", "U.S.-led forces": the leading country is the actor's country.
    @Test func ledByACountry() {
        #expect(actors("The Saudi-led coalition struck Sanaa.").first?.country == "SAU")
        #expect(actors("Troops of the US-led coalition withdrew from the base.").contains { $0.country == "USA" })
        #expect(actors("Opposition-led protests spread.").allSatisfy { $0.country == nil })
    }

    /// "Iran-backed militias": the backer is no place of the event (nor, through it, the actor's country).
    @Test func backerIsNoPlace() {
        let places = recognize("Iran-backed militias attacked a base in Syria.").filter { $0.kind == .place }
        #expect(places.map { $0.country?.rawValue ?? "-" } == ["SYR"])
        let pair = recognize("Russia-Ukraine talks stalled.").filter { $0.kind == .place }
        #expect(pair.map { $0.country?.rawValue ?? "-" } == ["RUS", "UKR"])
    }

    @Test func possessiveCountryModifier() {
        let a = actors("Germany's Defence Ministry denied the report.")
        #expect(a.first?.country == "DEU")
        #expect(a.first?.sector == .government || a.first?.sector == .military)
    }

    @Test func peopleNounsAreCivilianGroups() {
        let a = actors("Thousands of Georgians crossed the border.")
        #expect(a.first?.country == "GEO")
        #expect(a.first?.sector == .civilians)
    }

    @Test func namedOrganisations() {
        let a = actors("NATO and Amnesty International criticised the move.")
        #expect(a.map(\.country).contains("IGO"))
        #expect(a.count == 2)
    }

    @Test func seatOfGovernment() {
        let a = actors("The Kremlin said talks were over.")
        #expect(a.first?.country == "RUS")
        #expect(a.first?.sector == .government)
    }

    @Test func unknownNameAfterRole() {
        let a = actors("Police chief Ivan Petrov said.")
        #expect(a.first?.name == "Ivan Petrov")
        #expect(a.first?.sector == .police)
    }

    @Test func knownAsQuotedName() {
        let a = actors("a Belarusian opposition group known as “Zubr Vostok” said")
        #expect(a.first?.country == "BLR")
        #expect(a.first?.name == "Zubr Vostok")
    }

    @Test func attributiveRoleIsNotAnActor() {
        #expect(actors("the military mobilization began").isEmpty)
        #expect(actors("the police stations were full").isEmpty)
        #expect(actors("police seized two cars").count == 1)
        // A role before a verb it shares its spelling with a noun ("shot") acts (grammar.tsv verbish).
        #expect(actors("the cops shot a man").contains { $0.sector == .police })
    }

    /// A headline's institution before a verb-only trigger in its base form is its subject ("Police
    /// investigate deaths"); with an article before it, or a civilian role, the word after it stays
    /// a noun it may modify ("a police patrol car").
    @Test func anInstitutionBeforeAVerbOnlyTriggerActs() {
        #expect(actors("Police investigate deaths linked to cough syrup").first?.sector == .police)
        #expect(actors("Police probe deaths in Banjul").first?.sector == .police)
        #expect(actors("Troops withdraw from the border town").first?.sector == .military)
        #expect(!actors("smoke rose in front of a police patrol car").contains { $0.sector == .police })
    }

    /// Border and federal police agencies are named actors of their state.
    @Test func borderAgenciesAreTheirStatesPolice() {
        #expect(actors("Border Patrol agents seized 450 pounds of meth").first?.country == "USA")
        #expect(actors("The RCMP charged a man in Regina").first?.country == "CAN")
        #expect(actors("Border Force officials intercepted two boats").first?.country == "GBR")
    }

    /// A force named after a county that is also a city elsewhere (Cleveland, Durham, Norfolk) is
    /// the UK force, not police of the US city; Australian state forces are Australia's.
    @Test func namedPoliceForcesAreTheirStates() {
        #expect(actors("Cleveland Police arrested a man in Middlesbrough").first?.country == "GBR")
        #expect(actors("Durham Constabulary said two teenagers were held").first?.country == "GBR")
        #expect(actors("Avon and Somerset Police appealed for witnesses").first?.country == "GBR")
        #expect(actors("NSW Police charged a man").first?.country == "AUS")
    }

    /// "police violence", "gang violence": an armed or criminal role before a noun of violence is
    /// who did it; a school before a shooting is not.
    @Test func anArmedRoleBeforeViolenceIsItsActor() {
        #expect(actors("police violence left two dead").first?.sector == .police)
        #expect(actors("gang violence hits the city").first?.sector == .criminals)
        #expect(actors("a school shooting left two dead").isEmpty)
    }
}

@Suite("Recognizer: quantities and dates")
struct QuantityDateTests {
    @Test func unitsComeFromNounsAndParticiples() {
        let ms = recognize("At least 12 people were killed and some 40 wounded, while 300 protesters were detained.")
            .filter { $0.kind == .quantity }
        #expect(ms.map(\.unit) == ["dead", "injured", "arrested"])
        #expect(ms.first?.quantity?.qualifier == .atLeast)
    }

    @Test func nationalityNounCountsPeople() {
        let ms = recognize("About 5,000 Ukrainians arrived and 2,000 left.").filter { $0.kind == .quantity }
        #expect(ms.map(\.unit) == ["people", "people"])
        #expect(ms.first?.quantity?.qualifier == .approximately)
    }

    /// Money is counted in its currency, never as people, whatever participle follows.
    @Test func moneyIsNotACountOfPeople() {
        let ms = recognize("A $473 million fund was set up after 12 people were killed; £1m was raised.")
            .filter { $0.kind == .quantity }
        #expect(ms.map(\.unit) == ["dollars", "dead", "pounds"])
        let euros = recognize("The EU froze 300 million euros held by officials who were arrested.")
            .filter { $0.kind == .quantity }
        #expect(euros.map(\.unit) == ["euros"])
    }

    @Test func vagueAmounts() {
        let q = recognize("Hundreds of students marched.").first { $0.kind == .quantity }
        #expect(q?.quantity?.isVague == true)
        #expect(q?.unit == "people" || q?.unit == "students")
    }

    @Test func datesResolveAgainstTheDocumentDate() {
        let d = recognize("The army said on Friday it had left.", date: "2022-09-27").first { $0.kind == .date }
        #expect(d?.date?.day.description == "2022-09-23")
    }
}

@Suite("Lexicon data")
struct LexiconDataTests {
    @Test func everyCountryHasCoordinatesAndAName() {
        for c in sharedLexicon.data.countries {
            #expect(c.lat != nil && c.lon != nil, "\(c.code)")
            #expect(!c.name.isEmpty)
        }
        #expect(sharedLexicon.data.countries.count >= 240)
    }

    @Test func shortFormsAreThere() {
        let d = sharedLexicon.data
        func adjectives(_ code: CountryCode) -> [String] { d.countries.first { $0.code == code }?.adjectives ?? [] }
        #expect(adjectives("KAZ").contains("Kazakh"))
        #expect(adjectives("KGZ").contains("Kyrgyz"))
        #expect(adjectives("ARE").contains("Emirati"))
    }

    @Test func userRowsReplaceOurs() {
        var base = LexiconData()
        base.actors = [
            ActorEntry(name: "X Y", aliases: [], country: "RUS", sector: .government, kind: "person", note: "")
        ]
        var user = LexiconData()
        user.actors = [
            ActorEntry(name: "X Y", aliases: [], country: "KAZ", sector: .military, kind: "person", note: "")
        ]
        base.merge(user)
        #expect(base.actors.count == 1)
        #expect(base.actors[0].country == "KAZ")
    }

    @Test func badRowsNameFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "phrase\tsector\tkind\npresident\tGOV\tperson\nmayor\tGOV\toffice\n"
            .write(to: dir.appendingPathComponent("roles.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try LexiconData(directory: dir.path, requireCountries: false) }
        do {
            _ = try LexiconData(directory: dir.path, requireCountries: false)
        } catch let e as LexiconError {
            #expect(e.description.contains("roles.tsv:3:"))
        }
    }

    @Test func automatonFindsMultiWordPhrases() {
        var auto = PhraseAutomaton<Int>()
        let tk = Tokenizer()
        auto.insert(tk.tokenize(Array("St Petersburg".utf8)).map(\.key), 1)
        auto.insert(tk.tokenize(Array("St Petersburg Times".utf8)).map(\.key), 2)
        let toks = tk.tokenize(Array("in ST PETERSBURG times".utf8))
        var found: [(Int, [Int])] = []
        toks.withUnsafeBufferPointer { b in auto.matches(b, from: 1, limit: b.count) { found.append(($0, $1)) } }
        #expect(found.map(\.0) == [3, 4])
        #expect(found.map(\.1) == [[1], [2]])
    }
}
