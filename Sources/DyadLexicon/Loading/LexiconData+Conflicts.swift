import DyadModel
import DyadText
import Foundation

/// An armed conflict between two states and the days it lasted (`conflicts.tsv`).
///
/// A story of the war in Ukraine often names only Ukraine ("Ukrainian forces *retook* Lyman",
/// "a missile hit Kyiv"); who the other side is, is knowledge of the day, as a head of
/// government's office is. With it, the coder gives an attack whose attacker the text leaves
/// unnamed, or ground won back, the other party instead of inventing one from the place.
public struct ArmedConflict: Sendable, Hashable {
    /// The two states at war.
    public var parties: Set<CountryCode>
    /// The first day of fighting.
    public var start: Day
    /// The last day, or nil while it goes on.
    public var end: Day?
    /// What the conflict is called, for traces.
    public var name: String

    public init(parties: Set<CountryCode>, start: Day, end: Day?, name: String) {
        self.parties = parties
        self.start = start
        self.end = end
        self.name = name
    }

    /// Whether the two states were at war on `day`.
    public func isActive(on day: Day) -> Bool { start <= day && end.map { day <= $0 } ?? true }
}

extension LexiconData {
    /// Reads `conflicts.tsv`.
    static func readConflicts(_ path: String) throws -> [ArmedConflict] {
        let f = try TSVFile(path: path)
        let (a, b, start, end, name) = (
            try f.column("party_a"), try f.column("party_b"), try f.column("start"), try f.column("end"),
            try f.column("name")
        )
        return try f.rows.map { line, c in
            let parties = [c[a], c[b]].map { CountryCode(rawValue: $0) }
            guard parties.allSatisfy(\.isState), parties[0] != parties[1] else {
                throw LexiconError.badRow(
                    path: path, line: line, problem: "party_a and party_b must be two ISO 3166 alpha-3 states")
            }
            guard let from = Day(iso: c[start]) else {
                throw LexiconError.badRow(
                    path: path, line: line, problem: "start \"\(c[start])\" is not a YYYY-MM-DD day")
            }
            var to: Day?
            if !c[end].isEmpty {
                guard let d = Day(iso: c[end]), from <= d else {
                    throw LexiconError.badRow(
                        path: path, line: line, problem: "end \"\(c[end])\" is not a YYYY-MM-DD day on or after start")
                }
                to = d
            }
            return ArmedConflict(parties: Set(parties), start: from, end: to, name: c[name])
        }
    }
}
