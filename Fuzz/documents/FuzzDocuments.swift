import DyadText

/// libFuzzer entry: the document readers (JSON Lines and seed text) and the part cutter on
/// arbitrary bytes. Crashes are the failures; the checks below turn broken invariants into crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    for result in DocumentReader.documents(fromJSONLines: bytes, origin: "fuzz", maxDocumentBytes: 1 << 16) {
        if case .success(let d) = result {
            precondition(!d.id.isEmpty, "a document without an id")
            precondition(d.text.utf8.count <= 1 << 16, "a document over the limit")
        }
    }
    for missing in [DocumentReader.MissingIDs.contentHash] {
        _ = DocumentReader.documents(
            fromJSONLines: bytes, origin: "fuzz", maxDocumentBytes: 1 << 16, missingIDs: missing)
    }
    if case .success(let d) = DocumentReader.document(fromSeedText: bytes, id: "fuzz", origin: "fuzz") {
        // Parts put back together are the text, and none is over the limit.
        let limit = 64 + Int(count % 200)
        var joined = ""
        var characters = 0
        for part in TextParts(d.text, maxBytes: limit) {
            precondition(part.text.utf8.count <= limit, "a part over its limit")
            precondition(part.characterOffset == characters, "a part's character offset is wrong")
            characters += part.text.unicodeScalars.count
            joined += part.text
        }
        precondition(joined == d.text, "parts do not rebuild the text")
    }
    return 0
}
