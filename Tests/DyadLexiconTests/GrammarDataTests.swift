import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// `grammar.tsv`, `types.tsv` and `verbs.tsv`: what the rules read, and the errors a user lexicon
/// with a bad row gets.
@Suite("Lexicon: grammar words, type policies, verb patterns")
struct GrammarDataTests {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("\(error)") }
    }()

    @Test func grammarClassesAreLoaded() {
        let g = Self.lexicon.grammar
        #expect(g.contains(.reporting, TokenKey.of("said")))
        #expect(g.contains(.future, TokenKey.of("will")))
        #expect(g.contains(.locative, TokenKey.of("in")))
        #expect(!g.contains(.locative, TokenKey.of("with")))
        #expect(g.contains(.objectControl, TokenKey.of("urged")))
        // Every class has words.
        for c in GrammarWords.WordClass.allCases { #expect(!g[c].isEmpty, "\(c.name)") }
    }

    @Test func everyTypeHasAPolicy() {
        for t in EventType.allCases { #expect(Self.lexicon.policies[t] != nil, "\(t)") }
        #expect(Self.lexicon.policy(.aid).intendedType == .agree)
        #expect(Self.lexicon.policy(.assault).intendedType == .threaten)
        #expect(Self.lexicon.policy(.coerce).impliedSector(mode: "arrest") == .police)
        #expect(Self.lexicon.policy(.mobilize).objectIsRecipient == false)
        #expect(Self.lexicon.policy(.protest).impliedRecipient == .ownState(.government))
        #expect(Self.lexicon.policy(.reject).impliedRecipient == .counterpart)
        // PLOVER's verbal types need a side placed in a country; its material acts do not.
        #expect(!Self.lexicon.policy(.accuse).keepsUnplaced && !Self.lexicon.policy(.agree).keepsUnplaced)
        #expect(Self.lexicon.policy(.protest).keepsUnplaced && Self.lexicon.policy(.assault).keepsUnplaced)
        #expect(Self.lexicon.policy(.mobilize).impliedRecipient == .other)
        #expect(Self.lexicon.policy(.migrate).impliedRecipient == nil)
        #expect(
            Self.lexicon.recipientPrepositions(
                for: EventPattern(
                    forms: ["talks"], type: .consult, mode: nil, kind: .noun, hasTarget: true, context: nil, unit: nil)
            )
            .contains(TokenKey.of("with")))
    }

    /// A bad row in a user's folder is an error naming the file and the line.
    @Test(arguments: [
        ("grammar.tsv", "class\twords\nreportingg\tsaid\n", "unknown word class"),
        (
            "types.tsv",
            "type\trecipient\tintent\tagentless\tplace\tobject\timplied\nAGREE\twith\tHOPE\tdrop\tno\trecipient\t\n",
            "intent"
        ),
        (
            "types.tsv",
            "type\trecipient\tintent\tagentless\tplace\tobject\timplied\nAGREE\twith\t-\tmaybe\tno\trecipient\t\n",
            "agentless"
        ),
        (
            "types.tsv",
            "type\trecipient\tintent\tagentless\tplace\tobject\timplied\nCOERCE\t\t-\tkeep\tyes\trecipient\tarrest=XYZ\n",
            "implied"
        ),
        (
            "types.tsv",
            "type\trecipient\tintent\tagentless\tplace\tobject\timplied\trecipient-implied\nREJECT\t\t-\tdrop\tno\trecipient\t\tneighbour\n",
            "counterpart"
        ),
        (
            "types.tsv",
            "type\trecipient\tintent\tagentless\tplace\tobject\timplied\tunplaced\nACCUSE\t\t-\tdrop\tno\trecipient\t\tmaybe\n",
            "unplaced"
        ),
        (
            "verbs.tsv",
            "verb\tforms\tsubject\tobject\tpreposition\tsource\ttarget\ttype\tmode\tcontext\tcameo\tprovenance\tnote\nkill\tkill\t\t\t\tsubject\tsideways\tASSAULT\t\t\t190\tcameo:190\t\n",
            "target"
        ),
        (
            "verbs.tsv",
            "verb\tforms\tsubject\tobject\tpreposition\tsource\ttarget\ttype\tmode\tcontext\tcameo\tprovenance\tnote\ncall\tcalled\t\t@persn\t\tsubject\t\tCONSULT\tphone\t\t\tcurated\t\n",
            "actor kind"
        ),
    ])
    func badRowsNameFileAndLine(_ c: (String, String, String)) throws {
        try expectBadRow(c.0, c.1, mentioning: c.2)
    }

    /// The imported CAMEO verb patterns load from their opt-in folder and index by verb form, most
    /// specific first.
    @Test func importedVerbPatternsLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("lexicon-imported").path
        let lex = try Lexicon.load(userDirectories: [folder])
        #expect(lex.data.verbs.count > 3000)
        let list = lex.verbs.patterns(TokenKey.of("abandoned"))
        #expect(!list.isEmpty)
        let specificity = list.map { lex.data.verbs[Int($0)].specificity }
        #expect(specificity == specificity.sorted(by: >))
        // The default lexicon does not load them: it holds only the curated patterns (no CAMEO code).
        #expect(!Self.lexicon.data.verbs.isEmpty)
        #expect(Self.lexicon.data.verbs.allSatisfy { $0.event.cameo == nil })
        #expect(lex.data.verbs.contains { $0.event.cameo != nil })
    }

    /// The curated patterns (`verbs.tsv`) load with their constraints: "sent … doctors" needs its
    /// object, "extradited … to" its preposition and names the preposition's object as recipient.
    @Test func curatedVerbPatternsLoad() {
        let verbs = Self.lexicon.data.verbs
        // Each "send" row that codes aid names what is sent, or the aid the sum is sent "in".
        let send = verbs.filter { $0.verb == "send" && $0.event.type == .aid }
        #expect(!send.isEmpty && send.allSatisfy { !$0.object.isEmpty || $0.preposition?.key == TokenKey.of("in") })
        let extradite = verbs.first { $0.verb == "extradite" }
        #expect(extradite?.preposition?.key == TokenKey.of("to"))
        if case .preposition(_, let p)? = extradite?.target {
            #expect(p == "to")
        } else {
            Issue.record("no target role")
        }
        // Every curated row constrains the verb (an object, a preposition, a particle: "forced X *out*",
        // its subject: "*protesters* disrupted", or the kind of actor its object is: "called *Lula*").
        #expect(
            verbs.allSatisfy {
                $0.object.isEmpty == false || $0.preposition != nil || !$0.particles.isEmpty || !$0.subject.isEmpty
                    || $0.objectKind != nil
            })
        let call = verbs.first { $0.verb == "call" && $0.event.type == .consult }
        #expect(call?.objectKind == .person && call?.object.isEmpty == true)
    }
}
