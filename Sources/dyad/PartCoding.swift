import DyadCoder
import DyadModel
import DyadStore
import DyadText

/// Coding long documents part by part, so that memory follows the part size.
///
/// Coding holds a document's tokens, mentions and parse trees at once, about thirty times its
/// text; a document over `partBytes` (far above any news article) is cut at paragraph boundaries
/// (`TextParts`), each part is coded alone and its events and mentions are shifted back into the
/// document. What differs from coding it whole: repeated tellings are merged within a part only,
/// and the "main country" that fills an actor without one is each part's.
extension Pipeline {
    /// The default part size: 256 KiB, ten times a long news article.
    static let defaultPartBytes = 256 << 10

    /// Calls `body` with the annotation of each part of `document` (the whole document when it is
    /// short) and the part's first sentence number and character offset in the document.
    func annotateInParts(
        _ document: Document, partBytes: Int, _ body: (AnnotatedDocument, _ sentence: Int, _ character: Int) -> Void
    ) {
        let parts = TextParts(document.text, maxBytes: partBytes)
        guard parts.isSplit else { return body(annotate(document), 0, 0) }
        var sentences = 0
        for part in parts {
            var piece = document
            piece.text = part.text
            let annotated = annotate(piece)
            body(annotated, sentences, part.characterOffset)
            sentences += annotated.text.sentences.count
        }
    }

    /// The events of `document`, coded in parts when it is long, with offsets in the document.
    func events(of document: Document, partBytes: Int) -> [CodedEvent] {
        var events: [CodedEvent] = []
        annotateInParts(document, partBytes: partBytes) { annotated, sentence, character in
            events += annotated.events.map { $0.shifted(sentences: sentence, characters: character) }
        }
        return events
    }

    /// What the store keeps of `document`, coded in parts when it is long.
    func ingestItem(_ document: Document, partBytes: Int) -> IngestItem {
        guard TextParts(document.text, maxBytes: partBytes).isSplit else { return IngestItem(annotate(document)) }
        var builder = IngestItem.PartsBuilder()
        annotateInParts(document, partBytes: partBytes) { annotated, _, character in
            builder.add(
                text: annotated.text, mentions: annotated.mentions, events: annotated.events,
                characterOffset: character)
        }
        return builder.item(for: document)
    }
}
