import DyadText
import Testing

@testable import DyadSyntax

/// Projection of the teacher's tokens and tree onto Dyad's tokens.
@Suite("Token alignment")
struct AlignmentTests {
    /// A silver sentence over `text`: forms are found left to right; `analysis` gives tag, head (0-based,
    /// -1 = root) and label per spaCy token.
    static func silver(_ text: String, _ analysis: [(String, String, Int, String)]) -> SilverSentence {
        var s = SilverSentence(document: "d", forms: [], starts: [], ends: [], tags: [], heads: [], labels: [])
        let scalars = Array(text.unicodeScalars)
        var at = 0
        for (form, tag, head, label) in analysis {
            let f = Array(form.unicodeScalars)
            while !scalars[at..<min(at + f.count, scalars.count)].elementsEqual(f) { at += 1 }
            s.forms.append(form)
            s.starts.append(at)
            s.ends.append(at + f.count)
            s.tags.append(PartOfSpeech(tag)!.rawValue)
            s.heads.append(head)
            s.labels.append(DependencyLabel(label)!.rawValue)
            at += f.count
        }
        return s
    }

    static func project(_ text: String, _ s: SilverSentence) -> (TreebankSentence?, TokenAlignment.Stats) {
        var stats = TokenAlignment.Stats()
        let a = AnalyzedText(text)
        let t = TokenAlignment.project(s, text: a, characterToByte: TokenAlignment.characterToByte(text), stats: &stats)
        return (t, stats)
    }

    static func forms(_ t: TreebankSentence) -> [String] {
        t.tokens.map { String(decoding: t.bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    /// "anti-war" is one Dyad token for three spaCy tokens: it takes the tag, label and head of "war" (the
    /// one whose head lies outside); "'s" and "U.S." align one to one.
    @Test func hyphenGroupPossessiveAndInitialism() throws {
        let text = "The anti-war group's head left the U.S. on Monday."
        let s = Self.silver(
            text,
            [
                ("The", "DT", 4, "det"), ("anti", "JJ", 3, "amod"), ("-", "HYPH", 3, "punct"),
                ("war", "NN", 4, "compound"), ("group", "NN", 6, "poss"), ("'s", "POS", 4, "case"),
                ("head", "NN", 7, "nsubj"), ("left", "VBD", -1, "ROOT"), ("the", "DT", 9, "det"),
                ("U.S.", "NNP", 7, "dobj"), ("on", "IN", 7, "prep"), ("Monday", "NNP", 10, "pobj"),
                (".", ".", 7, "punct"),
            ])
        let (t0, stats) = Self.project(text, s)
        let t = try #require(t0)
        #expect(
            Self.forms(t) == ["The", "anti-war", "group", "'s", "head", "left", "the", "U.S.", "on", "Monday", "."])
        #expect(t.tags[1] == PartOfSpeech.NN.rawValue)
        #expect(t.labels[1] == DependencyLabel.compound.rawValue)
        #expect(t.heads == [2, 2, 4, 2, 5, 5, 7, 5, 5, 8, 5])
        #expect(t.labels[5] == DependencyLabel.ROOT.rawValue)
        #expect(t.labels[3] == DependencyLabel.case.rawValue)
        #expect(stats.mergedGroups == 1 && stats.mergedSpacyTokens == 3)
        #expect(stats.oneToOne == 10)
        #expect(stats.lostOutsideArcs == 0)
    }

    /// A spaCy token split into several Dyad tokens: the first piece carries the structure, punctuation
    /// pieces attach to it as `punct`, word pieces as `dep`.
    @Test func splitToken() throws {
        let text = "He paid 7/8 dollars."
        let s = Self.silver(
            text,
            [
                ("He", "PRP", 1, "nsubj"), ("paid", "VBD", -1, "ROOT"), ("7/8", "CD", 3, "nummod"),
                ("dollars", "NNS", 1, "dobj"), (".", ".", 1, "punct"),
            ])
        let (t0, stats) = Self.project(text, s)
        let t = try #require(t0)
        #expect(Self.forms(t) == ["He", "paid", "7", "/", "8", "dollars", "."])
        #expect(t.heads == [1, 1, 5, 2, 2, 1, 1])
        #expect(t.labels[2] == DependencyLabel.nummod.rawValue)
        #expect(t.labels[3] == DependencyLabel.punct.rawValue)
        #expect(t.labels[4] == DependencyLabel.dep.rawValue)
        #expect(t.tags[4] == PartOfSpeech.CD.rawValue)
        #expect(stats.splitGroups == 1 && stats.splitPieces == 3)
    }

    /// Character offsets count Unicode scalars, as Python does; bytes differ after non-ASCII text.
    @Test func characterOffsetsBecomeByteOffsets() throws {
        let text = "Café owners in Zürich protested."
        let s = Self.silver(
            text,
            [
                ("Café", "NN", 1, "compound"), ("owners", "NNS", 4, "nsubj"), ("in", "IN", 1, "prep"),
                ("Zürich", "NNP", 2, "pobj"), ("protested", "VBD", -1, "ROOT"), (".", ".", 4, "punct"),
            ])
        let (t0, _) = Self.project(text, s)
        let t = try #require(t0)
        #expect(Self.forms(t) == ["Café", "owners", "in", "Zürich", "protested", "."])
        #expect(t.heads == [1, 4, 1, 2, 4, 4])
    }

    /// A form that does not match the document text drops the sentence (and says so).
    @Test func mismatchedTextIsDropped() {
        var s = Self.silver(
            "Police came.", [("Police", "NNS", 1, "nsubj"), ("came", "VBD", -1, "ROOT"), (".", ".", 1, "punct")])
        s.forms[1] = "went"
        let (t, stats) = Self.project("Police came.", s)
        #expect(t == nil)
        #expect(stats.droppedTextMismatch == 1)
    }
}
