import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// The fast loader (byte-level rows, rows read on several threads, names tokenized on several
/// threads) must load and compile exactly what the plain string-splitting loader did: the same
/// rows in the same order, the same automaton payloads in the same order, the same capitals.
@Suite("Lexicon loading: same content as the plain reader")
struct LexiconLoadEquivalenceTests {
    static let directory = try! LexiconLocator.locate()

    @Test func rowsAreThoseOfThePlainReader() throws {
        let data = try LexiconData(directory: Self.directory)
        let ref = ReferenceLexiconReader(directory: Self.directory)
        #expect(data.countries == (try ref.countries()))
        #expect(data.subdivisions == (try ref.subdivisions()))
        #expect(data.roles == (try ref.roles()))
        #expect(data.units == (try ref.units()))
        #expect(data.events == (try ref.events()))
        #expect(data.commonWords == (try ref.commonWords()))
        let cities = try ref.cities()
        #expect(data.cities.count == cities.count)
        #expect(data.cities == cities)
        let actors = try ref.actors("actors.tsv") + ref.actors("actors_imported.tsv") + ref.actors("actors_mined.tsv")
        #expect(data.actors.count == actors.count)
        #expect(data.actors == actors)
        // The built-in files exercise what the fast paths handle: dated codes, sources, aliases.
        #expect(data.actors.filter { !$0.spells.isEmpty }.count > 10_000)
        #expect(data.cities.filter { !$0.aliases.isEmpty }.count > 1_000)
    }

    @Test func compiledLexiconIsThatOfThePlainCompile() throws {
        let data = try LexiconData(directory: Self.directory)
        let lexicon = Lexicon(data)
        let ref = ReferenceCompile(data)
        #expect(lexicon.phraseCount == ref.count)
        #expect(lexicon.capitalCity == ref.capitalCity)
        #expect(lexicon.automaton.nodeCount == ref.nodeCount)
        #expect(ref.payloads.count > 50_000)
        var mismatches = 0
        for (keys, payloads) in ref.payloads {
            if Self.payloads(lexicon.automaton, keys) != payloads { mismatches += 1 }
            let first = Token(start: 0, end: 1, key: keys[0], shape: [])
            if lexicon.mayStartPhrase(first) != ref.mayStartLower(keys[0]) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        for (keys, triggers) in ref.triggers {
            #expect(Self.payloads(lexicon.eventAutomaton, keys) == triggers)
        }
    }

    @Test func compileIsTheSameOnOneThreadAndOnMany() throws {
        let data = try LexiconData(directory: Self.directory)
        let names = data.actors.prefix(20_000).map(\.name)
        func flat(_ threads: Int) -> [[UInt64]] {
            var out: [[UInt64]] = []
            TokenizedPhrases.forEach(names, tokenizer: Tokenizer(), threads: threads) { i, keys, _ in
                #expect(i == out.count)
                out.append(Array(keys))
            }
            return out
        }
        let one = flat(1)
        #expect(one.count == names.count)
        for threads in [2, 3, 8] { #expect(flat(threads) == one) }
    }

    /// The payloads stored for exactly this key sequence.
    static func payloads<P>(_ automaton: PhraseAutomaton<P>, _ keys: [UInt64]) -> [P] {
        let tokens = keys.enumerated().map { Token(start: $0.offset, end: $0.offset + 1, key: $0.element, shape: []) }
        var found: [P] = []
        tokens.withUnsafeBufferPointer { t in
            automaton.matches(t, from: 0, limit: t.count) { end, p in if end == t.count { found = p } }
        }
        return found
    }
}

/// The compile as `Lexicon.init` did it before names were tokenized in batches: one phrase at a
/// time, capitals found through lower-cased "CODE\tname" keys.
private struct ReferenceCompile {
    var payloads: [[UInt64]: [Lexicon.Payload]] = [:]
    var triggers: [[UInt64]: [Lexicon.EventTrigger]] = [:]
    var count = 0
    var nodeCount = 0
    var capitalCity: [Int: Int] = [:]
    /// Filter slots of the first keys of phrases that may start lower-case.
    var lowerSlots = Set<Int>()

    /// The filter hashes first keys: a key in the same slot gets the same answer.
    func mayStartLower(_ key: UInt64) -> Bool { lowerSlots.contains(Lexicon.lowerFilterIndex(key)) }

    init(_ data: LexiconData) {
        let tokenizer = Tokenizer()
        var auto = PhraseAutomaton<Lexicon.Payload>()
        func add(_ phrase: String, _ target: Lexicon.Target, caseless: Bool = false) {
            let toks = tokenizer.tokenize(Array(phrase.utf8))
            guard !toks.isEmpty, toks.count <= 32 else { return }
            var mask: UInt32 = 0
            var letters = 0
            var upperOnly = true
            for (i, t) in toks.enumerated() {
                if t.shape.contains(.capitalized) { mask |= 1 << UInt32(i) }
                if t.shape.contains(.word) {
                    letters += 1
                    if !t.shape.contains(.allCaps) { upperOnly = false }
                }
            }
            let rule: Lexicon.CaseRule =
                caseless ? .any : upperOnly && letters > 0 ? .upper : mask == 0 ? .any : .proper
            let keys = toks.map(\.key)
            let payload = Lexicon.Payload(target: target, rule: rule, capitalMask: mask)
            auto.insert(keys, payload)
            payloads[keys, default: []].append(payload)
            if rule == .any || mask & 1 == 0 && rule != .upper { lowerSlots.insert(Lexicon.lowerFilterIndex(keys[0])) }
            count += 1
        }
        for (i, c) in data.countries.enumerated() {
            for n in [c.name] + c.aliases { add(n, .countryName(i)) }
            for n in c.adjectives { add(n, .countryAdjective(i)) }
            for n in c.people { add(n, .countryPeople(i)) }
            for n in c.capitals { add(n, .capital(i)) }
            for n in c.seats { add(n, .seat(i)) }
        }
        for (i, s) in data.subdivisions.enumerated() {
            for n in [s.name] + s.aliases { add(n, .subdivision(i)) }
        }
        var capitalNames: [String: Int] = [:]
        for (i, c) in data.countries.enumerated() {
            for n in c.capitals { capitalNames["\(c.code)\t\(n.lowercased())"] = i }
        }
        for (i, c) in data.cities.enumerated() {
            for (k, n) in ([c.name] + c.aliases).enumerated()
            where k == 0 || n != c.name && !c.aliases[..<(k - 1)].contains(n) {
                add(n, .city(i))
                if let ci = capitalNames["\(c.country)\t\(n.lowercased())"],
                    capitalCity[ci].map({ data.cities[$0].population < c.population }) ?? true
                {
                    capitalCity[ci] = i
                }
            }
        }
        for (i, r) in data.roles.enumerated() { add(r.phrase, .role(i), caseless: true) }
        for (i, a) in data.actors.enumerated() {
            for (k, n) in ([a.name] + a.aliases).enumerated()
            where k == 0 || n != a.name && !a.aliases[..<(k - 1)].contains(n) {
                add(n, .actor(i))
            }
        }
        for (i, u) in data.units.enumerated() { add(u.word, .unit(i), caseless: true) }
        nodeCount = auto.nodeCount
        for (i, e) in data.events.enumerated() {
            for form in e.forms {
                let toks = tokenizer.tokenize(Array(form.utf8))
                guard !toks.isEmpty else { continue }
                let lower = form.lowercased()
                let head = lower.split(separator: " ").first.map(String.init) ?? lower
                let participle = head.hasSuffix("ed") || head.hasSuffix("en")
                triggers[toks.map(\.key), default: []].append(Lexicon.EventTrigger(pattern: i, participle: participle))
            }
        }
    }
}
