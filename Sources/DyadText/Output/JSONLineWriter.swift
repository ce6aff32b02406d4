/// Builds one JSON object as a line of bytes, with keys sorted, without Foundation.
///
/// Every machine-readable output of Dyad is JSON Lines with sorted keys (stable diffs, easy
/// `jq`); building them by hand keeps output from dominating the time of a tagging run.
public struct JSONObject: Sendable {
    private var fields: [(key: String, value: [UInt8])] = []
    private let presorted: Bool

    /// An empty object.
    /// - Parameter presorted: the caller sets keys in sorted order already, so `bytes()` skips
    ///   sorting (hot output paths).
    public init(presorted: Bool = false) {
        self.presorted = presorted
        fields.reserveCapacity(12)
    }

    /// Sets a string value (`nil` writes JSON null).
    public mutating func set(_ key: String, _ value: String?) {
        guard let value else { return setNull(key) }
        var out: [UInt8] = []
        JSONObject.appendString(value, to: &out)
        fields.append((key, out))
    }

    /// Sets an integer value.
    public mutating func set(_ key: String, _ value: Int?) {
        guard let value else { return setNull(key) }
        fields.append((key, Array(String(value).utf8)))
    }

    /// Sets a number; integral values print without a fraction, others with up to 6 digits.
    public mutating func set(_ key: String, _ value: Double?) {
        guard let value, value.isFinite else { return setNull(key) }
        fields.append((key, Array(JSONObject.format(value).utf8)))
    }

    /// Sets a boolean.
    public mutating func set(_ key: String, _ value: Bool?) {
        guard let value else { return setNull(key) }
        fields.append((key, Array((value ? "true" : "false").utf8)))
    }

    /// Sets a nested object.
    public mutating func set(_ key: String, _ value: JSONObject?) {
        guard let value else { return setNull(key) }
        fields.append((key, value.bytes()))
    }

    /// Sets an array of objects.
    public mutating func set(_ key: String, _ values: [JSONObject]) {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, v) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += v.bytes()
        }
        out.append(UInt8(ascii: "]"))
        fields.append((key, out))
    }

    /// Sets an array of strings.
    public mutating func set(_ key: String, _ values: [String]) {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, v) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONObject.appendString(v, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        fields.append((key, out))
    }

    /// Writes `null` for a key.
    public mutating func setNull(_ key: String) {
        fields.append((key, Array("null".utf8)))
    }

    /// The serialised object, keys sorted, no spaces.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var size = 2
        for f in fields { size += f.key.utf8.count + f.value.count + 4 }
        out.reserveCapacity(size)
        out.append(UInt8(ascii: "{"))
        var first = true
        let ordered = presorted || Self.isSorted(fields) ? fields : fields.sorted { Self.precedes($0.key, $1.key) }
        for f in ordered {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONObject.appendString(f.key, to: &out)
            out.append(UInt8(ascii: ":"))
            out += f.value
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Whether keys are in byte order already (callers often set them so): one pass instead of a sort.
    private static func isSorted(_ fields: [(key: String, value: [UInt8])]) -> Bool {
        var i = 1
        while i < fields.count {
            if !precedes(fields[i - 1].key, fields[i].key) { return false }
            i += 1
        }
        return true
    }

    /// Byte order of two keys, compared on their UTF-8 storage directly: the generic
    /// `lexicographicallyPrecedes` on the UTF-8 views was the largest single cost of
    /// `GET /api/events` (measured with perf).
    @inline(__always)
    private static func precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                let n = min(pa.count, pb.count)
                var i = 0
                while i < n {
                    if pa[i] != pb[i] { return pa[i] < pb[i] }
                    i += 1
                }
                return pa.count < pb.count
            }
        }
        if let result = fast ?? nil { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The serialised object as a string.
    public var string: String { String(decoding: bytes(), as: UTF8.self) }

    /// Formats a double as JSON: integers without ".0", others rounded to 6 decimals.
    public static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = String((v * 1_000_000).rounded() / 1_000_000)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    /// Appends a JSON string literal with the required escapes.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        let clean: Bool? = s.withUTF8 { buf in
            for b in buf where b < 0x20 || b == 0x22 || b == 0x5C { return false }
            out.append(contentsOf: buf)
            return true
        }
        if clean == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
