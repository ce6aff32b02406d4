import DyadText

/// libFuzzer entry: the number and date parsers on arbitrary text (each sentence, against a
/// fixed publication day), and `Day(iso:)` on the raw input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    if let day = Day(iso: text) { precondition(Day(iso: day.description) == day, "a day does not round-trip") }
    let analyzed = AnalyzedText(text)
    let published = Day(iso: "2022-09-27")
    for sentence in analyzed.sentences {
        for q in QuantityParser().quantities(in: analyzed, tokens: sentence.tokens) {
            precondition(!q.value.isNaN, "a quantity that is not a number")
        }
        for d in DateResolver().dates(in: analyzed, tokens: sentence.tokens, documentDate: published) {
            precondition(Day(iso: d.day.description) == d.day, "a resolved day does not round-trip")
        }
    }
    return 0
}
