import DyadModel
import DyadText

/// The compiled lexicon: every name, role and unit word of `LexiconData` in one phrase
/// automaton, with the case rules that keep "us" from being the United States.
///
/// Compile once per process (it takes a fraction of a second) and share it: it is immutable
/// and `Sendable`, so documents can be tagged on several threads at once.
public struct Lexicon: Sendable {
    /// What a phrase in the automaton stands for.
    public enum Target: Sendable, Hashable {
        case countryName(Int)
        case countryAdjective(Int)
        case countryPeople(Int)
        case capital(Int)
        case seat(Int)
        case subdivision(Int)
        case city(Int)
        case role(Int)
        case actor(Int)
        case unit(Int)
    }

    /// How the text must be cased for a phrase to count.
    public enum CaseRule: UInt8, Sendable {
        /// Any case: roles and unit words ("president", "President").
        case any
        /// Tokens capitalised in the lexicon must be capitalised in the text (names).
        case proper
        /// Every token upper case: acronyms ("US", "UN", "NATO").
        case upper
    }

    /// One entry of the automaton.
    public struct Payload: Sendable, Hashable {
        public var target: Target
        public var rule: CaseRule
        /// Bit i set: token i of the phrase must be capitalised (for `.proper`).
        public var capitalMask: UInt32
    }

    /// The rows the lexicon was compiled from.
    public let data: LexiconData
    /// The grammar words the event rules read, by class.
    public let grammar: GrammarWords
    /// The coding policy of each event type.
    public let policies: [EventType: TypePolicy]
    /// The same, by `EventType.ordinal` (read once per rule per trigger).
    let policyTable: [TypePolicy?]
    /// The verb patterns by their first word.
    public let verbs: VerbIndex
    /// The automaton over all phrases.
    public let automaton: PhraseAutomaton<Payload>
    /// Keys of common lower-case words (never names on their own).
    public let commonWords: Set<UInt64>
    /// The city row of each country's (largest) capital: country index → city index.
    public let capitalCity: [Int: Int]
    /// Country index by code.
    public let countryIndex: [CountryCode: Int]
    /// Cities of 15,000+ people per country code: how much of the world's news a country's places
    /// make, to choose among same-named regions (Florida, USA over Florida, Uruguay).
    public let cityCount: [CountryCode: Int]
    /// The state each dependency folds into (`countries.tsv` state): PLOVER codes the actors,
    /// recipients and events of the Falkland Islands as the United Kingdom's.
    public let foldedStates: [CountryCode: CountryCode]
    /// Event triggers, matched separately from names so they never compete with them.
    public let eventAutomaton: PhraseAutomaton<EventTrigger>

    /// A 64 Kibit filter of the first keys of event triggers, so most tokens skip the automaton.
    private let eventFilter: [UInt64]

    /// Whether an event trigger may start at a token.
    @inline(__always)
    public func mayStartEvent(_ token: Token) -> Bool {
        let f = Lexicon.lowerFilterIndex(token.key)
        return eventFilter.withUnsafeBufferPointer { $0[f >> 6] & (1 << UInt64(f & 63)) } != 0
    }

    /// An event trigger form: which pattern row, and whether the form can head a passive.
    public struct EventTrigger: Sendable, Hashable {
        public var pattern: Int
        public var participle: Bool
    }

    /// The number of phrases compiled.
    public let phraseCount: Int
    /// A 64 Kibit filter of the first keys of phrases that may start with a lower-case token
    /// (roles, units, "al-Qaeda"); small enough to stay in L1 cache.
    private let lowerFilter: [UInt64]

    @inline(__always)
    static func lowerFilterIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x94D0_49BB_1331_11EB) >> 48)
    }

    /// The country a one-word nationality adjective names ("Afghan" → AFG, "Bosnian" → BIH), or nil.
    public func countryAdjective(_ key: UInt64) -> CountryCode? {
        for p in automaton.single(key) {
            if case .countryAdjective(let c) = p.target { return state(data.countries[c].code) }
        }
        return nil
    }

    /// Whether a phrase may start at a token: lower-case tokens can only start caseless phrases,
    /// so most tokens of running text never touch the large automaton.
    @inline(__always)
    public func mayStartPhrase(_ token: Token) -> Bool {
        if token.shape.contains(.capitalized) || token.shape.contains(.allCaps) { return true }
        let f = Lexicon.lowerFilterIndex(token.key)
        return lowerFilter.withUnsafeBufferPointer { $0[f >> 6] & (1 << UInt64(f & 63)) } != 0
    }

    /// Compiles `data`.
    /// - Parameter tokenizer: the tokenizer the text will be read with; phrases are split by it.
    public init(_ data: LexiconData, tokenizer: Tokenizer = Tokenizer()) {
        self.data = data
        // Event triggers, common words and capitals do not depend on the names: built meanwhile.
        let side = LexiconSideTables.start(data, tokenizer: tokenizer)
        self.grammar = GrammarWords(data.grammar)
        var policies: [EventType: TypePolicy] = [:]
        for p in data.policies { policies[p.type] = p }
        self.policies = policies
        self.policyTable = EventType.allCases.map { policies[$0] }
        // A verb form a curated trigger row also lists is the curated row's.
        var curated = Set<String>()
        for e in data.events { for f in e.forms where !f.utf8.contains(0x20) { curated.insert(f.lowercased()) } }
        self.verbs = VerbIndex(data.verbs, excluding: curated)
        let phrases =
            data.cities.reduce(0) { $0 + 1 + $1.aliases.count } + data.actors.count * 3
            + data.countries.count * 12 + data.subdivisions.count * 2 + data.roles.count + data.units.count

        // Every phrase in compile order; they are tokenized on several threads and reach the
        // automaton in this order.
        var names: [String] = []
        var targets: [Target] = []
        names.reserveCapacity(phrases)
        targets.reserveCapacity(phrases)
        func add(_ phrase: String, _ target: Target) {
            names.append(phrase)
            targets.append(target)
        }
        var countryIndex: [CountryCode: Int] = [:]
        for (i, c) in data.countries.enumerated() {
            countryIndex[c.code] = i
            add(c.name, .countryName(i))
            for n in c.aliases { add(n, .countryName(i)) }
            for n in c.adjectives { add(n, .countryAdjective(i)) }
            for n in c.people { add(n, .countryPeople(i)) }
            for n in c.capitals { add(n, .capital(i)) }
            for n in c.seats { add(n, .seat(i)) }
        }
        for (i, s) in data.subdivisions.enumerated() {
            add(s.name, .subdivision(i))
            for n in s.aliases { add(n, .subdivision(i)) }
        }
        data.cities.withUnsafeBufferPointer { cities in
            for i in cities.indices {
                let name = cities[i].name
                let aliases = cities[i].aliases
                add(name, .city(i))
                for (k, n) in aliases.enumerated() where n != name && !aliases[..<k].contains(n) { add(n, .city(i)) }
            }
        }
        for (i, r) in data.roles.enumerated() { add(r.phrase, .role(i)) }
        data.actors.withUnsafeBufferPointer { actors in
            for i in actors.indices {
                let name = actors[i].name
                let aliases = actors[i].aliases
                add(name, .actor(i))
                for (k, n) in aliases.enumerated() where n != name && !aliases[..<k].contains(n) { add(n, .actor(i)) }
            }
        }
        for (i, u) in data.units.enumerated() { add(u.word, .unit(i)) }

        var auto = PhraseAutomaton<Payload>(expectedTransitions: phrases * 3 / 2)
        var count = 0
        var lowerFilter = [UInt64](repeating: 0, count: 1024)
        TokenizedPhrases.forEach(names, tokenizer: tokenizer) { i, keys, p in
            guard p.count > 0, p.count <= 32 else { return }
            let target = targets[i]
            let rule: CaseRule
            switch target {
            case .role, .unit: rule = .any  // matched in any case
            default: rule = p.upperOnly ? .upper : p.capitalMask == 0 ? .any : .proper
            }
            auto.insert(keys, Payload(target: target, rule: rule, capitalMask: p.capitalMask))
            if rule == .any || p.capitalMask & 1 == 0 && rule != .upper {
                let f = Lexicon.lowerFilterIndex(keys[keys.startIndex])
                lowerFilter[f >> 6] |= 1 << UInt64(f & 63)
            }
            count += 1
        }
        self.automaton = auto
        self.lowerFilter = lowerFilter
        self.countryIndex = countryIndex
        self.phraseCount = count
        let tables = side.wait()
        self.eventAutomaton = tables.eventAutomaton
        self.eventFilter = tables.eventFilter
        self.commonWords = tables.commonWords
        self.capitalCity = tables.capitalCity
        self.cityCount = tables.cityCount
        self.foldedStates = Dictionary(
            data.countries.compactMap { c in c.state.map { (c.code, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The code PLOVER gives a country or territory: a dependency's state ("Jersey" → GBR), else
    /// the code itself.
    @inline(__always)
    public func state(_ code: CountryCode) -> CountryCode { foldedStates[code] ?? code }

    /// Whether the first space-separated word of a lower-cased trigger form (the whole form when
    /// it has none) ends in -ed or -en.
    static func headIsParticiple(_ lower: String) -> Bool {
        let u = Array(lower.utf8)
        var a = 0
        while a < u.count && u[a] == 0x20 { a += 1 }
        var b = a
        while b < u.count && u[b] != 0x20 { b += 1 }
        if a == b { (a, b) = (0, u.count) }
        guard b - a >= 2, u[b - 2] == UInt8(ascii: "e") else { return false }
        return u[b - 1] == UInt8(ascii: "d") || u[b - 1] == UInt8(ascii: "n")
    }

    /// Whether the text tokens `tokens[start..<end]` satisfy a payload's case rule.
    @inline(__always)
    public func accepts(_ p: Payload, _ tokens: UnsafeBufferPointer<Token>, _ start: Int, _ end: Int) -> Bool {
        switch p.rule {
        case .any:
            return true
        case .upper:
            for i in start..<end where tokens[i].shape.contains(.word) && !tokens[i].shape.contains(.allCaps) {
                return false
            }
            return true
        case .proper:
            var m = p.capitalMask
            var i = start
            while m != 0 && i < end {
                if m & 1 == 1 {
                    let s = tokens[i].shape
                    if !s.contains(.capitalized) && !s.contains(.allCaps) { return false }
                }
                m >>= 1
                i += 1
            }
            return true
        }
    }
}
