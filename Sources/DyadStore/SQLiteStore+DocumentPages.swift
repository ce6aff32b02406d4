import DyadText
import GRDB

/// A part of a stored document: a run of its sentences with their text, mentions and events.
///
/// A document is read page by page so that answering about it takes memory in proportion to the
/// page, not to the document (a 7 MB document answered whole was a 95 MB JSON answer).
public struct DocumentPage: Sendable, Hashable {
    /// The document's id, date, metadata and, as its `text`, the text of this page only.
    public var document: StoredDocument
    /// Character offset of the page's text in the document (0 on the first page): mention,
    /// sentence and event offsets stay those of the whole document.
    public var textOffset: Int
    /// Characters in the whole document.
    public var documentLength: Int
    /// Sentences in the whole document.
    public var sentenceCount: Int
    /// The first sentence of the next page, nil on the last.
    public var nextSentence: Int?
    /// The events whose evidence lies in this page's sentences, in storage order.
    public var events: [StoredEvent]

    /// The first sentence number of this page.
    public var firstSentence: Int { document.sentences.first?.index ?? 0 }

    public init(
        document: StoredDocument, textOffset: Int, documentLength: Int, sentenceCount: Int, nextSentence: Int?,
        events: [StoredEvent]
    ) {
        self.document = document
        self.textOffset = textOffset
        self.documentLength = documentLength
        self.sentenceCount = sentenceCount
        self.nextSentence = nextSentence
        self.events = events
    }
}

extension SQLiteStore {
    /// A page of a stored document, nil when the document is not stored.
    ///
    /// - Parameters:
    ///   - id: the document id.
    ///   - from: the first sentence of the page.
    ///   - maxSentences: at most this many sentences.
    ///   - maxCharacters: the page ends after the sentence that passes this many characters (a
    ///     page always holds at least one sentence).
    /// The first page's text starts at the document's start and every page's text runs to the
    /// next page's first sentence (or the end), so the pages' texts put together are the text.
    public func documentPage(id: String, from: Int = 0, maxSentences: Int = 500, maxCharacters: Int = 1 << 18)
        throws -> DocumentPage?
    {
        try read { db in
            guard
                let r = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, date, outlet, url, title, content_hash, coded_at, length(text) AS chars,
                               (SELECT COUNT(*) FROM sentences WHERE doc_id = documents.id) AS sentence_count
                        FROM documents WHERE id = ?
                        """, arguments: [id])
            else { return nil }
            let length: Int = r["chars"]
            let sentenceCount: Int = r["sentence_count"]
            var positions: [(index: Int, start: Int, end: Int)] = []
            var next: (index: Int, start: Int)?
            var characters = 0
            let rows = try Row.fetchCursor(
                db, sql: #"SELECT idx, start, "end" FROM sentences WHERE doc_id = ? AND idx >= ? ORDER BY idx"#,
                arguments: [id, max(0, from)])
            while let s = try rows.next() {
                let position = (index: s["idx"] as Int, start: s["start"] as Int, end: s["end"] as Int)
                if !positions.isEmpty, positions.count >= maxSentences || characters >= maxCharacters {
                    next = (position.index, position.start)
                    break
                }
                positions.append(position)
                characters += max(0, position.end - position.start)
            }
            let spanStart = from <= 0 ? 0 : min(length, max(0, positions.first?.start ?? length))
            let spanEnd = max(spanStart, min(length, next?.start ?? length))
            let text =
                try String.fetchOne(
                    db, sql: "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                    arguments: [spanStart + 1, spanEnd - spanStart, id]) ?? ""
            let scalars = Array(text.unicodeScalars)
            func cut(_ start: Int, _ end: Int) -> String {
                let lo = min(max(0, start - spanStart), scalars.count)
                let hi = min(max(lo, end - spanStart), scalars.count)
                var words = String.UnicodeScalarView()
                words.append(contentsOf: scalars[lo..<hi])
                return String(words)
            }
            let sentences = positions.map {
                StoredSentence(index: $0.index, start: $0.start, end: $0.end, text: cut($0.start, $0.end))
            }
            // Mentions are kept in sentence order as one JSON array per document; SQLite picks the
            // page's out of it, so Swift decodes only those.
            let mentionRows = try String.fetchAll(
                db,
                sql: """
                    SELECT j.value FROM documents d, json_each(d.mentions) j
                    WHERE d.id = ? AND j.value ->> 0 BETWEEN ? AND ?
                    """, arguments: [id, positions.first?.index ?? 0, positions.last?.index ?? -1])
            let mentions = StoredMentions.decode(
                "[" + mentionRows.joined(separator: ",") + "]", text: text, textOffset: spanStart)
            let date: String? = r["date"]
            let document = Document(
                id: r["id"], date: date.flatMap { Day(iso: $0) }, text: text, origin: "\(path):\(id)",
                title: r["title"], url: r["url"], outlet: r["outlet"])
            let stored = StoredDocument(
                document: document, contentHash: r["content_hash"], codedAt: r["coded_at"], sentences: sentences,
                mentions: mentions)
            var events: [StoredEvent] = []
            if let first = positions.first?.index, let last = positions.last?.index,
                let ids = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT MIN(id) AS lo, MAX(id) AS hi FROM events
                        WHERE doc_id = ? AND evidence_sentence BETWEEN ? AND ?
                        """, arguments: [id, first, last]),
                let lo: Int64 = ids["lo"], let hi: Int64 = ids["hi"]
            {
                // Events are stored in sentence order, so the page's form a (nearly) contiguous run.
                events = try page(EventQuery(limit: Int(hi - lo + 1), afterID: lo - 1), db: db).filter {
                    $0.event.document == id && (first...last).contains($0.event.evidence.sentence)
                }
            }
            return DocumentPage(
                document: stored, textOffset: spanStart, documentLength: length, sentenceCount: sentenceCount,
                nextSentence: next?.index, events: events)
        }
    }
}
