/// What happened: one of PLOVER's 16 event types, or Dyad's `MIGRATE` extension.
///
/// A closed set, so that a misspelt type in a lexicon row fails when the lexicon loads instead of
/// coding events no scorer or dashboard knows. The raw value is the code printed in every output
/// (`dyad code`, the store, the API), exactly as `../shared/eval/EVAL.md` spells it. One-line
/// definitions follow the PLOVER manual (`../shared/reference/PLOVER_MANUAL.tex`).
public enum EventType: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Agree to, offer, promise or otherwise indicate willingness or commitment to cooperate.
    case agree = "AGREE"
    /// Consultations and meetings: visiting, hosting, meeting at a neutral place, talks by phone.
    case consult = "CONSULT"
    /// Diplomatic, non-material cooperation: express support for, commend, approve, sign or ratify.
    case support = "SUPPORT"
    /// Verbal concessions without immediate material consequences (promised easing, declared ceasefires).
    case concede = "CONCEDE"
    /// Initiate, resume, improve or expand mutual material cooperation or exchange.
    case cooperate = "COOPERATE"
    /// Provide material aid whose benefits primarily accrue to the recipient.
    case aid = "AID"
    /// Concessions with immediate material consequences: release prisoners, withdraw, resign, disarm.
    case retreat = "RETREAT"
    /// Requests, demands and orders: less forceful than threats.
    case request = "REQUEST"
    /// Disapprove, object, complain, condemn, criticise; also investigations and allegations.
    case accuse = "ACCUSE"
    /// Rejections and refusals.
    case reject = "REJECT"
    /// Threats: coercive or forceful warnings with serious potential repercussions.
    case threaten = "THREATEN"
    /// Civilian demonstrations and other collective actions carried out as protests against the recipient.
    case protest = "PROTEST"
    /// Reductions in existing, routine or cooperative relations (not only formal sanctions).
    case sanction = "SANCTION"
    /// Military or police moves that fall short of the actual use of force.
    case mobilize = "MOBILIZE"
    /// Repression, restrictions on rights, or coercive uses of power falling short of violence.
    case coerce = "COERCE"
    /// Deliberate actions which can potentially result in substantial physical harm.
    case assault = "ASSAULT"
    /// Dyad's extension (not in PLOVER): people moving across a border (arrive, depart, flee, return).
    case migrate = "MIGRATE"

    /// The code as printed ("COERCE").
    public var description: String { rawValue }

    /// The case's position in `allCases`, for tables indexed by type: a raw-value enum hashes its
    /// string, which hot lookups (one per rule per trigger) should not pay for.
    public var ordinal: Int {
        switch self {
        case .agree: 0
        case .consult: 1
        case .support: 2
        case .concede: 3
        case .cooperate: 4
        case .aid: 5
        case .retreat: 6
        case .request: 7
        case .accuse: 8
        case .reject: 9
        case .threaten: 10
        case .protest: 11
        case .sanction: 12
        case .mobilize: 13
        case .coerce: 14
        case .assault: 15
        case .migrate: 16
        }
    }

    /// Orders by code, as the outputs that sort types (tables, counts) do.
    public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}
