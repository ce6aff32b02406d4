import DyadModel
import Foundation

extension LexiconData {
    /// Reads `grammar.tsv`: a word class and its forms per row.
    static func readGrammar(_ path: String) throws -> [GrammarWords.Row] {
        let f = try TSVFile(path: path)
        let (cls, words) = (try f.column("class"), try f.column("words"))
        return try f.rows.map { line, c in
            guard let wordClass = GrammarWords.WordClass(name: c[cls]) else {
                throw LexiconError.badRow(
                    path: path, line: line,
                    problem: "unknown word class \"\(c[cls])\" (expected one of "
                        + GrammarWords.WordClass.allCases.map(\.name).joined(separator: ", ") + ")")
            }
            let forms = TSVFile.alternatives(c[words])
            guard !forms.isEmpty else { throw LexiconError.badRow(path: path, line: line, problem: "no words") }
            return GrammarWords.Row(wordClass: wordClass, words: forms)
        }
    }

    /// Reads `types.tsv`: one coding policy per event type.
    static func readPolicies(_ path: String) throws -> [TypePolicy] {
        let f = try TSVFile(path: path)
        let (type, recipient, intent, agentless, place, implied) = (
            try f.column("type"), try f.column("recipient"), try f.column("intent"), try f.column("agentless"),
            try f.column("place"), try f.column("implied")
        )
        let object = try f.column("object")
        // Optional (older user files lack it): the recipient the domain implies.
        let impliedRecipient = f.optionalColumn("recipient-implied")
        // Optional (older user files lack it): the unidentified doer of an act no one is named for.
        let unidentified = f.optionalColumn("unidentified")
        // Optional (older user files lack it; they keep every event): events placed in no country.
        let unplaced = f.optionalColumn("unplaced")
        func eventType(_ s: String, _ line: Int, _ what: String) throws -> EventType {
            guard let t = EventType(rawValue: s) else {
                throw LexiconError.badRow(
                    path: path, line: line,
                    problem: "unknown \(what) \"\(s)\" (expected one of "
                        + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            return t
        }
        func flag(_ s: String, _ yes: String, _ no: String, _ line: Int, _ col: String) throws -> Bool {
            if s == yes { return true }
            if s == no { return false }
            throw LexiconError.badRow(path: path, line: line, problem: "\(col) must be \(yes) or \(no), not \"\(s)\"")
        }
        return try f.rows.map { line, c in
            let t = try eventType(c[type], line, "event type")
            let i: TypePolicy.Intent =
                c[intent] == "-" || c[intent].isEmpty ? .same : .type(try eventType(c[intent], line, "intent type"))
            func sectorPairs(_ cell: String, _ col: String) throws -> [String: Sector] {
                var sectors: [String: Sector] = [:]
                for pair in TSVFile.alternatives(cell) {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, let sector = Sector(rawValue: parts[1]) else {
                        throw LexiconError.badRow(
                            path: path, line: line,
                            problem: "\(col) must be MODE=SECTOR pairs (a PLOVER sector), not \"\(pair)\"")
                    }
                    sectors[parts[0]] = sector
                }
                return sectors
            }
            let sectors = try sectorPairs(c[implied], "implied")
            let unknownDoers = try unidentified.map { try sectorPairs(c[$0], "unidentified") } ?? [:]
            var recipientSector: TypePolicy.ImpliedRecipient?
            if let k = impliedRecipient, !c[k].isEmpty, c[k] != "-" {
                if c[k] == "counterpart" {
                    recipientSector = .counterpart
                } else if c[k] == "other" {
                    recipientSector = .other
                } else if let sector = Sector(rawValue: c[k]) {
                    recipientSector = .ownState(sector)
                } else {
                    throw LexiconError.badRow(
                        path: path, line: line,
                        problem: "recipient-implied must be a PLOVER sector, counterpart, other or -, not \"\(c[k])\"")
                }
            }
            return TypePolicy(
                type: t, recipientWords: TSVFile.alternatives(c[recipient]), intent: i,
                keepsAgentless: try flag(c[agentless], "keep", "drop", line, "agentless"),
                placeIsRecipient: try flag(c[place], "yes", "no", line, "place"),
                objectIsRecipient: try flag(c[object], "recipient", "theme", line, "object"), impliedSectors: sectors,
                impliedRecipient: recipientSector, unidentifiedSectors: unknownDoers,
                keepsUnplaced: try unplaced.map { try flag(c[$0], "keep", "drop", line, "unplaced") } ?? true)
        }
    }
}

extension Lexicon {
    /// The coding policy of an event type; a type without a row gets an empty policy (no
    /// recipient prepositions, no intent change, dropped without an actor).
    public func policy(_ type: EventType) -> TypePolicy {
        policyTable[type.ordinal]
            ?? TypePolicy(
                type: type, recipientWords: [], intent: .same, keepsAgentless: false, placeIsRecipient: false,
                impliedSectors: [:])
    }

    /// The prepositions whose object is a trigger's recipient: its row's own, else its type's.
    public func recipientPrepositions(for pattern: EventPattern) -> Set<UInt64> {
        pattern.recipient.isEmpty ? policy(pattern.type).recipientPrepositions : pattern.recipientPrepositions
    }
}
