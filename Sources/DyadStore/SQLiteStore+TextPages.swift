import GRDB

/// Pages of events whose evidence sentences hold some words (`--text`): how a page avoids
/// listing every match of a common word, or checking every event of a wide filter.
extension SQLiteStore {
    /// Sentences a full-text query may match before a page walks the matches in order instead of
    /// listing them all first.
    static let commonTextMatches = 20_000

    /// Whether the words of `text` occur together in at least `threshold` event sentences
    /// (counting stops there, so asking is cheap however common the words are).
    static func isCommon(text: String, db: Database, threshold: Int = commonTextMatches) throws -> Bool {
        let found =
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)",
                arguments: [ftsQuery(text), threshold]) ?? 0
        return found >= threshold
    }

    /// A page for words found in many sentences: walks the full-text matches in sentence order,
    /// checking each one's events against the other filters, and stops when the page is full,
    /// instead of listing every match first (a million for a common word on a large store).
    ///
    /// Sentence order is event order: a document's sentences and events are written together,
    /// after every stored one, and its events in sentence order (see `insert`), so ordering by
    /// (sentence, event) lists events by id, and a keyset cursor starts at its event's sentence.
    func textPage(_ q: EventQuery, text: String, db: Database) throws -> [Row] {
        var rest = q
        rest.text = nil
        let f = Self.eventFilter(rest, probeSides: ["source", "target"])
        var clauses = [
            "sentences_fts MATCH ?", "s.id = f.rowid", "e.doc_id = s.doc_id", "e.evidence_sentence = s.idx",
        ]
        var args: StatementArguments = [Self.ftsQuery(text)]
        if let after = q.afterID {
            clauses.append(
                """
                f.rowid >= COALESCE((SELECT s2.id FROM events e2
                    JOIN sentences s2 ON s2.doc_id = e2.doc_id AND s2.idx = e2.evidence_sentence
                    WHERE e2.id = ?), 0)
                """)
            args += [after]
        }
        clauses += f.clauses
        args += f.arguments
        args += [q.limit ?? -1, q.offset]
        // CROSS JOIN fixes the loop order: full-text matches outside, their events inside. Ordering
        // by the match's rowid alone lets the index hand matches over in order and the walk stop
        // at the page's end (adding `e.id` made SQLite sort every match first: 7 s instead of
        // 5 ms for a word in every sentence of 10 M events). A sentence's events still come out by
        // id, as `events_doc` keeps equal (doc_id, evidence_sentence) entries in rowid order.
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.eventColumns) FROM sentences_fts f CROSS JOIN sentences s CROSS JOIN events e
                WHERE \(clauses.joined(separator: " AND "))
                ORDER BY f.rowid LIMIT ? OFFSET ?
                """, arguments: args)
    }

    /// Events under which a page for common words checks each one against the full-text index
    /// rather than walking the words' matches. A check costs about half a millisecond on a
    /// store of 10 million events (the words' entries are read in every index segment), a step
    /// of the walk a hundredth of that, so checking pays only for a few hundred events.
    static let probedEventLimit = 500

    /// How many events `q`'s filters other than text select, from the rollups; nil when they
    /// include an actor filter, which rollups cannot count.
    func matchesWithoutText(_ q: EventQuery, db: Database) throws -> Int? {
        let rest = EventQuery(
            from: q.from, to: q.to, types: q.types, sourceCountries: q.sourceCountries,
            targetCountries: q.targetCountries, placeCountries: q.placeCountries, actor: q.actor)
        guard rest.isRollupQuery, q.eitherSideCountries.isEmpty else { return nil }
        let (sql, args) = Self.countSQL(rest, by: .type, sets: try Self.countrySets(rest, db: db))
        return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM (\(sql))", arguments: args) ?? 0
    }

    /// A page for common words under narrow filters: the filtered events in id order, each kept
    /// when the index holds the words for its evidence sentence.
    func probedTextPage(_ q: EventQuery, text: String, db: Database) throws -> [Row] {
        var rest = q
        rest.text = nil
        let f = Self.eventFilter(rest)
        var args = f.arguments
        args += [Self.ftsQuery(text), q.limit ?? -1, q.offset]
        let clauses =
            f.clauses + [
                """
                EXISTS (SELECT 1 FROM sentences s JOIN sentences_fts ON sentences_fts.rowid = s.id
                    WHERE s.doc_id = e.doc_id AND s.idx = e.evidence_sentence AND sentences_fts MATCH ?)
                """
            ]
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.eventColumns) FROM events e WHERE \(clauses.joined(separator: " AND "))
                ORDER BY e.id LIMIT ? OFFSET ?
                """, arguments: args)
    }
}
