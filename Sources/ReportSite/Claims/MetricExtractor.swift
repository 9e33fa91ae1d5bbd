// Drafts metrics from a source: every number with a unit becomes a candidate
// with its shortest unambiguous quote, so authors start from a draft rather
// than a blank file. Indicator and entity are for the author to choose.

public struct MetricCandidate: Sendable, Hashable {
    public var blockID: String
    public var value: String
    public var unit: String
    public var qualifier: Qualifier?
    /// Nil when no span of the block is unique (a repeated passage).
    public var quote: String?
    public var ambiguousWith: [String]
}

public enum MetricExtractor {
    public static func candidates(in source: Source, index: QuoteIndex) -> [MetricCandidate] {
        var out: [MetricCandidate] = []
        for block in source.citable {
            let chars = Array(block.text)
            for number in NumberReader.numbers(in: chars) {
                guard let unit = number.unit else { continue }
                var candidate = MetricCandidate(blockID: block.id, value: format(number.value),
                                                unit: unit.zh, qualifier: qualifier(number.approximation), quote: nil, ambiguousWith: [])
                (candidate.quote, candidate.ambiguousWith) = shortestUniqueQuote(around: number.range, in: chars, slug: source.slug, index: index)
                out.append(candidate)
            }
        }
        return out
    }

    /// The number as the source writes it in its unit: `1.2` for 1.2万人次, `30000` for 3万多户.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var s = String(value)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        return s
    }

    static func qualifier(_ word: String?) -> Qualifier? {
        switch word {
        case "多", "余": return .moreThan
        case "近", "接近": return .nearly
        case "约": return .about
        case "超过", "逾", "超": return .over
        default: return nil
        }
    }

    /// Widens the span around the number, left first (Chinese names what is
    /// counted before the number), until the quote occurs in one block only.
    static func shortestUniqueQuote(around range: Range<Int>, in chars: [Character], slug: String, index: QuoteIndex) -> (String?, [String]) {
        var lower = range.lowerBound, upper = range.upperBound
        var lastAmbiguity: [String] = []
        // A few characters of context, so the quote says what the number is, within its clause.
        while lower > 0, range.lowerBound - lower < 6, !isClauseEnd(chars[lower - 1]) { lower -= 1 }
        while true {
            let quote = String(chars[lower..<upper])
            switch index.find(quote, in: slug) {
            case .found: return (quote, [])
            case .ambiguous(let ids): lastAmbiguity = ids
            case .notFound, .unknownSource: return (nil, [])
            }
            if lower > 0, !isSentenceEnd(chars[lower - 1]) { lower -= 1 }
            else if upper < chars.count { upper += 1 }
            else if lower > 0 { lower -= 1 }
            else { return (nil, lastAmbiguity) }
        }
    }

    static func isSentenceEnd(_ c: Character) -> Bool { "。！？；\n".contains(c) }
    static func isClauseEnd(_ c: Character) -> Bool { isSentenceEnd(c) || ",，、;:：“”（）()".contains(c) }

    /// The candidates as a metrics YAML draft.
    public static func yaml(for source: Source, candidates: [MetricCandidate], entity: String?) -> String {
        var out = "# Candidate metrics drafted by `reportsite extract \(source.slug)` from \(source.file).\n"
        out += "# For each figure worth reporting: choose its indicator (indicators.yaml), check period and\n"
        out += "# entity, give it a meaningful id; delete the rest. The build verifies every quote and value.\n"
        out += "defaults:\n  source: \(source.slug)\n"
        if let entity { out += "  entity: \(entity)\n" }
        if let year = source.date?.year { out += "  period: \"\(year)\"\n" }
        out += "metrics:\n"
        var counts: [String: Int] = [:]
        for c in candidates {
            let n = (counts[c.blockID] ?? 0) + 1
            counts[c.blockID] = n
            guard let quote = c.quote else {
                out += "  # \(c.blockID): \(c.value)\(c.unit) is in a passage repeated in \(c.ambiguousWith.joined(separator: ", ")); no unique quote\n"
                continue
            }
            out += "  - id: \(source.slug).\(c.blockID)-\(n)\n"
            out += "    indicator:\n"
            out += "    value: \(c.value)\n"
            out += "    unit: \(yamlScalar(c.unit))\n"
            if let q = c.qualifier { out += "    qualifier: \(q.rawValue)\n" }
            out += "    quote: \(yamlScalar(quote))\n"
        }
        return out
    }

    /// Quotes a YAML scalar when plain style would change its meaning.
    static func yamlScalar(_ s: String) -> String {
        let special = ":#[]{},&*!|>'\"%@`"
        if s.isEmpty || s.contains(where: { special.contains($0) }) || s.first == "-" || s.first == "?" || s.first == " " || s.last == " " || Double(s) != nil {
            return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return s
    }
}
