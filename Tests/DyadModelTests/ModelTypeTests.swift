import DyadText
import Testing

@testable import DyadModel

@Suite("Model types")
struct ModelTypeTests {
    @Test func eventTypesRoundTripTheirCodes() {
        let codes = [
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
            "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "MIGRATE",
        ]
        // PLOVER order, then the extension; every code parses back to its case.
        #expect(EventType.allCases.map(\.rawValue) == codes)
        for t in EventType.allCases {
            #expect(EventType(rawValue: t.rawValue) == t)
            #expect("\(t)" == t.rawValue)
        }
        #expect(EventType(rawValue: "FIGHT") == nil)
        #expect(EventType(rawValue: "coerce") == nil)
        #expect(EventType.accuse < EventType.aid)
    }

    @Test func sectorsCoverTheLexiconCodes() {
        for code in [
            "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "REF", "JRN", "MED", "EDU", "BUS", "LAB", "AGR",
            "REL", "REB", "UAF", "PRM", "SPY", "CRM", "ELI", "SOC", "PRE", "UNK", "IGO", "NGO",
        ] {
            #expect(Sector(rawValue: code)?.rawValue == code, "\(code)")
        }
        #expect(Sector(rawValue: "XYZ") == nil)
        #expect(Sector.allCases.count == Set(Sector.allCases.map(\.rawValue)).count)
    }

    @Test func nonStateCodesAreNotStates() {
        for code in ["IGO", "NGO", "UNO", "EUR", "IMG", "MNC", "ISM"] {
            #expect(!CountryCode(code).isState, "\(code)")
        }
        for code: CountryCode in ["RUS", "USA", "KOS", "PSE"] { #expect(code.isState, "\(code)") }
        // Not a three-letter code: not a state either.
        #expect(!CountryCode("").isState)
        #expect(!CountryCode("EU").isState)
    }

    @Test func countryCodesPrintAsWrittenAndSortByCode() {
        let code: CountryCode = "KAZ"
        #expect(code.rawValue == "KAZ")
        #expect("\(code)" == "KAZ")
        #expect(CountryCode(rawValue: "KAZ") == code)
        #expect((["RUS", "DEU", "KAZ"] as [CountryCode]).sorted().map(\.rawValue) == ["DEU", "KAZ", "RUS"])
    }

    @Test func peopleUnits() {
        #expect(QuantityUnit.countsPeople("arrested"))
        #expect(QuantityUnit.countsPeople(QuantityUnit.people))
        #expect(!QuantityUnit.countsPeople("cities"))
        #expect(QuantityUnit.victims.isSubset(of: QuantityUnit.countingPeople))
    }

    @Test func eventJSONPrintsTypedFieldsAsCodes() {
        let e = CodedEvent(
            document: "d", type: .coerce, mode: "arrest",
            source: [CodedEvent.Actor(text: nil, country: "RUS", sector: .police, implied: true)],
            target: [CodedEvent.Actor(text: "protesters", country: nil, sector: .opposition)],
            date: Day(iso: "2022-09-27"),
            place: CodedEvent.Place(name: "Moscow", country: "RUS", lat: 55.75, lon: 37.62),
            quantity: CodedEvent.Count(value: 1386, qualifier: .atLeast, unit: "arrested", text: "at least 1,386"),
            attribution: "OVD-Info", evidence: CodedEvent.Evidence(sentence: 9, start: 0, end: 5, text: "words"),
            modality: nil,
            contexts: [], trigger: "arrested")
        let line = String(decoding: e.json.bytes(), as: UTF8.self)
        #expect(line.contains(#""type":"COERCE""#))
        #expect(line.contains(#""country":"RUS","implied":true,"sector":"COP""#))
        #expect(line.contains(#""country":null,"sector":"OPP","text":"protesters""#))
        #expect(line.contains(#""place":{"country":"RUS""#))
    }
}
