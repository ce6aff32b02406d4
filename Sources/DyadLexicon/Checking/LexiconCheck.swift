import DyadModel
import Foundation

/// What `dyad lexicon check DIR` finds in a user lexicon folder before it is used with `--lexicon`:
/// rows that do not load (with file and line), files the loader would ignore, and every row that
/// replaces or competes with a built-in one, so that a user sees what a folder changes before coding
/// a corpus with it.
///
/// ```swift
/// let check = LexiconCheck(directory: "my-lexicon", base: try LexiconData(directory: builtIn))
/// for f in check.findings { print(f) }          // "actors.tsv: \"Vladimir Putin\" replaces …"
/// if check.hasErrors { exit(1) }
/// ```
public struct LexiconCheck: Sendable {
    /// One thing the check found.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable, Comparable {
            /// The folder cannot be used: a row or file does not load.
            case error
            /// Probably a mistake: an ignored file, a repeated row, a name that competes with another.
            case warning
            /// A row that replaces a built-in row with the same key (what a user folder is for).
            case replaces

            public static func < (a: Kind, b: Kind) -> Bool { a.order < b.order }
            private var order: Int {
                switch self {
                case .error: 0
                case .warning: 1
                case .replaces: 2
                }
            }
        }

        public var kind: Kind
        /// The file the finding is about ("actors.tsv"), or "" for the folder.
        public var file: String
        public var message: String

        public var description: String { "\(kind.rawValue): \(file.isEmpty ? "" : file + ": ")\(message)" }
    }

    /// The folder checked.
    public let directory: String
    /// Rows per lexicon file found in the folder, by file name.
    public let rowCounts: [String: Int]
    /// Everything found, errors first.
    public let findings: [Finding]

    /// Whether the folder would fail to load.
    public var hasErrors: Bool { findings.contains { $0.kind == .error } }

    /// Checks `directory` against the built-in rows `base`.
    public init(directory: String, base: LexiconData) {
        self.directory = directory
        var out: [Finding] = []
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            self.rowCounts = [:]
            self.findings = [Finding(kind: .error, file: "", message: "\(directory) is not a folder")]
            return
        }
        // Files the loader reads, and files it would silently ignore.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for n in names.sorted() where (n.hasSuffix(".tsv") || n.hasSuffix(".txt")) && !LexiconData.fileNames.contains(n)
        {
            let near = LexiconData.fileNames.min { Self.distance($0, n) < Self.distance($1, n) } ?? ""
            let hint = Self.distance(near, n) <= 3 ? " (did you mean \(near)?)" : ""
            out.append(Finding(kind: .warning, file: n, message: "not a lexicon file name; it is not read\(hint)"))
        }
        if !names.contains(where: { LexiconData.fileNames.contains($0) }) {
            out.append(Finding(kind: .warning, file: "", message: "no lexicon file in the folder; it changes nothing"))
        }
        let user: LexiconData
        do {
            user = try LexiconData(directory: directory, requireCountries: false)
        } catch {
            out.append(Finding(kind: .error, file: "", message: "\(error)"))
            self.rowCounts = [:]
            self.findings = out.sorted { $0.kind < $1.kind }
            return
        }
        self.rowCounts = [
            "countries.tsv": user.countries.count, "subdivisions.tsv": user.subdivisions.count,
            "cities.tsv": user.cities.count, "roles.tsv": user.roles.count, "actors.tsv": user.actors.count,
            "units.tsv": user.units.count, "events.tsv": user.events.count, "grammar.tsv": user.grammar.count,
            "types.tsv": user.policies.count, "verbs.tsv": user.verbs.count, "discards.tsv": user.topicFilters.count,
        ].filter { names.contains($0.key) }
        out += Self.overlaps(user, base)
        self.findings = out.sorted { ($0.kind, $0.file) < ($1.kind, $1.file) }
    }

    /// Rows that replace built-in rows, repeat inside the folder, or compete with other names.
    static func overlaps(_ user: LexiconData, _ base: LexiconData) -> [Finding] {
        var out: [Finding] = []
        func keyed<T>(_ file: String, _ rows: [T], _ builtIn: [T], key: (T) -> String, show: (T) -> String) {
            var seen: Set<String> = []
            let ours = Dictionary(builtIn.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
            // The row that takes effect is the last one with its key.
            let last = Dictionary(rows.map { (key($0), $0) }, uniquingKeysWith: { _, b in b })
            for r in rows {
                let k = key(r)
                if !seen.insert(k).inserted {
                    out.append(Finding(kind: .warning, file: file, message: "\"\(k)\" is repeated; the later row wins"))
                } else if let b = ours[k], let r = last[k] {
                    out.append(
                        Finding(
                            kind: .replaces, file: file,
                            message: "\"\(k)\" replaces the built-in row (\(show(b)) → \(show(r)))"))
                }
            }
        }
        keyed("countries.tsv", user.countries, base.countries, key: { $0.code.rawValue }, show: { $0.name })
        keyed(
            "subdivisions.tsv", user.subdivisions, base.subdivisions, key: { "\($0.name) (\($0.country))" },
            show: { $0.kind })
        keyed("cities.tsv", user.cities, base.cities, key: { String($0.id) }, show: { "\($0.name), \($0.country)" })
        keyed(
            "roles.tsv", user.roles, base.roles, key: { $0.phrase.lowercased() }, show: { $0.sector?.rawValue ?? "-" })
        keyed(
            "actors.tsv", user.actors, base.actors, key: { $0.name },
            show: { "\($0.country) \($0.sector?.rawValue ?? "-")" })
        keyed(
            "units.tsv", user.units, base.units, key: { "\($0.word.lowercased()) \($0.kind.rawValue)" },
            show: { $0.unit })
        keyed(
            "events.tsv", user.events, base.events, key: { $0.forms.first?.lowercased() ?? "" }, show: { Self.show($0) }
        )
        keyed("types.tsv", user.policies, base.policies, key: { $0.type.rawValue }, show: { _ in "policy" })
        keyed(
            "discards.tsv", user.topicFilters, base.topicFilters, key: { $0.phrase },
            show: { "\($0.scope.rawValue) \($0.topic.rawValue)" })

        // Trigger forms that another built-in row also has: both rows match the word.
        var baseForms: [String: EventPattern] = [:]
        for e in base.events { for f in e.forms { baseForms[f.lowercased()] = baseForms[f.lowercased()] ?? e } }
        for e in user.events {
            let first = e.forms.first?.lowercased() ?? ""
            for f in e.forms {
                // The row it replaces does not compete.
                guard let b = baseForms[f.lowercased()], b.forms.first?.lowercased() != first else { continue }
                if b.type != e.type || b.mode != e.mode {
                    out.append(
                        Finding(
                            kind: .warning, file: "events.tsv",
                            message:
                                "\"\(f)\" is also a form of the built-in row \"\(b.forms.first ?? "")\" (\(Self.show(b))); both match"
                        ))
                }
            }
        }
        // Actor names that are also place names: the actor row takes the phrase from the place.
        var places: [String: String] = [:]
        for c in base.countries { for n in [c.name] + c.aliases { places[n.lowercased()] = "the country \(c.code)" } }
        for s in base.subdivisions {
            for n in [s.name] + s.aliases {
                places[n.lowercased()] = places[n.lowercased()] ?? "a region of \(s.country)"
            }
        }
        for a in user.actors {
            for n in [a.name] + a.aliases {
                if let p = places[n.lowercased()] {
                    out.append(
                        Finding(
                            kind: .warning, file: "actors.tsv",
                            message: "\"\(n)\" is also the name of \(p); in text it will be this actor"))
                }
            }
        }
        return out
    }

    private static func show(_ e: EventPattern) -> String { e.type.rawValue + (e.mode.map { "/\($0)" } ?? "") }

    /// Edit distance, for "did you mean" hints on file names.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
