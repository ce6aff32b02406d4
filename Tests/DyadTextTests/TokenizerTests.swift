import Testing

@testable import DyadText

@Suite("Tokenizer")
struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let a = AnalyzedText(text)
        return a.tokens.map { a.string($0) }
    }

    @Test func hyphenatedNamesStayWhole() {
        #expect(words("OVD-Info reported anti-war rallies") == ["OVD-Info", "reported", "anti-war", "rallies"])
    }

    @Test func possessivesSplitOff() {
        #expect(words("Kazakhstan’s Ministry") == ["Kazakhstan", "’s", "Ministry"])
        #expect(words("Russia's war") == ["Russia", "'s", "war"])
        #expect(words("they don't") == ["they", "do", "n't"])
        #expect(words("it can’t") == ["it", "ca", "n’t"])
    }

    /// A word before a split-off clitic keeps its shape: "Smithson's" is a capitalised word, as
    /// "Smithson’s" is (it once lost its word flag, and "George Smithson's" read as a town).
    @Test func aWordBeforeACliticKeepsItsShape() {
        for text in ["Smithson's death", "Smithson’s death", "NATO's plan"] {
            let a = AnalyzedText(text)
            #expect(a.tokens[0].shape.contains(.word), "\(text)")
            #expect(a.tokens[0].shape.contains(.capitalized), "\(text)")
        }
        #expect(AnalyzedText("NATO's plan").tokens[0].shape.contains(.allCaps))
    }

    @Test func keepsNamesWithApostrophes() {
        #expect(words("O'Brien met Côte d'Ivoire") == ["O'Brien", "met", "Côte", "d'Ivoire"])
    }

    /// An outlet named by its web address is one word; a sentence that ends before "com" is not.
    @Test func webAddressesStayWhole() {
        #expect(words("He told DailyMail.com that") == ["He", "told", "DailyMail.com", "that"])
        #expect(words("via news.com.au.") == ["via", "news.com.au", "."])
        #expect(words("It ended.Comments were") == ["It", "ended", ".", "Comments", "were"])
    }

    @Test func numbersKeepSeparators() {
        #expect(words("about 98,000 Russians and 5.93 mln") == ["about", "98,000", "Russians", "and", "5.93", "mln"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(
            words("U.S. troops met Gen. Smith in St. Petersburg.") == [
                "U.S.", "troops", "met", "Gen.", "Smith", "in", "St.", "Petersburg", ".",
            ])
        #expect(words("George W. Bush") == ["George", "W.", "Bush"])
    }

    @Test func quotesAndDashes() {
        let a = AnalyzedText("“Vesna” said — ‘wanted’ \"yes\"")
        let shapes = a.tokens.map(\.shape)
        #expect(a.tokens.count == 11)
        #expect(shapes[0].contains(.openQuote))
        #expect(shapes[2].contains(.closeQuote))
        #expect(shapes[4].contains(.dash))
        #expect(shapes[5].contains(.openQuote))
        #expect(shapes[7].contains(.closeQuote))
        #expect(shapes[8].contains(.openQuote))
        #expect(shapes[9].contains(.word))
        #expect(shapes[10].contains(.closeQuote))
    }

    @Test func keysIgnoreCaseAndApostropheStyle() {
        let a = AnalyzedText("Prosecutor’s PROSECUTOR'S moscow Moscow")
        #expect(a.tokens[0].key == a.tokens[2].key)
        #expect(a.tokens[1].key == a.tokens[3].key)
        #expect(a.tokens[4].key == a.tokens[5].key)
        #expect(a.tokens[4].key == TokenKey.of("Moscow"))
    }

    @Test func shapes() {
        let a = AnalyzedText("NATO and Moscow and 1,386")
        #expect(a.tokens[0].shape.contains(.allCaps))
        #expect(a.tokens[2].shape.contains(.capitalized))
        #expect(!a.tokens[1].shape.contains(.capitalized))
        #expect(a.tokens[4].shape.contains(.number))
    }

    @Test func seedPrefixIsSkipped() {
        let a = AnalyzedText(" date 2022-09-27 Amid the war")
        #expect(a.string(a.tokens[0]) == "Amid")
        #expect(a.bodyStart == 17)
    }

    @Test func characterOffsetsCountScalars() {
        let a = AnalyzedText("“Vesna” and Moscow")
        let moscow = a.tokens[4]
        #expect(a.string(moscow) == "Moscow")
        #expect(a.characterOffset(ofByte: moscow.start) == 12)
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let a = AnalyzedText(text)
        return a.sentences.map { a.string($0.start..<$0.end) }
    }

    @Test func splitsAtFullStops() {
        #expect(sentences("Police arrested 10 people. The ministry denied it! Why? Nobody knows.").count == 4)
    }

    @Test func noSplitAfterTitles() {
        #expect(
            sentences("Gen. Smith met Mr. Jones in St. Petersburg. They talked.") == [
                "Gen. Smith met Mr. Jones in St. Petersburg.", "They talked.",
            ])
    }

    @Test func quoteStaysWithSpeaker() {
        let s = sentences("\"We came. We saw. We must act,\" he said. Then he left.")
        #expect(s == ["\"We came. We saw. We must act,\" he said.", "Then he left."])
    }

    @Test func splitsAfterInitialismBeforeStarter() {
        #expect(sentences("Sanctions hit the U.S. The ministry said so.").count == 2)
        #expect(sentences("The U.S. Army moved.").count == 1)
    }

    @Test func paragraphBreakEndsSentence() {
        #expect(sentences("Moscow Prosecutor’s Office warns protesters\n\nThe office said").count == 2)
    }

    @Test func hardWrappedLinesDoNotSplit() {
        #expect(sentences("Showers continued throughout the week in\nthe Bahia cocoa zone.").count == 1)
    }

    /// A first line without a final stop, followed by a line that runs on, is a headline.
    @Test func headlineLineIsItsOwnSentence() {
        let body =
            "Germany said on Wednesday it would send 14 Leopard 2 tanks to Ukraine and allow others to re-export theirs."
        #expect(
            sentences("Germany to send Leopard tanks to Ukraine\n" + body) == [
                "Germany to send Leopard tanks to Ukraine", body,
            ])
        // Hard-wrapped text whose second line starts with a capital stays one sentence.
        let wrapped =
            "Standard Oil Co and BP North America\nInc said they plan to form a venture to manage the money\nmarket borrowing."
        #expect(sentences(wrapped).count == 1)
        // Only the first line can be a headline.
        #expect(sentences("Officials met.\nTalks went on in Geneva\n" + body).count == 2)
    }

    /// A short summary after a headline: split when it ends the document, or after a Title Case
    /// headline; a wrapped line that names people in capitals is no headline.
    @Test func shortSummaryAfterHeadline() {
        #expect(
            sentences("Kenya recalls envoy from Ethiopia\nThe foreign ministry gave no reason.") == [
                "Kenya recalls envoy from Ethiopia", "The foreign ministry gave no reason.",
            ])
        #expect(
            sentences("Kenyan Strikes Hit Towns Across Somalia\nOfficials said 12 died. Talks began.").count == 3)
        let names =
            "Treasury Secretary James Baker and\nFederal Reserve Board Chairman Paul Volcker held a meeting\nwith officials on Monday. They met again."
        #expect(sentences(names).count == 2)
        // A headline holding a stop of its own still ends at its line.
        let body = "Dozens of demonstrators regularly gather outside his home in London in protests against the plan."
        #expect(sentences("As Ruto survives an attack… his rival begs police for help\n" + body).last == body)
    }

    /// A line opening a bulleted list ends the headline before it.
    @Test func bulletEndsTheHeadline() {
        #expect(
            sentences("Blasts heard in Nairobi on Monday\n\u{2022} Ruto says the army is on alert") == [
                "Blasts heard in Nairobi on Monday", "\u{2022} Ruto says the army is on alert",
            ])
    }

    @Test func decimalsDoNotSplit() {
        #expect(sentences("Output rose 5.93 pct in March. Prices fell.").count == 2)
    }

    @Test func sentencesCoverAllTokens() {
        let a = AnalyzedText("One. Two \"three. four\" five. Six")
        var covered = 0
        for s in a.sentences {
            #expect(s.tokens.lowerBound == covered)
            covered = s.tokens.upperBound
        }
        #expect(covered == a.tokens.count)
    }
}
