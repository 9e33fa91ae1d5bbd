// Entry points for the fuzzers (`make fuzz`) and their regression tests: each
// takes arbitrary bytes, runs one stage of the engine on them, and checks the
// stage's promises: diagnostics point inside the input, rendered HTML and SVG
// carry no script, event handler or javascript: URL, the quote index agrees
// with a plain scan, and a value the formatter writes reads back as the same
// value. A broken promise is returned; the harness turns it into a crash.
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

    /// What went wrong, when the stage broke one of its promises on `bytes`.
    public struct BrokenPromise: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs `target` on `bytes`; nil when every promise held.
    public func run(_ target: Target, _ bytes: [UInt8]) -> BrokenPromise? {
        do {
            switch target {
            case .document: try document(bytes)
            case .metrics: try metrics(bytes)
            case .chart: try chart(bytes)
            case .numbers: try numbers(bytes)
            case .quotes: try quotes(bytes)
            }
            return nil
        } catch {
            return error
        }
    }

    static let file = "fuzz.md"

    /// The input as a content file; a decoding error must point inside the raw bytes.
    func decode(_ bytes: [UInt8], diagnostics: inout [Diagnostic]) throws(BrokenPromise) -> ContentFile? {
        let file = ContentFile.decode(Data(bytes), displayPath: Self.file, diagnostics: &diagnostics)
        try Self.checkPlaces(diagnostics, lines: bytes.reduce(1) { $0 + ($1 == 10 || $1 == 13 ? 1 : 0) })
        return file
    }

    static func lines(_ file: ContentFile) -> Int {
        file.text.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
    }

    func document(_ bytes: [UInt8]) throws(BrokenPromise) {
        var diagnostics: [Diagnostic] = []
        guard let file = try decode(bytes, diagnostics: &diagnostics) else { return }
        let lines = Self.lines(file)
        let loader = MarkdownDocumentLoader(entities: Set(site.entities.map(\.id)))
        let languages = site.config.languages
        for language in languages {
            var sourceDiagnostics: [Diagnostic] = []
            if let source = SourceLoader(languages: languages, document: loader).load(file, slug: "fuzz", language: language, diagnostics: &sourceDiagnostics) {
                var renderer = HTMLRenderer(options: HTMLRenderOptions(permalinks: true), delegate: PlainGFM())
                try Self.checkSafe(renderer.render(source.blocks), what: "source HTML")
                _ = QuoteIndex(sources: [source])
            }
            try Self.checkPlaces(sourceDiagnostics, lines: lines)
            var reportDiagnostics: [Diagnostic] = []
            if let report = ReportLoader(document: loader, languages: languages).load(file, slug: "fuzz", language: language, diagnostics: &reportDiagnostics) {
                var renderer = HTMLRenderer(options: HTMLRenderOptions(), delegate: PlainGFM())
                try Self.checkSafe(renderer.render(report.blocks), what: "report HTML")
                for spec in report.charts { try draw(spec) }
            }
            try Self.checkPlaces(reportDiagnostics, lines: lines)
        }
    }

    func metrics(_ bytes: [UInt8]) throws(BrokenPromise) {
        var diagnostics: [Diagnostic] = []
        guard let file = try decode(bytes, diagnostics: &diagnostics) else { return }
        let loader = MetricLoader(languages: site.config.languages, entities: Set(site.entities.map(\.id)),
                                  indicators: Set(site.indicators.map(\.id)), sources: Set(site.sources.map(\.slug)))
        let metrics = loader.load([file], diagnostics: &diagnostics)
        let lines = Self.lines(file)
        try Self.checkPlaces(diagnostics, lines: lines)
        for metric in metrics {
            let (_, found) = resolver.verify(metric)
            try Self.checkPlaces(found, lines: lines)
            for language in site.config.languages { _ = QuantityFormatter.format(metric, in: language) }
        }
    }

    func chart(_ bytes: [UInt8]) throws(BrokenPromise) {
        var diagnostics: [Diagnostic] = []
        guard let file = try decode(bytes, diagnostics: &diagnostics) else { return }
        let lines = Self.lines(file) + 1  // the fence line comes first
        let spec = ChartSpec.parse(file.text, file: Self.file, position: TextPosition(line: 1, column: 1),
                                   languages: site.config.languages, diagnostics: &diagnostics)
        try Self.checkPlaces(diagnostics, lines: lines)
        if let spec { try draw(spec) }
    }

    /// Resolves a chart against the sample's metrics and draws it in every language.
    func draw(_ spec: ChartSpec) throws(BrokenPromise) {
        var diagnostics: [Diagnostic] = []
        guard let data = ChartData.resolve(spec, site: site, diagnostics: &diagnostics) else { return }
        for language in site.config.languages {
            let context = ChartContext(data: data, language: language, site: site, id: "chart-1") { "sources/\($0.source).html#m-\($0.id)" }
            try Self.checkSafe(ChartFigure.render(context), what: "chart")
        }
    }

    func numbers(_ bytes: [UInt8]) throws(BrokenPromise) {
        let text = String(decoding: bytes, as: UTF8.self)
        let chars = Array(text)
        var end = 0
        for number in NumberReader.numbers(in: chars) {
            guard number.range.lowerBound >= end, number.range.upperBound <= chars.count, !number.range.isEmpty else {
                throw BrokenPromise("number \(number) at \(number.range) overlaps the one before or leaves the text (\(chars.count) characters)")
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
                throw BrokenPromise("'\(written)' (\(language.code)) does not read back as \(valueText) \(unit.zh)")
            }
        }
    }

    func quotes(_ bytes: [UInt8]) throws(BrokenPromise) {
        var diagnostics: [Diagnostic] = []
        guard let file = try decode(bytes, diagnostics: &diagnostics) else { return }
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
        if got != expected { throw BrokenPromise("quote search for '\(quote)': index says \(got), a plain scan says \(expected)") }
    }

    // MARK: Promises

    /// Every diagnostic points at the fuzzed file, inside it.
    static func checkPlaces(_ diagnostics: [Diagnostic], lines: Int) throws(BrokenPromise) {
        for d in diagnostics where d.file == file {
            guard d.line >= 1, d.line <= lines, d.column >= 1 else {
                throw BrokenPromise("diagnostic outside the input (\(lines) lines): \(d.description)")
            }
        }
    }

    /// Markup we write has no script element, no event-handler attribute and no javascript: URL.
    static func checkSafe(_ html: String, what: String) throws(BrokenPromise) {
        if let problem = HTMLSafety.firstProblem(in: html) { throw BrokenPromise("\(what): \(problem)") }
    }
}
