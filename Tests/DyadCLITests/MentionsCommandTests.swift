import Foundation
import Testing

@Suite("dyad mentions (real binary)")
struct MentionsCommandTests {
    let seed = BinaryRunner.repoRoot.appendingPathComponent("examples/000_0befeabcef7abe3a.txt")

    @Test func seedArticleMentions() throws {
        let r = try BinaryRunner.run(["mentions", seed.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let rows = r.stdout.jsonLines
        func find(_ kind: String, _ text: String) -> [String: Any]? {
            rows.first { $0["kind"] as? String == kind && ($0["text"] as? String)?.contains(text) == true }
        }
        let grozny = try #require(find("place", "Grozny"))
        #expect(grozny["country"] as? String == "RUS")
        #expect(abs((grozny["lat"] as? Double ?? 0) - 43.31) < 0.05)
        for country in [
            "Russia", "Ukraine", "Kazakhstan", "Germany", "Latvia", "Lithuania", "Poland", "Estonia", "Finland",
        ] {
            #expect(
                rows.contains { $0["kind"] as? String == "place" && $0["name"] as? String == country }, "\(country)")
        }
        #expect(find("place", "Moscow")?["lat"] != nil)
        #expect(find("place", "St Petersburg")?["country"] as? String == "RUS")
        #expect(find("place", "Chechnya")?["country"] as? String == "RUS")
        let tokayev = try #require(find("actor", "Tokayev"))
        #expect(tokayev["country"] as? String == "KAZ")
        #expect(tokayev["sector"] as? String == "GOV")
        let faeser = try #require(find("actor", "Faeser"))
        #expect(faeser["country"] as? String == "DEU")
        #expect(faeser["sector"] as? String == "GOV")
        let prosecutor = try #require(find("actor", "Moscow Prosecutor"))
        #expect(prosecutor["country"] as? String == "RUS")
        #expect(prosecutor["sector"] as? String == "JUD")
        let q = try #require(find("quantity", "1,386"))
        #expect(q["value"] as? Int == 1386)
        #expect(q["qualifier"] as? String == "at_least")
        #expect(q["unit"] as? String == "arrested")
        let tuesday = try #require(find("date", "Tuesday"))
        #expect(tuesday["date"] as? String == "2022-09-27")
        #expect(find("date", "on 21 September")?["date"] as? String == "2022-09-21")
        for (name, country, sector) in [
            ("Akhmetzhanov", "KAZ", "GOV"), ("President Putin", "RUS", "GOV"), ("Kadyrov", "RUS", "GOV"),
        ] {
            let a = find("actor", name)
            #expect(a?["country"] as? String == country, "\(name)")
            #expect(a?["sector"] as? String == sector, "\(name)")
        }
        // Russian non-state actors.
        let ovd = try #require(find("actor", "OVD-Info"))
        #expect(ovd["country"] as? String == "RUS")
        #expect(!["GOV", "MIL", "COP", "JUD", "LEG"].contains(ovd["sector"] as? String ?? ""))
        let vesna = try #require(find("actor", "Vesna"))
        #expect(vesna["country"] as? String == "RUS")
        #expect(vesna["sector"] as? String == "OPP")
        #expect(find("quantity", "98,000")?["qualifier"] as? String == "approximately")
        #expect(find("quantity", "64,000")?["qualifier"] as? String == "approximately")
        let dozens = try #require(find("quantity", "dozens"))
        #expect(dozens["vague"] as? Bool == true)
        // Offsets are character offsets into the text as given.
        let text = try String(contentsOf: seed, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for row in rows.prefix(40) {
            let s = row["start"] as! Int
            let e = row["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s..<e])
            #expect(String(view) == row["text"] as? String)
        }
    }

    @Test func tableFormatIsReadable() throws {
        let r = try BinaryRunner.run(["mentions", "--format", "table", seed.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("== 000_0befeabcef7abe3a (2022-09-27)"))
        #expect(r.stdout.contains("Grozny"))
    }

    @Test func badInputIsReportedAndTheRestProcessed() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("news.jsonl")
        var data = Data()
        data.append(Data(#"{"id": "a", "date": "2022-09-27", "text": "Police in Moscow detained 12 people."}"#.utf8))
        data.append(Data("\n{\"id\": \"b\", \"date\": \"2022-09-27\", \"text\": \"trunc\n".utf8))
        data.append(Data((#"{"id": "c", "date": "2022-02-30", "text": "Kyiv said."}"# + "\n").utf8))
        data.append(Data((#"{"id": "d", "date": "2022-09-27"}"# + "\n").utf8))
        data.append(Data([0x7B, 0x22, 0xFF, 0xFE, 0x0A]))
        data.append(Data((#"{"id": "e", "date": null, "text": "Germany offered asylum."}"# + "\n").utf8))
        try data.write(to: jsonl)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data("no date here".utf8).write(to: dir.appendingPathComponent("nodate.txt"))
        let r = try BinaryRunner.run(["mentions", dir.path, dir.appendingPathComponent("missing.jsonl").path])
        #expect(r.status == 1)
        let docs = Set(r.stdout.jsonLines.compactMap { $0["doc"] as? String })
        #expect(docs == ["a", "e"])
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.hasPrefix(jsonl.path + ":2:") })
        #expect(errors.contains { $0.hasPrefix(jsonl.path + ":3:") && $0.contains("2022-02-30") })
        #expect(errors.contains { $0.hasPrefix(jsonl.path + ":4:") && $0.contains("text") })
        #expect(errors.contains { $0.hasPrefix(jsonl.path + ":5:") })
        #expect(errors.contains { $0.contains("empty.txt") })
        #expect(errors.contains { $0.contains("binary.txt") })
        #expect(errors.contains { $0.contains("nodate.txt") && $0.contains("date") })
        #expect(errors.contains { $0.contains("missing.jsonl") })
        #expect(errors.count == 8, "\(errors)")
    }

    @Test func goodInputExitsZero() throws {
        let r = try BinaryRunner.run(
            ["mentions", "-"], stdin: Data(#"{"id": "x", "date": "2022-01-01", "text": "NATO met in Brussels."}"#.utf8))
        #expect(r.status == 0)
        #expect(r.stdout.jsonLines.contains { $0["text"] as? String == "Brussels" })
    }

    @Test func userLexiconIsMerged() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        try "name\taliases\tcountry\tsector\tkind\tnote\nZorblat Qwix\tQwix\tKAZ\tMIL\tperson\ttest\n"
            .write(to: dir.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        let input = Data(#"{"id": "u", "date": "2022-01-01", "text": "Qwix said the talks ended."}"#.utf8)
        let without = try BinaryRunner.run(["mentions", "-"], stdin: input)
        #expect(!without.stdout.contains("\"MIL\""))
        let with = try BinaryRunner.run(["mentions", "--lexicon", dir.path, "-"], stdin: input)
        let actor = with.stdout.jsonLines.first { $0["kind"] as? String == "actor" }
        #expect(actor?["sector"] as? String == "MIL")
        #expect(actor?["name"] as? String == "Zorblat Qwix")
    }

    @Test func installedBinaryFindsItsLexicon() throws {
        let prefix = try BinaryRunner.temporaryDirectory()
        let install = try BinaryRunner.run(
            ["--bin-path", BinaryRunner.binDirectory.path, prefix.path],
            executable: BinaryRunner.repoRoot.appendingPathComponent("scripts/install.sh"))
        #expect(install.status == 0, "\(install.stderr)")
        let installed = prefix.appendingPathComponent("bin/dyad")
        let r = try BinaryRunner.run(["mentions", seed.path], executable: installed, cwd: prefix)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Grozny"))

        // A binary copied alone says what is missing and how to fix it.
        let lonely = try BinaryRunner.temporaryDirectory().appendingPathComponent("dyad")
        try FileManager.default.copyItem(at: installed, to: lonely)
        let bad = try BinaryRunner.run(["mentions", seed.path], executable: lonely, environment: [:])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--lexicon-data"))
        let lexiconData = prefix.appendingPathComponent("share/dyad/lexicon").path
        let fixed = try BinaryRunner.run(["mentions", "--lexicon-data", lexiconData, seed.path], executable: lonely)
        #expect(fixed.status == 0)

        // Coding also needs the syntax model: the installed copy finds it, a lonely one says how.
        let coded = try BinaryRunner.run(["code", seed.path], executable: installed, cwd: prefix)
        #expect(coded.status == 0, "\(coded.stderr)")
        #expect(coded.stdout.contains("\"type\": \"COERCE\"") || coded.stdout.contains("\"type\":\"COERCE\""))
        let noModel = try BinaryRunner.run(
            ["code", "--lexicon-data", lexiconData, seed.path], executable: lonely, environment: [:])
        #expect(noModel.status != 0)
        #expect(noModel.stderr.contains("--syntax-model"))
        let both = try BinaryRunner.run(
            [
                "code", "--lexicon-data", lexiconData, "--syntax-model",
                prefix.appendingPathComponent("share/dyad/syntax-en.bin").path, seed.path,
            ], executable: lonely, environment: [:])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout == coded.stdout)
    }
}

@Suite("dyad code and dyad eval (real binary)")
struct CodeCommandTests {
    static let seed = BinaryRunner.repoRoot.appendingPathComponent("examples/000_0befeabcef7abe3a.txt")
    var seed: URL { Self.seed }
    /// `dyad code SEED`, run once for the tests that read it (each run loads the lexicon and model).
    static let seedCoded = Result { try BinaryRunner.run(["code", seed.path]) }

    @Test func codesTheSeedArticle() throws {
        let r = try Self.seedCoded.get()
        #expect(r.status == 0, "\(r.stderr)")
        let events = r.stdout.jsonLines
        #expect(events.count >= 8)
        let arrest = try #require(
            events.first { $0["type"] as? String == "COERCE" && $0["mode"] as? String == "arrest" })
        #expect((arrest["quantity"] as? [String: Any])?["value"] as? Int == 1386)
        #expect((arrest["attribution"] as? String)?.contains("OVD-Info") == true)
        #expect((arrest["place"] as? [String: Any])?["country"] as? String == "RUS")
        let closures = events.filter { $0["mode"] as? String == "restrict" }
        let states = Set(
            closures.flatMap { ($0["source"] as? [[String: Any]] ?? []).compactMap { $0["country"] as? String } })
        #expect(states.isSuperset(of: ["LVA", "LTU", "POL", "EST"]))
        // Keys are sorted in every line.
        for line in r.stdout.split(separator: "\n").prefix(3) {
            let keys = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]).keys
                .sorted()
            let order = line.split(separator: ",").compactMap { part -> String? in
                guard let q = part.firstIndex(of: "\"") else { return nil }
                return String(part[q...].dropFirst().prefix { $0 != "\"" })
            }
            #expect(order.filter { keys.contains($0) }.first == keys.first)
        }
    }

    @Test func tableAndTSV() throws {
        let table = try BinaryRunner.run(["code", "--format", "table", seed.path])
        #expect(table.stdout.contains("COERCE/restrict"))
        let tsv = try BinaryRunner.run(["code", "--format", "tsv", seed.path])
        let rows = tsv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("doc\ttype\tmode") == true)
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 21 })
    }

    /// A story that tells a deployment twice (a report and what officials said): one record with two
    /// mentions by default (as the gold annotates events), two records with `--tellings`.
    @Test func repeatedTellingsMergedByDefaultApartOnRequest() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let story = dir.appendingPathComponent("twice.txt")
        try """
        date 2022-10-10 Kenya deployed troops to Somalia on Monday. Officials said Kenya had deployed the troops to Somalia to \
        fight al-Shabab.
        """.write(to: story, atomically: true, encoding: .utf8)
        let merged = try BinaryRunner.run(["code", story.path]).stdout.jsonLines
        let apart = try BinaryRunner.run(["code", "--tellings", story.path]).stdout.jsonLines
        #expect(apart.count > merged.count)
        #expect(apart.allSatisfy { $0["mentions"] as? Int == 1 })
        #expect(merged.contains { ($0["mentions"] as? Int ?? 0) > 1 })
        // The old flags still run: --merge is the default, --mentions is --tellings with a note.
        let merge = try BinaryRunner.run(["code", "--merge", story.path])
        #expect(merge.status == 0 && merge.stdout.jsonLines.count == merged.count)
        let old = try BinaryRunner.run(["code", "--mentions", story.path])
        #expect(old.status == 0)
        #expect(old.stdout.jsonLines.count == apart.count)
        #expect(old.stderr.contains("deprecated"))
    }

    @Test func badInputKeepsGoing() throws {
        let input = Data(
            "{\"id\": \"a\", \"date\": \"2022-09-27\", \"text\": \"Kenyan police arrested 40 protesters in Nairobi.\"}\nnot json\n"
                .utf8)
        let r = try BinaryRunner.run(["code", "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.stdout.jsonLines.count == 1)
        #expect(r.stderr.contains("stdin:2:") || r.stderr.contains(":2:"))
    }

    // `dyad eval --misses` (scores, the per-type table, the misses) is checked in EvalAgreementTests.

    /// `dyad code --explain`: the tree of each parsed sentence and the rule behind each slot.
    @Test func explainShowsTheTreeAndTheRules() throws {
        let input = Data(
            "{\"id\": \"x\", \"date\": \"2023-05-02\", \"text\": \"The Chinese envoy held talks with the Kenyan president in Nairobi. It was sunny.\"}\n"
                .utf8)
        let r = try BinaryRunner.run(["code", "--explain", "-"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        // The tree: one line per token with tag, label and head.
        #expect(r.stdout.contains("talks"))
        #expect(r.stdout.range(of: #"talks\s+NNS\s+dobj\s+\d+ held"#, options: .regularExpression) != nil)
        // The event, and which rule filled which slot from which arc.
        #expect(r.stdout.contains("CONSULT  CHN/"))
        #expect(r.stdout.contains("light-verb") && r.stdout.contains("(held) \"The Chinese envoy\""))
        #expect(r.stdout.contains("recipient-preposition") && r.stdout.contains("pobj(with)"))
        // A sentence without a trigger is not parsed, so it is not shown.
        #expect(!r.stdout.contains("It was sunny"))
        // --format explain is the same view.
        let f = try BinaryRunner.run(["code", "--format", "explain", "-"], stdin: input)
        #expect(f.stdout == r.stdout)
    }

    /// `dyad bench --stage parse` times the tagger and parser on every sentence.
    @Test func benchParsesEverySentence() throws {
        let r = try BinaryRunner.run(["bench", "--stage", "parse", "--threads", "1", seed.path])
        #expect(r.status == 0, "\(r.stderr)")
        let fields = Dictionary(
            uniqueKeysWithValues: r.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
                let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            })
        #expect(fields["stage"] == "parse")
        #expect(fields["parsed_words"] == fields["words"])
        #expect(Int(fields["tokens"] ?? "0") ?? 0 > 400)
    }
}
