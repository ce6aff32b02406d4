/// An actor written as a CAMEO actor code, split the way Phoenix's event files split it.
///
/// Dyad's actors carry an ISO country (or PLOVER non-state code) and a PLOVER sector; CAMEO writes
/// one string of three-letter parts ("RUSGOV", "UKRMIL", "IGOUNO"). Phoenix splits that string into
/// the entity (the country, or IGO/NGO/IMG/MNC), the role (the agent: GOV, MIL, …) and whatever
/// else (the attribute: "UNO" for the United Nations), and analyses filter on those parts.
public struct CAMEOActor: Sendable, Hashable {
    /// The country or non-state entity ("RUS", "IGO"); empty when the actor has no country.
    public var entity: String
    /// The CAMEO agent code for the sector ("GOV"); empty when none fits.
    public var role: String
    /// The organisation within a non-state entity ("UNO", "EUREEC"); usually empty.
    public var attribute: String

    /// The whole code: entity, attribute, role ("RUSGOV", "IGOUNO", "IGOUNOMIL").
    public var full: String { entity + attribute + role }

    /// Codes an actor; nil stands for a missing side (all parts empty).
    public init(_ actor: CodedEvent.Actor?) {
        guard let actor else {
            (entity, role, attribute) = ("", "", "")
            return
        }
        let country = actor.country?.rawValue ?? ""
        let (entity, attribute) = Self.entities[country] ?? (Self.countries[country] ?? country, "")
        self.entity = entity
        self.attribute = attribute
        var role = actor.sector.map { Self.roles[$0] ?? "" } ?? ""
        // The sector the Phoenix importer gives a non-state entity by default is implied by it.
        if let implied = Self.impliedRoles[entity], implied == role { role = "" }
        self.role = role
    }

    /// PLOVER non-state codes as CAMEO writes them: the UN and the EU are IGOs with their own
    /// attribute (Phoenix's `IGOUNO`, `IGOEUREEC`); CAMEO has no international social movement
    /// code, so ISM is written as an NGO.
    static let entities: [String: (String, String)] = [
        "UNO": ("IGO", "UNO"), "EUR": ("IGO", "EUREEC"), "ISM": ("NGO", ""),
    ]

    /// ISO codes that CAMEO spells otherwise (as the Phoenix country dictionary writes them).
    static let countries: [String: String] = ["TLS": "TMP", "KOS": "KSV"]

    /// PLOVER sectors as CAMEO agent codes: the same three letters but for media (CAMEO `MED`),
    /// health (CAMEO `HLH`) and the sectors CAMEO has no agent for (civil society, partially
    /// recognised entities, unidentified actors, and the IGO/NGO roles, which are entities there).
    static let roles: [Sector: String] = [
        .police: "COP", .government: "GOV", .judiciary: "JUD", .legislature: "LEG", .military: "MIL",
        .paramilitary: "PRM", .party: "PTY", .rebels: "REB", .intelligence: "SPY",
        .unidentifiedArmedForces: "UAF", .agriculture: "AGR", .business: "BUS", .criminals: "CRM",
        .civilians: "CVL", .education: "EDU", .elites: "ELI", .journalists: "MED", .labor: "LAB",
        .medical: "HLH", .refugees: "REF", .opposition: "OPP", .religion: "REL",
    ]

    /// The role each non-state entity implies (`scripts/import_phoenix_actors.py` DEFAULT_SECTOR).
    static let impliedRoles: [String: String] = ["IGO": "GOV", "IMG": "REB", "MNC": "BUS"]
}
