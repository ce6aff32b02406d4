import DyadText

/// libFuzzer entry: the tokenizer and the sentence splitter on arbitrary text, checking that
/// tokens and sentences stay inside the text, in order, and that offsets convert.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let analyzed = AnalyzedText(text)
    var last = analyzed.bodyStart
    for token in analyzed.tokens {
        precondition(token.start >= last && token.start < token.end, "tokens overlap or are empty")
        precondition(token.end <= analyzed.bytes.count, "a token past the text")
        last = token.end
    }
    var next = 0
    for sentence in analyzed.sentences {
        precondition(sentence.tokens.lowerBound == next, "sentences do not cover the tokens in order")
        next = sentence.tokens.upperBound
        precondition(sentence.start <= sentence.end && sentence.end <= analyzed.bytes.count, "a sentence past the text")
        _ = analyzed.string(sentence.start..<sentence.end)
        precondition(
            analyzed.characterOffset(ofByte: sentence.start) <= analyzed.characterOffset(ofByte: sentence.end),
            "character offsets out of order")
    }
    precondition(next == analyzed.tokens.count, "sentences do not cover every token")
    return 0
}
