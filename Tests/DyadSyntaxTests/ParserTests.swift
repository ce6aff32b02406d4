import DyadText
import Foundation
import Testing

@testable import DyadSyntax

/// The shipped model, loaded once for all tests.
let shippedModel: SyntaxModel? = try? SyntaxModel.load()

/// Parsing hand-written sentences with the shipped model: unambiguous structures, extreme lengths,
/// concurrency and determinism.
@Suite("Parser")
struct ParserTests {
    let parser: SyntaxParser

    init() throws {
        parser = SyntaxParser(model: try #require(shippedModel, "the built-in model must load"))
    }

    /// The document index of the first token with this text.
    func index(_ a: AnalyzedText, _ word: String) -> Int {
        a.tokens.firstIndex { a.string($0) == word }!
    }

    @Test func simpleEventSentence() throws {
        let a = AnalyzedText("Police arrested 12 protesters in Moscow on Tuesday.")
        let t = parser.parse(a, sentence: a.sentences[0])
        let arrested = index(a, "arrested")
        let police = index(a, "Police")
        let protesters = index(a, "protesters")
        #expect(t.roots == [arrested])
        #expect(t.head(police) == arrested && t.label(police) == .nsubj)
        #expect(t.head(protesters) == arrested && t.label(protesters) == .dobj)
        let inn = index(a, "in")
        #expect(t.label(inn) == .prep && [arrested, protesters].contains(t.head(inn)))
        #expect(t.head(index(a, "Moscow")) == inn && t.label(index(a, "Moscow")) == .pobj)
        #expect(t.tag(police) == .NNS || t.tag(police) == .NNP)
        #expect(t.tag(arrested) == .VBD)
        #expect(t.subtree(arrested) == a.sentences[0].tokens)
        #expect(Array(t.children(arrested, .nsubj)) == [police])
        #expect(t.isAncestor(arrested, of: index(a, "Moscow")))
        #expect(
            Array(t.ancestors(index(a, "Moscow"))) == [inn, t.head(inn)] + (t.head(inn) == arrested ? [] : [arrested]))
    }

    @Test func passiveAndCopula() throws {
        let a = AnalyzedText("The minister was killed by rebels. The mayor is angry.")
        let t0 = parser.parse(a, sentence: a.sentences[0])
        let killed = index(a, "killed")
        #expect(t0.roots == [killed])
        #expect(t0.label(index(a, "minister")) == .nsubjpass)
        #expect(t0.label(index(a, "was")) == .auxpass)
        #expect(t0.label(index(a, "by")) == .agent)
        let t1 = parser.parse(a, sentence: a.sentences[1])
        #expect(t1.label(index(a, "mayor")) == .nsubj)
    }

    /// Indices are document indices: a second sentence's tree points into the document.
    /// A Title Case headline with its common words folded reads like running text: "Withdraws" is
    /// the verb with "Russia" its subject. The fold changes only how tokens are read, not the text.
    @Test func loweredTokensReadAsLowerCase() throws {
        let a = AnalyzedText("Russia Withdraws From Grain Deal After Drone Attack")
        let s = a.sentences[0]
        let fold = Set(s.tokens.filter { a.string(a.tokens[$0]) != "Russia" })
        let t = parser.parse(a, sentence: s, lowered: fold)
        let verb = index(a, "Withdraws")
        #expect(t.tag(verb) == .VBZ)
        #expect(t.head(index(a, "Russia")) == verb && t.label(index(a, "Russia")) == .nsubj)
        #expect(parser.tags(a, sentence: s, lowered: fold)[verb - s.tokens.lowerBound] == .VBZ)
        // Folding nothing is the plain parse.
        #expect(parser.parse(a, sentence: s, lowered: []) == parser.parse(a, sentence: s))
    }

    @Test func treesUseDocumentIndices() {
        let a = AnalyzedText("Rebels attacked. Troops fired back at the rebels.")
        let t = parser.parse(a, sentence: a.sentences[1])
        #expect(t.tokens == a.sentences[1].tokens)
        for i in t.tokens {
            #expect(t.tokens.contains(t.head(i)))
            for c in t.children(i) { #expect(t.head(c) == i) }
            #expect(t.subtree(i).contains(i))
        }
        #expect(parser.tags(a, sentence: a.sentences[1]).count == a.sentences[1].tokens.count)
    }

    @Test func oneTokenSentence() {
        let a = AnalyzedText("Reuters")
        let t = parser.parse(a, sentence: a.sentences[0])
        #expect(t.roots == [0])
        #expect(t.head(0) == 0 && t.label(0) == .ROOT)
        #expect(t.subtree(0) == 0..<1)
        #expect(Array(t.children(0)).isEmpty)
    }

    @Test func emptySentence() {
        let a = AnalyzedText("Reuters")
        let t = parser.parse(a, sentence: Sentence(index: 0, tokens: 0..<0, start: 0, end: 0))
        #expect(t.tokens.isEmpty && t.roots.isEmpty)
    }

    /// 300+ tokens in one sentence (a splitter gone wrong): a well-formed tree, every token attached.
    @Test func veryLongSentence() {
        let clause = "the protesters marched to the square , and police in riot gear watched them"
        let text = Array(repeating: clause, count: 23).joined(separator: " , ") + " ."
        let a = AnalyzedText(text)
        let s = Sentence(index: 0, tokens: 0..<a.tokens.count, start: 0, end: a.bytes.count)
        #expect(a.tokens.count > 300)
        let t = parser.parse(a, sentence: s)
        #expect(!t.roots.isEmpty)
        var reached = 0
        for i in s.tokens {
            let chain = Array(t.ancestors(i))
            #expect(chain.count < s.tokens.count)
            if let top = chain.last ?? (t.isRoot(i) ? i : nil), t.isRoot(top) { reached += 1 }
        }
        #expect(reached == s.tokens.count)
        // Projective: each subtree span holds exactly the subtree's tokens.
        for i in s.tokens {
            let span = t.subtree(i)
            for j in span where j != i { #expect(t.isAncestor(i, of: j)) }
        }
    }

    /// Many threads parsing the same text at once get the same trees as one thread.
    @Test func concurrentParsesAgree() async {
        let a = AnalyzedText(
            "Police arrested 12 protesters in Moscow on Tuesday. The ministry said the talks would resume. "
                + "Rebels shelled the city, killing three civilians, officials said.")
        let p = parser
        let expected = a.sentences.map { p.parse(a, sentence: $0) }
        let results = await withTaskGroup(of: [SentenceTree].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var last: [SentenceTree] = []
                    for _ in 0..<20 { last = a.sentences.map { p.parse(a, sentence: $0) } }
                    return last
                }
            }
            var all: [[SentenceTree]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        for r in results { #expect(r == expected) }
    }
}
