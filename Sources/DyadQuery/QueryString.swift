import Foundation

/// The parameters of a URL query, decoded as browsers encode forms (`+` is a space, `%XX` bytes).
///
/// Hummingbird's own decoder leaves `+` alone, which would turn a dashboard search for "border
/// closure" into "border+closure"; this one follows the HTML form encoding.
public struct QueryString: Sendable, Hashable {
    /// Name and value pairs in order; repeated names repeat.
    public var pairs: [(name: String, value: String)]

    public init(_ raw: String?) {
        pairs = []
        guard let raw, !raw.isEmpty else { return }
        for part in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(kv[0])
            let value = kv.count > 1 ? Self.decode(kv[1]) : ""
            pairs.append((name, value))
        }
    }

    public static func == (a: QueryString, b: QueryString) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    public func hash(into h: inout Hasher) {
        for p in pairs {
            h.combine(p.name)
            h.combine(p.value)
        }
    }

    /// Decodes one component; malformed escapes are kept as written (validation then rejects them).
    ///
    /// Byte by byte, without Foundation's percent decoding: every dashboard request decodes its
    /// query, and the fuzzer showed Foundation's path costing milliseconds per input under ASan.
    static func decode(_ s: Substring) -> String {
        var bytes = Array(s.utf8)
        var plain = true
        for k in bytes.indices where bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "%") {
            if bytes[k] == UInt8(ascii: "+") { bytes[k] = UInt8(ascii: " ") } else { plain = false }
        }
        let spaced = String(decoding: bytes, as: UTF8.self)
        guard !plain else { return spaced }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b != UInt8(ascii: "%") {
                out.append(b)
                k += 1
                continue
            }
            guard k + 2 < bytes.count, let hi = hexValue(bytes[k + 1]), let lo = hexValue(bytes[k + 2]) else {
                return spaced
            }
            out.append(hi << 4 | lo)
            k += 3
        }
        return String(validating: out, as: UTF8.self) ?? spaced
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Every non-empty value of `name`, comma-separated values split (`type=A,B&type=C`).
    public func list(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.flatMap { $0.value.split(separator: ",") }
            .map { Self.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// The last non-empty value of `name` (an empty form field counts as absent).
    public func value(_ name: String) -> String? {
        pairs.last { $0.name == name && !Self.trimmed($0.value).isEmpty }.map { Self.trimmed($0.value) }
    }

    /// The first of `names` given with a non-empty value more than once, if any: a parameter
    /// that takes one value must not silently take the last of several.
    public func repeated(among names: Set<String>) -> String? {
        var seen = Set<String>()
        for p in pairs where names.contains(p.name) && !Self.trimmed(p.value).isEmpty {
            if !seen.insert(p.name).inserted { return p.name }
        }
        return nil
    }

    /// `s` without leading and trailing spaces and tabs (Foundation's `.whitespaces`: Unicode
    /// space separators and U+0009), without building a character set per call.
    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        func blank(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blank($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }

    /// Names given that are not in `allowed`, to reject typos instead of silently ignoring them.
    public func unknown(allowed: Set<String>) -> [String] {
        var seen = Set<String>()
        return pairs.map(\.name).filter { !allowed.contains($0) && seen.insert($0).inserted }
    }

    /// The query re-encoded with `changes` applied (nil removes a name): for dashboard links.
    public func with(_ changes: [String: String?]) -> String {
        var out = pairs.filter { changes[$0.name] == nil && !$0.value.isEmpty }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value = value ?? nil { out.append((name, value)) }
        }
        return out.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes a component for a query string: ASCII letters, digits and `-._~` stay,
    /// every other UTF-8 byte becomes `%XX` (RFC 3986's unreserved set; byte by byte, as Foundation's
    /// encoder built a character set per call).
    public static func encode(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(b)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
