/// A CAMEO event code ("1121"): the event classification of PETRARCH, Phoenix, ICEWS and GDELT.
///
/// Dyad codes PLOVER, but analyses built on two decades of CAMEO data read CAMEO codes; this type is
/// what `dyad export --format cameo` writes, and it knows the two figures those analyses group by:
/// the root code (the first two digits, CAMEO's 20 base categories) and the quad class.
public struct CAMEOCode: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code as written: three or four digits, leading zero kept ("030", "1121").
    public let rawValue: String

    /// Reads a code; nil unless it is three or four digits under a root from 01 to 20, so that a
    /// malformed code in a user's `verbs.tsv` is never written as CAMEO.
    public init?(rawValue: String) {
        guard (3...4).contains(rawValue.utf8.count), rawValue.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let root = Int(rawValue.prefix(2)), (1...20).contains(root)
        else { return nil }
        self.rawValue = rawValue
    }

    /// A code from generated data (`CAMEOTable`), not checked here: a test checks every row.
    init(unchecked rawValue: String) { self.rawValue = rawValue }

    /// The base category: the code's first two digits ("11" for "1121").
    public var rootCode: String { String(rawValue.prefix(2)) }

    /// The quad class of the root code.
    public var quadClass: QuadClass { QuadClass(root: Int(rootCode) ?? 0) }

    /// The code as written.
    public var description: String { rawValue }

    /// Orders by the code's digits as written ("030" < "1121" < "190").
    public static func < (a: CAMEOCode, b: CAMEOCode) -> Bool { a.rawValue < b.rawValue }
}
