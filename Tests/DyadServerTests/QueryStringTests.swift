import Testing

@testable import DyadQuery

/// The dashboard's and the API's query strings: decoded as browsers encode forms, re-encoded for
/// links so that they parse back to the same values.
@Suite("Query strings")
struct QueryStringTests {
    @Test func decodesFormEncoding() {
        let q = QueryString("q=border+closure&country=RUS%2CUKR&text=Kyiv%20%E2%80%94%20B%C4%81li&empty=")
        #expect(q.value("q") == "border closure")
        #expect(q.list("country") == ["RUS", "UKR"])
        #expect(q.value("text") == "Kyiv — Bāli")
        #expect(q.value("empty") == nil)
    }

    /// Values are trimmed of spaces and tabs (Unicode space separators too), not of other characters.
    @Test func valuesAreTrimmed() {
        let q = QueryString("a=%20%09x%20y%C2%A0&b=%20%20&c=A,%20B%20,,C")
        #expect(q.value("a") == "x y")
        #expect(q.value("b") == nil)
        #expect(q.list("c") == ["A", "B", "C"])
        #expect(QueryString.trimmed("\u{3000}Kyiv\u{2003}") == "Kyiv")
        #expect(QueryString.trimmed("\nx\n") == "\nx\n")
    }

    /// A malformed escape or bytes that are no UTF-8 stay as written, so validation can name them.
    @Test(arguments: [("a%2", "a%2"), ("%zz+x", "%zz x"), ("%FF", "%FF"), ("100%", "100%")])
    func malformedEscapesStayAsWritten(_ c: (String, String)) {
        #expect(QueryString("v=" + c.0).pairs.first?.value == c.1)
    }

    @Test func encodesEverythingButUnreservedCharacters() {
        #expect(QueryString.encode("a-b_c.d~e") == "a-b_c.d~e")
        #expect(QueryString.encode("border closure & more=1") == "border%20closure%20%26%20more%3D1")
        #expect(QueryString.encode("Bāli") == "B%C4%81li")
    }

    @Test(arguments: ["", "plain", "spaces and + plus", "100% & = ?#", "Київ — Bāli", "emoji 🙂"])
    func reEncodedLinksParseBack(_ value: String) {
        let link = QueryString("type=ASSAULT").with(["q": value])
        let back = QueryString(link)
        #expect(back.value("type") == "ASSAULT")
        #expect((back.pairs.first { $0.name == "q" }?.value ?? "") == value)
    }
}
