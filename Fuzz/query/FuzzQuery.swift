import DyadQuery

/// libFuzzer entry: the API's query-string parsing on arbitrary bytes, and its re-encoding:
/// what `with` writes must parse back to the same names and values.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let raw = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let q = QueryString(raw)
    _ = q.list("type")
    _ = q.value("limit")
    _ = q.repeated(among: ["limit", "from"])
    _ = q.unknown(allowed: ["type"])
    let again = QueryString(q.with([:]))
    let kept = q.pairs.filter { !$0.value.isEmpty }
    precondition(again.pairs.map(\.name) == kept.map(\.name), "names do not survive re-encoding")
    precondition(again.pairs.map(\.value) == kept.map(\.value), "values do not survive re-encoding")
    return 0
}
