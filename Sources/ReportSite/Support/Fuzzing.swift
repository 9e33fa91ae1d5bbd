// Entry points for the fuzzers (`make fuzz`) and their regression tests: each
// takes arbitrary bytes, runs one stage of the engine on them, and checks the
// stage's promises. A broken promise stops the process (a crash to libFuzzer):
// diagnostics point inside the input, rendered HTML and SVG carry no script,
// event handler or javascript: URL, the quote index agrees with a plain scan,
// and a value the formatter writes reads back as the same value.
import Foundation

public struct Fuzzing: Sendable {
    public enum Target: String, Sendable, CaseIterable {
        /// A source or report file: front matter, Markdown, claim links, chart blocks; rendered to HTML.
        case document
        /// A metrics file, loaded and each metric checked against the sample's sources.
        case metrics
        /// A chart block's YAML, resolved against the sample's metrics and drawn in every language.
        case chart
        /// Number reading, and the formatter's output read back.
        case numbers
        /// Quote search: the first line is a quote, the rest a source's Markdown.
        case quotes
    }

    let site: Site
    let resolver: Resolver

    /// The sample site gives the fuzzed inputs real entities, indicators, sources and metrics.
    public init(site: Site) {
        self.site = site
        resolver = Resolver(site: site)
    }

    public func run(_ target: Target, _ bytes: [UInt8]) {
        switch target {
        case .document: document(bytes)
        case .metrics: metrics(bytes)
        case .chart: chart(bytes)
        case .numbers: numbers(bytes)
        case .quotes: quotes(bytes)
        }
    }

    static let file = "fuzz.md"

    func decode(_ bytes: [UInt8], diagnostics: inout [Diagnostic]) -> ContentFile? {
        let file = ContentFile.decode(Data(bytes), displayPath: Self.file, diagnostics: &diagnostics)
        Self.checkPlaces(diagnostics, lines: bytes.reduce(1) { $0 + ($1 == 10 || $1 == 13 ? 1 : 0) })
        return file
    }

    func document(_ bytes: [UInt8]) {
        var diagnostics: [Diagnostic] = []
        guard let file = decode(bytes, diagnostics: &diagnostics) else { return }
        let lines = file.text.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        let loader = MarkdownDocumentLoader(entities: Set(site.entities.map(\.id)))
        let languages = site.config.languages
        for language in languages {
            var sourceDiagnostics: [Diagnostic] = []
            if let source = SourceLoader(languages: languages, document: loader).load(file, slug: "fuzz", language: language, diagnostics: &sourceDiagnostics) {
                var renderer = HTMLRenderer(options: HTMLRenderOptions(permalinks: true), delegate: PlainGFM())
                Self.checkSafe(renderer.render(source.blocks), what: "source HTML")
                _ = QuoteIndex(sources: [source])
            }
            Self.checkPlaces(sourceDiagnostics, lines: lines)
            var reportDiagnostics: [Diagnostic] = []
            if let report = ReportLoader(document: loader, languages: languages).load(file, slug: "fuzz", language: language, diagnostics: &reportDiagnostics) {
                var renderer = HTMLRenderer(options: HTMLRenderOptions(), delegate: PlainGFM())
                Self.checkSafe(renderer.render(report.blocks), what: "report HTML")
                for spec in report.charts { draw(spec) }
            }
            Self.checkPlaces(reportDiagnostics, lines: lines)
        }
    }

    func metrics(_ bytes: [UInt8]) {
        var diagnostics: [Diagnostic] = []
        guard let file = decode(bytes, diagnostics: &diagnostics) else { return }
        let loader = MetricLoader(languages: site.config.languages, entities: Set(site.entities.map(\.id)),
                                  indicators: Set(site.indicators.map(\.id)), sources: Set(site.sources.map(\.slug)))
        let metrics = loader.load([file], diagnostics: &diagnostics)
        let lines = file.text.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        Self.checkPlaces(diagnostics, lines: lines)
        for metric in metrics {
            let (_, found) = resolver.verify(metric)
            Self.checkPlaces(found, lines: lines)
            for language in site.config.languages { _ = QuantityFormatter.format(metric, in: language) }
        }
    }

    func chart(_ bytes: [UInt8]) {
        var diagnostics: [Diagnostic] = []
        guard let file = decode(bytes, diagnostics: &diagnostics) else { return }
        let lines = file.text.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) } + 1
        let spec = ChartSpec.parse(file.text, file: Self.file, position: TextPosition(line: 1, column: 1),
                                   languages: site.config.languages, diagnostics: &diagnostics)
        Self.checkPlaces(diagnostics, lines: lines)
        if let spec { draw(spec) }
    }

    /// Resolves a chart against the sample's metrics and draws it in every language.
    func draw(_ spec: ChartSpec) {
        var diagnostics: [Diagnostic] = []
        guard let data = ChartData.resolve(spec, site: site, diagnostics: &diagnostics) else { return }
        for language in site.config.languages {
            let context = ChartContext(data: data, language: language, site: site, id: "chart-1") { "sources/\($0.source).html#m-\($0.id)" }
            Self.checkSafe(ChartFigure.render(context), what: "chart")
        }
    }

    func numbers(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let chars = Array(text)
        var end = 0
        for number in NumberReader.numbers(in: chars) {
            guard number.range.lowerBound >= end, number.range.upperBound <= chars.count, !number.range.isEmpty else {
                Self.fail("number \(number) at \(number.range) overlaps the one before or leaves the text (\(chars.count) characters)")
            }
            end = number.range.upperBound
        }
        _ = NumberReader.englishWordValues(in: text)
        // The value written as a metric's value text (digits, an optional decimal part) in some unit, with some
        // qualifier, is formatted in each language; a claim repeating that text must pass the resolver's check.
        guard let match = text.firstMatch(of: /(?<whole>[1-9][0-9]{0,11}|0)(\.(?<fraction>[0-9]{1,4}))?/) else { return }
        let valueText = String(match.output.0)
        guard let value = Double(valueText) else { return }
        let seed = bytes.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        let unit = UnitTable.all[seed % UnitTable.all.count]
        // The reader's one deliberate exception: `2023年` before 年 names a calendar year, not a duration.
        if unit.zh == "年", value == value.rounded(), (1900...2100).contains(value) { return }
        let qualifiers: [Qualifier?] = [nil] + Qualifier.allCases
        let place = SourcePlace(file: Self.file)
        let metric = Metric(id: "fuzz.value", entity: "", source: "", indicator: "", period: Period("2021")!, value: value, valueText: valueText,
                            unit: unit, qualifier: qualifiers[(seed / 7) % qualifiers.count], quote: "", verify: true, note: nil,
                            place: place, valuePlace: place, quotePlace: place)
        for language in site.config.languages {
            let written = QuantityFormatter.format(metric, in: language)
            guard Resolver.statesValue(written, of: metric, in: language) else {
                Self.fail("'\(written)' (\(language.code)) does not read back as \(valueText) \(unit.zh)")
            }
        }
    }

    func quotes(_ bytes: [UInt8]) {
        var diagnostics: [Diagnostic] = []
        guard let file = decode(bytes, diagnostics: &diagnostics) else { return }
        let parts = file.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return }
        let quote = String(parts[0])
        let loader = MarkdownDocumentLoader(entities: [])
        let language = site.config.defaultLanguage
        let body = ContentFile(displayPath: Self.file, text: "---\ntitle: t\n---\n" + parts[1])
        guard let source = SourceLoader(languages: site.config.languages, document: loader)
            .load(body, slug: "fuzz", language: language, diagnostics: &diagnostics) else { return }
        let index = QuoteIndex(sources: [source])
        let result = index.find(quote, in: "fuzz")
        // The plain scan: every block whose normal form contains the quote's.
        let q = QuoteText.normalize(quote)
        var hits: [(block: Int, offset: Int)] = []
        if !q.isEmpty {
            for b in index.blocks.indices {
                let text = Array(index.text(ofBlock: b))
                if text.count >= q.count, let offset = (0...(text.count - q.count)).first(where: { Array(text[$0..<($0 + q.count)]) == q }) {
                    hits.append((b, offset))
                }
            }
        }
        let expected: String
        switch hits.count {
        case 0: expected = "not found"
        case 1: expected = "found \(index.blocks[hits[0].block].id) at \(hits[0].offset)"
        default: expected = "ambiguous \(hits.map { index.blocks[$0.block].id })"
        }
        let got: String
        switch result {
        case .found(let location): got = "found \(location.blockID) at \(location.range.lowerBound)"
        case .ambiguous(let ids): got = "ambiguous \(ids)"
        case .notFound: got = "not found"
        case .unknownSource: got = "unknown source"
        }
        if got != expected { Self.fail("quote search for '\(quote)': index says \(got), a plain scan says \(expected)") }
    }

    // MARK: Promises

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fuzzing: broken promise: \(message)\n".utf8))
        abort()
    }

    /// Every diagnostic points at the fuzzed file, inside it.
    static func checkPlaces(_ diagnostics: [Diagnostic], lines: Int) {
        for d in diagnostics where d.file == file {
            guard d.line >= 1, d.line <= lines, d.column >= 1 else {
                fail("diagnostic outside the input (\(lines) lines): \(d.description)")
            }
        }
    }

    /// Markup we write has no script element, no event-handler attribute and no javascript: URL.
    static func checkSafe(_ html: String, what: String) {
        if let problem = HTMLSafety.firstProblem(in: html) { fail("\(what): \(problem)") }
    }
}

/// A scanner for what must never appear in rendered markup. Text is escaped by
/// the renderer, so every `<` starts a tag.
enum HTMLSafety {
    static func firstProblem(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "!") {  // comment
                while j + 2 < bytes.count, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                i = j + 3
                continue
            }
            var end = j
            while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            let tag = String(decoding: bytes[j..<min(end, bytes.count)], as: UTF8.self)
            if let problem = problem(inTag: tag) { return "\(problem) in <\(tag.prefix(120))>" }
            i = end + 1
        }
        return nil
    }

    static func problem(inTag tag: String) -> String? {
        let lower = tag.lowercased()
        let chars = Array(lower)
        var k = chars.prefix { $0 == "/" }.count
        let name = String(chars[k...].prefix { !$0.isWhitespace && $0 != "/" })
        if ["script", "iframe", "object", "embed", "style"].contains(name) { return "a <\(name)> element" }
        k += name.count
        // Attribute names: a name after whitespace, up to '=', whitespace or the end; values skipped whole.
        while k < chars.count {
            while k < chars.count, chars[k].isWhitespace || chars[k] == "/" { k += 1 }
            let start = k
            while k < chars.count, !chars[k].isWhitespace, chars[k] != "=", chars[k] != "/" { k += 1 }
            let attribute = String(chars[start..<k])
            var value = ""
            if k < chars.count, chars[k] == "=" {
                k += 1
                if k < chars.count, chars[k] == "\"" || chars[k] == "'" {
                    let quote = chars[k]
                    k += 1
                    let valueStart = k
                    while k < chars.count, chars[k] != quote { k += 1 }
                    value = String(chars[valueStart..<min(k, chars.count)])
                    k += 1
                } else {
                    let valueStart = k
                    while k < chars.count, !chars[k].isWhitespace { k += 1 }
                    value = String(chars[valueStart..<k])
                }
            }
            if attribute.hasPrefix("on") { return "an event-handler attribute '\(attribute)'" }
            if ["href", "src", "xlink:href", "action", "formaction"].contains(attribute) {
                let scheme = value.htmlEntitiesDecodedForScheme.filter { !$0.isWhitespace && !$0.isASCIIControl }
                if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:text/html") {
                    return "a script URL '\(value.prefix(60))'"
                }
            }
        }
        return nil
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 32 || $0 == 127 } ?? false }
}

private extension String {
    /// Enough entity decoding to see a URL's scheme as a browser would (`&#106;avascript:`).
    var htmlEntitiesDecodedForScheme: String {
        guard contains("&") else { return self }
        var out = ""
        var rest = Substring(self)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...].dropFirst()
            guard let semi = after.prefix(12).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let entity = after[..<semi]
            var scalar: Unicode.Scalar?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
            else { scalar = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&"][String(entity)] }
            if let scalar { out.unicodeScalars.append(scalar) } else { out += "&" + entity + ";" }
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }
}
