// `reportsite-bench`: measurements that are too slow or too noisy for unit
// tests. Each benchmark times a peer in the same run and prints medians and
// ratios as a Markdown table (appended to BENCHMARKS.md by `make bench`).
import Foundation
import ReportSite

/// A small deterministic generator (SplitMix64) so every run measures the same input.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    work()
    let d = start.duration(to: clock.now)
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Quote lookup at scale: 20,000 citable blocks in 500 sources, 100,000 claims.
/// Peer: a naive scan of the claimed source's blocks with `String.contains`.
func quoteIndexBenchmark(content: URL, templates: URL, runs: Int) -> String {
    let (loaded, diagnostics) = ContentLoader(contentRoot: content, templatesRoot: templates).load()
    guard let site = loaded else {
        return "quote index: cannot load \(content.path): \(diagnostics.prefix(3).map(\.description))"
    }
    let texts = site.sources.filter { !$0.isTranslation }.flatMap { $0.citable.map(\.text) }.filter { $0.count >= 30 }
    var random = Random(state: 42)
    let digits = Array("0123456789")
    // 500 sources × 40 blocks, each a sample paragraph with its digits reshuffled so that blocks differ.
    var sources: [Source] = []
    for s in 0..<500 {
        var markdown = ""
        for _ in 0..<40 {
            let text = texts[random.below(texts.count)].map { $0.isASCII && $0.isNumber ? digits[random.below(10)] : $0 }
            markdown += String(text).replacingOccurrences(of: "\n", with: " ") + "\n\n"
        }
        let numbered = CitableBlocks.number(MarkdownParser().parse(markdown), file: "bench-\(s).md")
        sources.append(Source(slug: "bench-\(s)", language: site.config.defaultLanguage, file: "bench-\(s).md", title: "bench",
                              entities: [], blocks: numbered.blocks, citable: numbered.citable))
    }
    let blockCount = sources.reduce(0) { $0 + $1.citable.count }
    // 100,000 claims: a 10–24 character span of a random block of a random source; 1 in 1,000 altered so it is not found.
    var claims: [(String, String)] = []
    for i in 0..<100_000 {
        let source = sources[random.below(sources.count)]
        let block = Array(source.citable[random.below(source.citable.count)].text)
        let length = 10 + random.below(15)
        let start = random.below(max(1, block.count - length))
        var quote = Array(block[start..<min(block.count, start + length)])
        if i % 1000 == 999 { quote[quote.count / 2] = "龘" }
        claims.append((source.slug, String(quote)))
    }
    var buildTimes: [Double] = [], lookupTimes: [Double] = [], peerTimes: [Double] = []
    var found = 0, ambiguous = 0, missing = 0
    let peerClaims = 2_000
    for _ in 0..<runs {
        var index: QuoteIndex!
        buildTimes.append(seconds { index = QuoteIndex(sources: sources) })
        found = 0; ambiguous = 0; missing = 0
        lookupTimes.append(seconds {
            for (slug, quote) in claims {
                switch index.find(quote, in: slug) {
                case .found: found += 1
                case .ambiguous: ambiguous += 1
                default: missing += 1
                }
            }
        })
        // The peer scans the claimed source's blocks for each claim, on a sample of claims.
        let bySlug = Dictionary(uniqueKeysWithValues: sources.map { ($0.slug, $0.citable.map(\.text)) })
        var peerFound = 0
        peerTimes.append(seconds {
            for (slug, quote) in claims.prefix(peerClaims) where bySlug[slug]!.contains(where: { $0.contains(quote) }) { peerFound += 1 }
        } * Double(claims.count) / Double(peerClaims))
    }
    let build = median(buildTimes), lookup = median(lookupTimes), peer = median(peerTimes)
    var out = "Median of \(runs) runs. "
    out += "\(blockCount) citable blocks in \(sources.count) sources, \(claims.count) claims "
    out += "(\(found) found, \(ambiguous) ambiguous, \(missing) not found with a did-you-mean search).\n\n"
    out += "| step | median | per claim |\n|---|---:|---:|\n"
    out += String(format: "| build the index | %.3f s | |\n", build)
    out += String(format: "| resolve 100,000 claims | %.3f s | %.2f µs |\n", lookup, lookup / Double(claims.count) * 1e6)
    out += String(format: "| index build + resolve | %.3f s | |\n", build + lookup)
    out += String(format: "| peer: naive scan of the claimed source (%d claims, scaled) | %.3f s | %.2f µs |\n", peerClaims, peer, peer / Double(claims.count) * 1e6)
    out += String(format: "\nThe index resolves claims %.0f× faster than scanning the source per claim, and a naive scan of the whole corpus per claim would cost another ×%d.\n", peer / lookup, sources.count)
    return out
}

let arguments = CommandLine.arguments
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 5
switch arguments.count > 1 ? arguments[1] : "" {
case "generate":
    // reportsite-bench generate N DIR: the benchmark corpus (DIR/site and its Hugo twin DIR/hugo).
    guard arguments.count == 4, let n = Int(arguments[2]) else {
        FileHandle.standardError.write(Data("usage: reportsite-bench generate N DIR\n".utf8))
        exit(2)
    }
    do {
        try CorpusGenerator(sample: URL(fileURLWithPath: "Content"), templates: URL(fileURLWithPath: "Templates"))
            .generate(reports: n, into: URL(fileURLWithPath: arguments[3]))
    } catch {
        FileHandle.standardError.write(Data("cannot generate the corpus: \(error)\n".utf8))
        exit(1)
    }
case "compare":
    // reportsite-bench compare N [N…]: ReportSite against Hugo on generated corpora of N reports.
    let sizes = arguments.dropFirst(2).compactMap { Int($0) }
    let hugo = ["/usr/bin/hugo", "/usr/local/bin/hugo"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "hugo"
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportsite").path
    let comparison = HugoComparison(reportsite: binary, hugo: hugo, runs: runs)
    for n in sizes {
        let corpus = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("reportsite-bench-\(n)")
        do {
            let results = try comparison.compare(reports: n, corpus: corpus, sample: URL(fileURLWithPath: "Content"), templates: URL(fileURLWithPath: "Templates"))
            let reports = corpus.appendingPathComponent("site/Content/reports")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
            let bytes = names.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: reports.appendingPathComponent($1).path)[.size] as? Int) ?? 0) }
            print(HugoComparison.table(reports: n, files: names.count, megabytes: Double(bytes) / 1_048_576, runs: runs, results), terminator: "")
            try? FileManager.default.removeItem(at: corpus)
        } catch {
            FileHandle.standardError.write(Data("benchmark with \(n) reports failed: \(error)\n".utf8))
            exit(1)
        }
    }
case "quotes":
    print(quoteIndexBenchmark(content: URL(fileURLWithPath: "Content"), templates: URL(fileURLWithPath: "Templates"), runs: runs))
default:
    FileHandle.standardError.write(Data("usage: reportsite-bench quotes | generate N DIR | compare N [N…]\n".utf8))
    exit(2)
}
