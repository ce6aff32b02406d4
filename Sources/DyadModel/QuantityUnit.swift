/// What a counted number measures: the `unit` of a quantity mention and of an event's count.
///
/// Units are open-ended text (a counted noun such as "cities", a currency), so they stay strings;
/// this namespace holds the one table of the units that count people, which the recognizer (a later
/// participle may say what happened to them) and the coder (which count fits an event) share. The
/// names come from `units.tsv`; its header lists them.
public enum QuantityUnit {
    /// People in general ("1,386 people", "dozens of women", "98,000 Russians").
    public static let people = "people"
    /// Soldiers, police officers, fighters.
    public static let troops = "troops"
    /// Refugees and asylum seekers.
    public static let refugees = "refugees"
    /// Internally displaced people.
    public static let displaced = "displaced"
    /// Evacuated people.
    public static let evacuated = "evacuated"
    /// People killed.
    public static let dead = "dead"
    /// People wounded.
    public static let injured = "injured"
    /// People arrested or detained.
    public static let arrested = "arrested"

    /// Units that count persons, which a participle later in the clause may refine ("98,000 people
    /// … were detained" → arrested) and a bare number after them inherits ("… and 64,000 left").
    public static let countingPeople: Set<String> = [people, refugees, troops, arrested, dead, injured, displaced]

    /// People on the move or driven from home: counts in any of these units fit an event that
    /// counts any other of them (a flight of "refugees" may be counted in "people").
    public static let civilianHeadcounts: Set<String> = [people, refugees, displaced, evacuated]

    /// What a violent or coercive act does to the people it counts: a bare number right after the
    /// trigger in one of these units ("arresting 12", "killed 23 people") is the event's target.
    public static let victims: Set<String> = [people, dead, injured, arrested]

    /// Whether a unit counts persons (`countingPeople`).
    public static func countsPeople(_ unit: String) -> Bool { countingPeople.contains(unit) }
}
