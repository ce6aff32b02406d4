/// Appends a JSON object's fields straight into an output buffer, for hot output paths.
///
/// `JSONObject` collects and sorts fields; this writer trusts the caller to write keys in
/// sorted order and allocates nothing per field, which matters when a run prints millions of
/// mentions or events.
public struct JSONFieldWriter {
    private var needsComma = false

    /// Starts an object.
    public init(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
    }

    @inline(__always)
    private mutating func key(_ k: StaticString, _ out: inout [UInt8]) {
        if needsComma { out.append(UInt8(ascii: ",")) }
        needsComma = true
        out.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    private static let null: [UInt8] = Array("null".utf8)

    /// A string field (null when nil).
    public mutating func string(_ k: StaticString, _ v: String?, _ out: inout [UInt8]) {
        key(k, &out)
        guard let v else { return out.append(contentsOf: Self.null) }
        JSONObject.appendString(v, to: &out)
    }

    /// A string field taken directly from UTF-8 bytes.
    public mutating func string(_ k: StaticString, bytes: ArraySlice<UInt8>, _ out: inout [UInt8]) {
        key(k, &out)
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                out.append(b)
                continue
            }
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            default:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// An integer field.
    public mutating func int(_ k: StaticString, _ v: Int?, _ out: inout [UInt8]) {
        key(k, &out)
        guard var v else { return out.append(contentsOf: Self.null) }
        if v < 0 {
            out.append(UInt8(ascii: "-"))
            v = -v
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            while n > 0 {
                n -= 1
                out.append(d[n])
            }
        }
    }

    /// A number field (integral values print without a fraction).
    public mutating func double(_ k: StaticString, _ v: Double?, _ out: inout [UInt8]) {
        key(k, &out)
        guard let v, v.isFinite else { return out.append(contentsOf: Self.null) }
        out.append(contentsOf: JSONObject.format(v).utf8)
    }

    /// A boolean field.
    public mutating func bool(_ k: StaticString, _ v: Bool?, _ out: inout [UInt8]) {
        key(k, &out)
        guard let v else { return out.append(contentsOf: Self.null) }
        out.append(contentsOf: (v ? "true" : "false").utf8)
    }

    /// A field whose value is already-serialised JSON.
    public mutating func raw(_ k: StaticString, _ json: [UInt8], _ out: inout [UInt8]) {
        key(k, &out)
        out.append(contentsOf: json)
    }

    /// Ends the object.
    public func end(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "}"))
    }
}
