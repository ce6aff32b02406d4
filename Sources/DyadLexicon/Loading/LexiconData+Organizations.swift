import DyadModel
import Foundation

/// A head noun of organisation names (`organization_heads.tsv`): what an unlisted organisation
/// named with it is ("the Liberian Peace Council" → LBR, SOC).
public struct OrganizationHead: Sendable, Hashable {
    public var head: String
    public var sector: Sector
    /// The code for a name that names no country but a region or the world (NGO, IGO or IMG).
    public var transnational: CountryCode

    public init(head: String, sector: Sector, transnational: CountryCode) {
        self.head = head
        self.sector = sector
        self.transnational = transnational
    }
}

extension LexiconData {
    /// Reads `organization_heads.tsv`.
    static func readOrganizationHeads(_ path: String) throws -> [OrganizationHead] {
        let f = try TSVFile(path: path)
        let (head, sector, transnational) = (
            try f.column("head"), try f.column("sector"), try f.column("transnational")
        )
        return try f.rows.map { line, c in
            guard !c[head].isEmpty, !c[head].contains(" ") else {
                throw LexiconError.badRow(path: path, line: line, problem: "head must be one word")
            }
            guard ["NGO", "IGO", "IMG"].contains(c[transnational]) else {
                throw LexiconError.badRow(
                    path: path, line: line,
                    problem: "transnational must be NGO, IGO or IMG, not \"\(c[transnational])\"")
            }
            return OrganizationHead(
                head: c[head], sector: try Self.sector(c[sector], path, line),
                transnational: CountryCode(rawValue: c[transnational]))
        }
    }
}
