import DyadModel
import DyadText

/// A country, as the lexicon knows it: the names, adjectives and people nouns that point to it,
/// its capitals and seats of government (which stand for its government: "Moscow said").
public struct CountryEntry: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 code (or PLOVER's KOS, IGO, ...).
    public var code: CountryCode
    public var name: String
    public var aliases: [String]
    /// Adjectives and demonyms used before a noun ("Kazakh", "Kazakhstani").
    public var adjectives: [String]
    /// Nouns for its people ("Russians", "Kazakhs").
    public var people: [String]
    public var capitals: [String]
    /// Metonyms for the government ("Kremlin", "White House").
    public var seats: [String]
    public var lat: Double?
    public var lon: Double?
    /// The state a dependency is folded into (PLOVER: "actors/recipients and events in the
    /// Falkland Islands are associated with the United Kingdom"); nil for a state.
    public var state: CountryCode? = nil
}

/// A first-level subdivision or a region named in news (Chechnya, Crimea, Donetsk).
public struct SubdivisionEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var country: CountryCode
    public var kind: String
    public var lat: Double?
    public var lon: Double?
}

/// A populated place from GeoNames (cities of at least 15,000 people).
public struct CityEntry: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var aliases: [String]
    public var country: CountryCode
    public var admin1: String
    public var lat: Double
    public var lon: Double
    public var population: Int
}

/// A role or sector noun phrase and the PLOVER sector it implies.
public struct RoleEntry: Sendable, Hashable {
    public var phrase: String
    /// The sector the role implies; nil when the row leaves it empty (a later role in the phrase decides).
    public var sector: Sector?
    public var kind: RoleKind
}

/// A named actor: a person or organisation with a country and sector, which may depend on the
/// date (a head of government is `GOV` while in office and `ELI` after).
public struct ActorEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// ISO alpha-3 or one of IGO, NGO, IMG, MNC, UNO, EUR, ISM: the code when no spell holds.
    public var country: CountryCode
    /// PLOVER sector (the first listed), or nil: the sector when no spell holds.
    public var sector: Sector?
    public var kind: String
    public var note: String
    /// Dated codes, tried in order; empty for actors whose code does not change.
    public var spells: [ActorSpell] = []
    /// Whether the row's own code holds on a known date no spell covers (`true`), or the phrase
    /// then names somebody else (`false`: PETRARCH's record without a default code; an imported
    /// minister of 2003 is not the namesake in a 2022 story).
    public var codedOutsideSpells: Bool = true
    /// Where the row comes from: `curated`, or `phoenix:<file>` for imported rows.
    public var source: String = "curated"

    public init(
        name: String, aliases: [String], country: CountryCode, sector: Sector?, kind: String, note: String,
        spells: [ActorSpell] = [], codedOutsideSpells: Bool = true, source: String = "curated"
    ) {
        self.codedOutsideSpells = codedOutsideSpells
        self.name = name
        self.aliases = aliases
        self.country = country
        self.sector = sector
        self.kind = kind
        self.note = note
        self.spells = spells
        self.source = source
    }

    /// The country and sector valid on `day`: the first spell that holds it, else the row's own
    /// code (also when the day is unknown), or nil when the row is not coded outside its spells.
    /// News is coded with the actor's role at the time: a story from 2005 about Hosni Mubarak is
    /// about Egypt's government, one from 2015 about an elite.
    public func code(on day: Day?) -> (country: CountryCode, sector: Sector?)? {
        guard let day, !spells.isEmpty else { return (country, sector) }
        if let s = spells.first(where: { $0.holds(day) }) { return (s.country, s.sector) }
        return codedOutsideSpells ? (country, sector) : nil
    }
}

/// One dated code of a named actor: the country and sector it had between two days.
public struct ActorSpell: Sendable, Hashable {
    public var country: CountryCode
    public var sector: Sector?
    /// First day, inclusive; nil when open.
    public var from: Day?
    /// Last day, inclusive; nil when open.
    public var to: Day?

    public init(country: CountryCode, sector: Sector?, from: Day?, to: Day?) {
        self.country = country
        self.sector = sector
        self.from = from
        self.to = to
    }

    /// Whether the spell covers `day`.
    public func holds(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}

/// A word that says what a counted number measures: the counted noun ("people") or a
/// participle later in the clause ("arrested").
public struct UnitEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case noun
        case participle
    }
    public var word: String
    public var unit: String
    public var kind: Kind
}
