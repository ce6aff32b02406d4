import DyadCoder
import DyadLexicon
import DyadSyntax
import DyadText

/// The pipeline, loaded once for the whole run (the lexicon and the parser weights).
let pipeline: Pipeline = {
    do {
        return Pipeline(
            lexicon: try Lexicon.load(dataDirectory: nil, userDirectories: []), syntax: try SyntaxModel.load(path: nil),
            options: Pipeline.Options(stage: .events, mergeRepeatedTellings: true))
    } catch {
        fatalError("cannot load the pipeline: \(error)")
    }
}()

/// libFuzzer entry: the whole coder (mentions, syntax, events) on arbitrary text, checking that
/// every event's evidence lies inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCoder(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let annotated = pipeline.annotate(Document(id: "fuzz", date: Day(iso: "2022-09-27"), text: text, origin: "fuzz"))
    let characters = text.unicodeScalars.count
    for e in annotated.events {
        precondition(e.evidence.start >= 0 && e.evidence.start <= e.evidence.end, "evidence out of order")
        precondition(e.evidence.end <= characters, "evidence past the text")
        precondition(e.evidence.sentence < annotated.text.sentences.count, "evidence in no sentence")
    }
    return 0
}

/// libFuzzer's set-up hook: loads the pipeline before the first input, so that loading (seconds
/// under ASan on a busy machine) is not charged to an input and reported as a timeout.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = pipeline
    return 0
}
