/// Which part of society an actor belongs to: a PLOVER sector code.
///
/// A closed set, so that a misspelt sector in `roles.tsv`, `actors.tsv` or a user's lexicon fails
/// when the lexicon loads instead of reaching the output. The raw value is the three-letter code
/// printed everywhere. The codes are PLOVER's sector table (`../shared/reference/PLOVER_MANUAL.tex`,
/// "Sector Codes"), plus `IGO` and `NGO`, which `../shared/eval/EVAL.md` allows as role codes.
public enum Sector: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Police forces, officers, criminal investigative units, protective agencies.
    case police = "COP"
    /// Government: the executive, governing parties, coalition partners, executive divisions.
    case government = "GOV"
    /// Judiciary: judges, courts (and, in Dyad's lexicon, prosecutors).
    case judiciary = "JUD"
    /// Legislature: parliaments, assemblies, lawmakers.
    case legislature = "LEG"
    /// Military: troops, soldiers, all state-military personnel and equipment.
    case military = "MIL"
    /// Paramilitary organisations not in opposition to the government.
    case paramilitary = "PRM"
    /// Political parties.
    case party = "PTY"
    /// Rebels: armed opposition groups or individuals.
    case rebels = "REB"
    /// State intelligence services, intelligence operatives or assets.
    case intelligence = "SPY"
    /// Unidentified armed forces ("unknown gunmen").
    case unidentifiedArmedForces = "UAF"
    /// Generic unidentified actors.
    case unidentified = "UNK"
    /// Agricultural labour, formally or informally organised; peasants.
    case agriculture = "AGR"
    /// Business: individuals, companies and enterprises, not multinationals.
    case business = "BUS"
    /// Individual criminals and criminal gangs.
    case criminals = "CRM"
    /// Civilians, protesters, activists: unarmed domestic actors without an organised affiliation.
    case civilians = "CVL"
    /// Educators, schools, students, organisations dealing with education.
    case education = "EDU"
    /// Elites: former officials without office, exiled or ousted officials, their families.
    case elites = "ELI"
    /// Journalists, newspapers, radio, television, web sites.
    case journalists = "JRN"
    /// Organised labour in services or manufacturing.
    case labor = "LAB"
    /// Individuals and organisations dealing with health.
    case medical = "MED"
    /// Refugees and internally displaced persons.
    case refugees = "REF"
    /// Political opposition: opposition parties, individuals, anti-government activists.
    case opposition = "OPP"
    /// Partially recognised entities: breakaway regions, disputed territories (a secondary code).
    case partiallyRecognized = "PRE"
    /// Religious organisations and institutions.
    case religion = "REL"
    /// Civil society organisations and movements not covered above.
    case civilSociety = "SOC"
    /// International governmental organisations, as a role (EVAL.md allows it).
    case intergovernmental = "IGO"
    /// Non-governmental organisations, as a role (EVAL.md allows it).
    case nongovernmental = "NGO"

    /// The code as printed ("GOV").
    public var description: String { rawValue }

    /// Sectors whose members fight with arms: their "fight" is combat, their "attack" never only
    /// words, and a noun of violence they modify is theirs ("police shooting").
    public static let armed: Set<Sector> = [
        .military, .rebels, .paramilitary, .unidentifiedArmedForces, .police, .intelligence,
    ]

    /// Whether members of the sector bear arms (`armed`).
    public var isArmed: Bool { Self.armed.contains(self) }

    /// Orders by code, as string-keyed outputs did.
    public static func < (a: Sector, b: Sector) -> Bool { a.rawValue < b.rawValue }
}
