import DyadModel

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

/// A named actor: a person or organisation with a fixed country and sector.
public struct ActorEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// ISO alpha-3 or one of IGO, NGO, IMG, MNC, UNO, EUR, ISM.
    public var country: CountryCode
    /// PLOVER sector (the first listed), or nil.
    public var sector: Sector?
    public var kind: String
    public var note: String
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
