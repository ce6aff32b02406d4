import DyadText

/// Projects a teacher's analysis (spaCy tokens) onto Dyad's tokens of the same text.
///
/// Tokens are grouped into the smallest runs whose byte spans start and end together on both sides.
/// - 1 Dyad : 1 spaCy — copied.
/// - 1 Dyad : k spaCy ("anti-war" = anti - war): the Dyad token takes the tag, label and head of the spaCy
///   token in the group whose head lies outside it (the shallowest one if several: their other outside
///   links are lost and counted); arcs into any token of the group point at the Dyad token.
/// - m Dyad : 1 spaCy (rare), and crossing groups: the first Dyad token overlapping that spaCy token
///   carries the structure; the other pieces attach to it, punctuation pieces as `punct` (tag from the
///   spaCy token if it is a punctuation tag, else by the character), word pieces as `dep` with the tag of
///   the spaCy token they overlap.
public enum TokenAlignment {
    /// Counts of what the projection did, for the conversion report.
    public struct Stats: Sendable, CustomStringConvertible {
        public var sentences = 0
        public var converted = 0
        public var droppedNoDocument = 0
        public var droppedTextMismatch = 0
        public var droppedBoundary = 0
        public var droppedUnaligned = 0
        public var spacyTokens = 0
        public var dyadTokens = 0
        public var oneToOne = 0
        public var mergedGroups = 0
        public var mergedSpacyTokens = 0
        public var splitGroups = 0
        public var splitPieces = 0
        public var crossingGroups = 0
        public var lostOutsideArcs = 0
        public var sentencesChanged = 0
        public var nonProjective = 0
        /// A few groups of each unusual kind, for the report: "kind: Dyad tokens | spaCy tokens".
        public var examples: [String] = []

        public init() {}

        public mutating func add(_ o: Stats) {
            sentences += o.sentences
            converted += o.converted
            droppedNoDocument += o.droppedNoDocument
            droppedTextMismatch += o.droppedTextMismatch
            droppedBoundary += o.droppedBoundary
            droppedUnaligned += o.droppedUnaligned
            spacyTokens += o.spacyTokens
            dyadTokens += o.dyadTokens
            oneToOne += o.oneToOne
            mergedGroups += o.mergedGroups
            mergedSpacyTokens += o.mergedSpacyTokens
            splitGroups += o.splitGroups
            splitPieces += o.splitPieces
            crossingGroups += o.crossingGroups
            lostOutsideArcs += o.lostOutsideArcs
            sentencesChanged += o.sentencesChanged
            nonProjective += o.nonProjective
            if examples.count < 400 { examples += o.examples.prefix(400 - examples.count) }
        }

        public var description: String {
            """
            sentences read \(sentences), converted \(converted); dropped: document missing \(droppedNoDocument), \
            text mismatch \(droppedTextMismatch), Dyad token across the sentence boundary \(droppedBoundary), \
            unaligned \(droppedUnaligned)
            tokens: spaCy \(spacyTokens) -> Dyad \(dyadTokens); 1:1 \(oneToOne); merged groups \(mergedGroups) \
            (\(mergedSpacyTokens) spaCy tokens); split groups \(splitGroups) (\(splitPieces) Dyad pieces); \
            crossing groups \(crossingGroups); outside arcs lost \(lostOutsideArcs)
            sentences whose tokens changed \(sentencesChanged); non-projective after projection \(nonProjective)
            """
        }
    }

    /// The byte offset of every character offset of `text` (one entry per Unicode scalar, plus the end).
    public static func characterToByte(_ text: String) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(text.utf8.count + 1)
        var b: Int32 = 0
        for s in text.unicodeScalars {
            out.append(b)
            b += Int32(UTF8.width(s))
        }
        out.append(b)
        return out
    }

    /// Projects one silver sentence onto the document's Dyad tokens; nil (with `stats` saying why) when
    /// it cannot be aligned.
    public static func project(
        _ s: SilverSentence, text: AnalyzedText, characterToByte c2b: [Int32], stats: inout Stats
    ) -> TreebankSentence? {
        stats.sentences += 1
        let k = s.count
        guard k > 0 else { return nil }
        // spaCy byte spans, checked against the forms.
        var ss = [Int](repeating: 0, count: k)
        var se = [Int](repeating: 0, count: k)
        for j in 0..<k {
            guard s.starts[j] >= 0, s.ends[j] < c2b.count, s.starts[j] <= s.ends[j] else {
                stats.droppedTextMismatch += 1
                return nil
            }
            ss[j] = Int(c2b[s.starts[j]])
            se[j] = Int(c2b[s.ends[j]])
            if !text.bytes[ss[j]..<se[j]].elementsEqual(s.forms[j].utf8) {
                stats.droppedTextMismatch += 1
                return nil
            }
        }
        let sentStart = ss[0]
        let sentEnd = se[k - 1]
        // Dyad tokens inside the span.
        let toks = text.tokens
        var lo = 0
        var hi = toks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if toks[mid].end <= sentStart { lo = mid + 1 } else { hi = mid }
        }
        var last = lo
        while last < toks.count && toks[last].start < sentEnd { last += 1 }
        guard lo < last, toks[lo].start >= sentStart, toks[last - 1].end <= sentEnd else {
            stats.droppedBoundary += 1
            return nil
        }
        let dy = Array(toks[lo..<last])
        let m = dy.count
        // Groups.
        var groupOfSpacy = [Int](repeating: 0, count: k)
        var groupOfDyad = [Int](repeating: 0, count: m)
        var groups: [(d: Range<Int>, s: Range<Int>)] = []
        var i = 0
        var j = 0
        while i < m && j < k {
            let d0 = i
            let s0 = j
            var endD = dy[i].end
            var endS = se[j]
            i += 1
            j += 1
            while endD != endS {
                if endD < endS {
                    guard i < m else { break }
                    endD = dy[i].end
                    i += 1
                } else {
                    guard j < k else { break }
                    endS = se[j]
                    j += 1
                }
            }
            guard endD == endS else {
                stats.droppedUnaligned += 1
                return nil
            }
            for x in d0..<i { groupOfDyad[x] = groups.count }
            for x in s0..<j { groupOfSpacy[x] = groups.count }
            groups.append((d0..<i, s0..<j))
        }
        guard i == m && j == k else {
            stats.droppedUnaligned += 1
            return nil
        }
        // Depth of each spaCy token (for choosing the shallowest exit of a group).
        var depth = [Int](repeating: -1, count: k)
        func depthOf(_ x: Int) -> Int {
            var chain: [Int] = []
            var y = x
            while y >= 0 && depth[y] < 0 && chain.count <= k {
                chain.append(y)
                y = s.heads[y]
            }
            var d = y >= 0 && depth[y] >= 0 ? depth[y] : -1
            for z in chain.reversed() {
                d += 1
                depth[z] = d
            }
            return depth[x]
        }
        func describe(_ g: (d: Range<Int>, s: Range<Int>)) -> String {
            g.d.map { String(decoding: text.bytes[dy[$0].start..<dy[$0].end], as: UTF8.self) }.joined(separator: " ")
                + " | "
                + g.s.map { s.forms[$0] + "/" + (PartOfSpeech(rawValue: s.tags[$0])?.description ?? "?") }
                .joined(separator: " ")
        }
        var local = Stats()
        var anchorDyad = [Int](repeating: 0, count: groups.count)
        var anchorSpacy = [Int](repeating: 0, count: groups.count)
        for (g, grp) in groups.enumerated() {
            var best = -1
            var exits = 0
            for x in grp.s {
                let h = s.heads[x]
                if h < 0 || groupOfSpacy[h] != g {
                    exits += 1
                    if best < 0 || depthOf(x) < depthOf(best) { best = x }
                }
            }
            if best < 0 { best = grp.s.lowerBound }  // a cycle inside the group: cannot happen in a tree
            local.lostOutsideArcs += max(0, exits - 1)
            anchorSpacy[g] = best
            var ad = grp.d.lowerBound
            for x in grp.d where dy[x].end > ss[best] && dy[x].start < se[best] {
                ad = x
                break
            }
            anchorDyad[g] = ad
            if grp.d.count == 1 && grp.s.count == 1 {
                local.oneToOne += 1
            } else if grp.d.count == 1 {
                local.mergedGroups += 1
                local.mergedSpacyTokens += grp.s.count
            } else if grp.s.count == 1 {
                local.splitGroups += 1
                local.splitPieces += grp.d.count
                local.examples.append("split: " + describe(grp))
            } else {
                local.crossingGroups += 1
                local.examples.append("crossing: " + describe(grp))
            }
        }
        var tags = [UInt8](repeating: 0, count: m)
        var heads = [Int32](repeating: 0, count: m)
        var labels = [UInt8](repeating: 0, count: m)
        for (g, grp) in groups.enumerated() {
            let a = anchorSpacy[g]
            let ad = anchorDyad[g]
            for x in grp.d {
                if x == ad {
                    tags[x] = s.tags[a]
                    labels[x] = s.labels[a]
                    let h = s.heads[a]
                    heads[x] = h < 0 ? Int32(x) : Int32(anchorDyad[groupOfSpacy[h]])
                    if h < 0 { labels[x] = DependencyLabel.ROOT.rawValue }
                    continue
                }
                // A piece: attach to the anchor.
                var over = grp.s.lowerBound
                for y in grp.s where se[y] > dy[x].start && ss[y] < dy[x].end {
                    over = y
                    break
                }
                heads[x] = Int32(ad)
                let tag = PartOfSpeech(rawValue: s.tags[over]) ?? .XX
                if dy[x].shape.contains(.punctuation) {
                    labels[x] = DependencyLabel.punct.rawValue
                    tags[x] = tag.isPunctuation ? tag.rawValue : punctuationTag(text.bytes[dy[x].start]).rawValue
                } else {
                    labels[x] = DependencyLabel.dep.rawValue
                    tags[x] = tag.rawValue
                }
            }
        }
        local.spacyTokens = k
        local.dyadTokens = m
        if m != k || local.oneToOne != m { local.sentencesChanged = 1 }
        if !Projectivity.isProjective(heads) { local.nonProjective = 1 }
        local.converted = 1
        local.sentences = 0
        stats.add(local)
        let base = dy[0].start
        let rebased = dy.map { Token(start: $0.start - base, end: $0.end - base, key: $0.key, shape: $0.shape) }
        return TreebankSentence(
            document: s.document, bytes: Array(text.bytes[base..<dy[m - 1].end]), tokens: rebased, tags: tags,
            heads: heads, labels: labels)
    }

    /// A punctuation tag for a piece the teacher did not tag as punctuation.
    static func punctuationTag(_ b: UInt8) -> PartOfSpeech {
        switch b {
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): .period
        case UInt8(ascii: "-"): .HYPH
        case UInt8(ascii: "("), UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: "$"): .dollar
        default: .colon
        }
    }
}
