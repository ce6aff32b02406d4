import DyadModel
import Foundation

extension LexiconData {
    /// Reads `country_cues.tsv`: phrases only one country's news uses (phrase, country, note).
    /// - Throws: `LexiconError.badRow` naming the file and line of an empty phrase or a country
    ///   that is no three-letter code.
    static func readCountryCues(_ path: String) throws -> [CountryCue] {
        let f = try TSVFile(path: path)
        let (phrase, country) = (try f.column("phrase"), try f.column("country"))
        return try f.rows.map { line, c in
            guard !c[phrase].isEmpty else { throw LexiconError.badRow(path: path, line: line, problem: "empty phrase") }
            let code = c[country]
            guard code.count == 3, code.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
                throw LexiconError.badRow(
                    path: path, line: line, problem: "country must be a three-letter code, not \"\(code)\"")
            }
            return CountryCue(phrase: c[phrase], country: CountryCode(code))
        }
    }
}
