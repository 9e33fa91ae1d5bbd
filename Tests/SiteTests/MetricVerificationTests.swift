// The promise of the sample: every metric is verified, and a planted wrong
// digit in any value, or a character of any quote changed to one the source
// does not contain, fails the build at that line of the metrics YAML.
import Foundation
import Testing
@testable import ReportSite

@Suite struct MetricVerificationTests {
    /// The sample, loaded once; and a resolver over it (the code the build runs).
    static let loaded: (Site, Resolver, [Diagnostic]) = {
        let (site, diagnostics) = ContentLoader(contentRoot: Repo.content, templatesRoot: Repo.templates).load()
        let s = site!
        return (s, Resolver(site: s), diagnostics)
    }()

    static func metricsFiles() -> [URL] {
        ContentFile.sortedEntries(of: Repo.content.appendingPathComponent("metrics")).filter { $0.pathExtension == "yaml" }
    }

    /// Reloads a metrics file whose text was changed, the way the build loads it.
    static func reload(_ url: URL, text: String) -> ([Metric], [Diagnostic]) {
        let (site, _, _) = loaded
        let loader = MetricLoader(languages: site.config.languages, entities: Set(site.entities.map(\.id)),
                                  indicators: Set(site.indicators.map(\.id)), sources: Set(site.sourceSlugs))
        var diagnostics: [Diagnostic] = []
        let file = ContentFile(displayPath: ContentFile.displayPath(url), text: text)
        return (loader.load([file], diagnostics: &diagnostics), diagnostics)
    }

    @Test func everySampleMetricVerifies() {
        let (site, resolver, diagnostics) = Self.loaded
        #expect(diagnostics.isEmpty)
        #expect(site.metrics.count >= 150)
        let unverified = site.metrics.filter { !$0.verify }
        #expect(Double(unverified.count) <= 0.05 * Double(site.metrics.count))
        #expect(unverified.allSatisfy { $0.note != nil })
        for city in ["huludao", "yingkou", "dalian"] {
            #expect(site.metrics.contains { $0.entity == city })
        }
        for metric in site.metrics {
            let (location, problems) = resolver.verify(metric)
            #expect(location != nil && problems.isEmpty, "\(metric.id): \(problems)")
        }
    }

    /// Each digit of each value, raised by one, in the YAML text: an error at the value's line.
    @Test(arguments: metricsFiles())
    func aWrongDigitInAnyValueFailsAtItsLine(_ url: URL) throws {
        let (site, resolver, _) = Self.loaded
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let display = ContentFile.displayPath(url)
        let metrics = site.metrics.filter { $0.valuePlace.file == display && $0.verify }
        #expect(!metrics.isEmpty)
        var mutations = 0
        for metric in metrics {
            let lineIndex = metric.valuePlace.line - 1
            let original = lines[lineIndex]
            let valueStart = original.index(original.startIndex, offsetBy: metric.valuePlace.column - 1)
            let digits = original[valueStart...].prefix { $0.isNumber || $0 == "." }
            for (k, ch) in digits.enumerated() where ch.isNumber {
                var changed = Array(digits)
                changed[k] = Character(String((Int(String(ch))! + 1) % 10))
                lines[lineIndex] = String(original[..<valueStart]) + String(changed) + String(original[valueStart...].dropFirst(digits.count))
                let (reloaded, loadProblems) = Self.reload(url, text: lines.joined(separator: "\n"))
                lines[lineIndex] = original
                #expect(loadProblems.isEmpty)
                guard let mutated = reloaded.first(where: { $0.id == metric.id }) else { Issue.record("\(metric.id) lost"); continue }
                let (_, problems) = resolver.verify(mutated)
                #expect(problems.contains { $0.severity == .error && $0.file == display && $0.line == metric.valuePlace.line },
                        "\(metric.id): value \(String(changed)) was not rejected at line \(metric.valuePlace.line)")
                mutations += 1
            }
        }
        #expect(mutations >= metrics.count)
    }

    /// Each character of each quote replaced by one the source does not contain: an error at the quote's line.
    @Test(arguments: metricsFiles())
    func aForeignCharacterInAnyQuoteFailsAtItsLine(_ url: URL) throws {
        let (site, resolver, _) = Self.loaded
        let display = ContentFile.displayPath(url)
        let text = try String(contentsOf: url, encoding: .utf8)
        let metrics = site.metrics.filter { $0.quotePlace.file == display }
        for metric in metrics {
            let quote = Array(metric.quote)
            // Through the YAML once, to prove the line; then every position through the same check.
            let yamlMutated = text.replacingOccurrences(of: "quote: \(metric.quote)\n", with: "quote: 龘\(metric.quote.dropFirst())\n")
            if yamlMutated != text {
                let (reloaded, _) = Self.reload(url, text: yamlMutated)
                if let mutated = reloaded.first(where: { $0.id == metric.id }) {
                    let (_, problems) = resolver.verify(mutated)
                    #expect(problems.contains { $0.file == display && $0.line == metric.quotePlace.line }, "\(metric.id)")
                }
            }
            for k in quote.indices where !quote[k].isWhitespace {
                var changed = quote
                changed[k] = "龘"
                var mutated = metric
                mutated.quote = String(changed)
                let (location, problems) = resolver.verify(mutated)
                #expect(location == nil && problems.contains { $0.severity == .error && $0.line == metric.quotePlace.line },
                        "\(metric.id): quote with position \(k) changed was accepted")
            }
        }
    }
}
