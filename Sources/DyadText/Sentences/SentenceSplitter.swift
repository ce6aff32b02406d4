/// Groups tokens into sentences.
///
/// The rules are the ones news needs: a sentence ends at `.`, `!` or `?` (and the closing quotes
/// or brackets right after it) when the next token can start a sentence; never after a title
/// abbreviation ("St", "Gen.", "Mr."), never inside quotation marks — a quote and its "he said"
/// stay together so the speaker can be attributed — and always at a paragraph break.
public struct SentenceSplitter: Sendable {
    /// Longest run of tokens that a still-open quotation may hold before the splitter gives up on
    /// finding its end (a missing closing quote must not swallow the rest of the document).
    public var maximumQuoteTokens: Int = 300

    /// Sentence starters that show a sentence ends after an initialism like "U.S.".
    private static let starterKeys: Set<UInt64> = Set(
        [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "but", "and",
            "in", "on", "at", "however", "meanwhile", "his", "her", "their", "its", "there", "officials", "police",
        ].map { TokenKey.of($0) })

    /// Marks that open the items of a bulleted list.
    private static let bulletKeys: Set<UInt64> = Set(
        ["\u{2022}", "\u{25AA}", "\u{25BA}", "\u{25CF}"].map { TokenKey.of($0) })

    /// Longest first line read as a headline (in tokens); longer ones are wrapped text.
    static let headlineTokens = 40

    /// Whether the line break before token `i` ends a headline: the line before has no final
    /// mark and does not end inside a phrase (a comma, a hyphen), and the next line starts with a
    /// capital, a digit or a quotation mark and runs longer than a wrapped line, or ends with a final
    /// mark and is the document's last line or follows a Title Case line.
    private func isHeadlineEnd(_ tokens: [Token], _ i: Int) -> Bool {
        let prev = tokens[i - 1].shape
        guard !prev.contains(.terminal), !prev.contains(.punctuation) || prev.contains(.closeQuote) else {
            return false
        }
        // "Explosions heard in Kyiv⏎• Putin is using food as a weapon": a line opening a bulleted
        // list ends the headline.
        if Self.bulletKeys.contains(tokens[i].key) { return true }
        let next = tokens[i].shape
        guard
            next.contains(.capitalized) || next.contains(.allCaps) || next.contains(.number)
                || next.contains(.openQuote)
        else { return false }
        // Hard-wrapped text ("Standard Oil Co and BP North America⏎Inc said …") breaks every line
        // near 70 characters; the line after a headline runs on.
        var j = i + 1
        while j < tokens.count, !tokens[j].shape.contains(.lineStart), !tokens[j].shape.contains(.paragraphStart) {
            j += 1
        }
        let lineEnd = j < tokens.count ? tokens[j].start : tokens[tokens.count - 1].end
        if lineEnd - tokens[i].start > Self.wrappedLineLength { return true }
        // A short summary that ends the document with a final mark ("Russian Strikes Hit Cities
        // Across Ukraine⏎Ukraine's military scrambled fighter jets."), or a first line in Title Case.
        // A short line after it that ends a sentence: the last line of the document ("Russian Strikes
        // Hit Cities Across Ukraine⏎Ukraine's military scrambled fighter jets."), or any line after
        // a first line in Title Case. (A wrapped line rarely ends where a sentence does.)
        var last = j - 1
        while last > i, tokens[last].shape.contains(.closeQuote) || isClosingBracket(tokens[last]) { last -= 1 }
        guard tokens[last].shape.contains(.terminal) else { return false }
        return j == tokens.count || isTitleCaseLine(tokens, 0..<i)
    }

    /// Whether a line capitalises its longer words (Title Case): at least three words of four
    /// letters or more after the first, at most one in five of them lower-case.
    private func isTitleCaseLine(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        var capitalised = 0
        var lower = 0
        for k in r.dropFirst() where tokens[k].shape.contains(.word) && tokens[k].end - tokens[k].start >= 4 {
            if tokens[k].shape.contains(.allCaps) || tokens[k].shape.contains(.number) { continue }
            if tokens[k].shape.contains(.capitalized) { capitalised += 1 } else { lower += 1 }
        }
        return capitalised >= 3 && lower * 5 <= capitalised
    }

    /// Lines of hard-wrapped text are at most this long (bytes); a longer line after a first line is
    /// a body after its headline.
    static let wrappedLineLength = 90

    /// Title keys whose period never ends a sentence.
    private let titles: Set<UInt64>

    /// The default splitter, built once.
    public static let standard = SentenceSplitter()

    /// Creates a splitter that shares the tokenizer's idea of which abbreviations are titles.
    public init(tokenizer: Tokenizer = .standard) {
        titles = tokenizer.titleAbbreviations
    }

    /// Splits `tokens` into sentences.
    /// - Parameter tokens: the tokens of one document, in order.
    /// - Returns: sentences that together cover every token exactly once.
    public func split(_ tokens: [Token]) -> [Sentence] {
        var out: [Sentence] = []
        guard !tokens.isEmpty else { return out }
        var first = 0
        var quoteDepth = 0
        var quoteStart = 0

        func close(_ last: Int) {
            guard last >= first else { return }
            out.append(
                Sentence(
                    index: out.count, tokens: first..<(last + 1), start: tokens[first].start, end: tokens[last].end))
            first = last + 1
        }

        var i = 0
        let n = tokens.count
        // Only the first line can be a headline (it may itself hold a stop: "… survives an attack… Jemima begs").
        var firstLine = true
        while i < n {
            let t = tokens[i]
            if i > first && t.shape.contains(.paragraphStart) {
                close(i - 1)
                quoteDepth = 0
            } else if firstLine, i > first, i <= Self.headlineTokens, t.shape.contains(.lineStart),
                isHeadlineEnd(tokens, i)
            {
                // "Germany to send tanks to Ukraine⏎Germany said on Wednesday …": a first line
                // without a final stop, followed by a capitalised line, is a headline.
                close(i - 1)
                quoteDepth = 0
            }
            if i > 0, !t.shape.isDisjoint(with: [.lineStart, .paragraphStart]) { firstLine = false }
            if t.shape.contains(.openQuote) {
                if quoteDepth == 0 { quoteStart = i }
                quoteDepth += 1
            } else if t.shape.contains(.closeQuote) {
                quoteDepth = max(0, quoteDepth - 1)
            }
            if quoteDepth > 0 && i - quoteStart > maximumQuoteTokens { quoteDepth = 0 }

            var boundary = false
            var last = i
            if t.shape.contains(.terminal) {
                // Take closing quotes and brackets that follow the mark.
                var j = i + 1
                while j < n, tokens[j].shape.contains(.closeQuote) || isClosingBracket(tokens[j]) {
                    if tokens[j].shape.contains(.closeQuote) { quoteDepth = max(0, quoteDepth - 1) }
                    j += 1
                }
                last = j - 1
                if quoteDepth == 0 && canStartSentence(tokens, j) { boundary = true }
                if quoteDepth == 0 && j < n && tokens[j].shape.contains(.paragraphStart) { boundary = true }
                i = j - 1
            } else if t.shape.contains(.abbreviation) && quoteDepth == 0 && i + 1 < n {
                // "... against the U.S. The ministry said": an initialism may end a sentence.
                if !titles.contains(t.key) && Self.starterKeys.contains(tokens[i + 1].key)
                    && tokens[i + 1].shape.contains(.capitalized)
                {
                    boundary = true
                }
            }
            if boundary { close(last) }
            i += 1
        }
        close(n - 1)
        return out
    }

    private func canStartSentence(_ tokens: [Token], _ j: Int) -> Bool {
        guard j < tokens.count else { return true }
        let s = tokens[j].shape
        if s.contains(.capitalized) || s.contains(.number) || s.contains(.openQuote) { return true }
        if s.contains(.nonASCII) && s.contains(.word) { return true }
        if s.contains(.dash) { return true }
        return false
    }

    private func isClosingBracket(_ t: Token) -> Bool {
        t.key == SentenceSplitter.rparen || t.key == SentenceSplitter.rbracket
    }

    private static let rparen = TokenKey.of(")")
    private static let rbracket = TokenKey.of("]")
}
