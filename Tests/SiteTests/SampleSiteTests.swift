// The sample site (Content/ + Templates/) as a reader and a CI pipeline see it:
// it builds, every link and fragment resolves offline, pages declare their
// language and counterparts, and builds are reproducible.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReportSite

/// Builds the sample once and shares it among the tests that only read it.
actor SampleBuild {
    static let shared = SampleBuild()
    private var built: (TestSite, BuildResult)?

    func site() async throws -> (TestSite, BuildResult) {
        if let built { return built }
        let site = try TestSite()
        let result = await site.build()
        built = (site, result)
        return (site, result)
    }
}

@Suite struct SampleSiteTests {
    @Test func buildsWithoutErrorsOrWarnings() async throws {
        let (_, result) = try await SampleBuild.shared.site()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.sources == 10)
    }

    /// Every page in both languages: homes, metrics, and one page per report, source and entity.
    @Test func writesEveryPageInBothLanguages() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let files = Set(snapshot(of: site.output).keys)
        func slugs(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent(folder).path)
                .compactMap { FileName.parse($0)?.slug }
        }
        let entities = try String(contentsOf: site.content.appendingPathComponent("entities.yaml"), encoding: .utf8)
            .split(separator: "\n").compactMap { line -> String? in
                guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
                return String(line[..<colon])
            }
        var expected: Set<String> = ["404.html", "sitemap.xml", "assets/site.css", "assets/lang-switch.js"]
        for prefix in ["", "en/"] {
            expected.insert(prefix + "index.html")
            expected.insert(prefix + "metrics.html")
            for slug in try slugs("sources") { expected.insert(prefix + "sources/\(slug).html") }
            for slug in try slugs("reports") { expected.insert(prefix + "reports/\(slug).html") }
            for id in entities { expected.insert(prefix + "entities/\(id).html") }
        }
        #expect(files == expected)
        for slug in ["huludao-2021", "yingkou-ftz-2022", "yingkou-2023", "huludao-2023", "dalian-2022"] {
            #expect(files.contains("sources/\(slug).html") && files.contains("en/sources/\(slug).html"))
        }
    }

    /// An offline reader opens Output/index.html from disk: every link must name
    /// an existing file, and every #fragment an id on that page.
    @Test func everyLinkAndFragmentResolvesOffline() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let files = snapshot(of: site.output)
        var ids: [String: Set<String>] = [:]
        for (path, data) in files where path.hasSuffix(".html") {
            ids[path] = Set(attributeValues("id", in: String(decoding: data, as: UTF8.self)))
        }
        var broken: [String] = []
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for raw in attributeValues("href", in: html) + attributeValues("src", in: html) {
                let link = raw.htmlUnescaped
                if link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:") { continue }
                checked += 1
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let filePart = String(parts[0]), fragment = parts.count > 1 ? String(parts[1]) : nil
                let target: String
                if filePart.isEmpty {
                    target = path
                } else {
                    let base = URL(fileURLWithPath: "/root/" + path).deletingLastPathComponent()
                    target = String(URL(fileURLWithPath: filePart.removingPercentEncoding ?? filePart, relativeTo: base).standardizedFileURL.path.dropFirst("/root/".count))
                }
                guard files[target] != nil else { broken.append("\(path): \(link) (no file \(target))"); continue }
                if let fragment, !(ids[target]?.contains(fragment.removingPercentEncoding ?? fragment) ?? false) {
                    broken.append("\(path): \(link) (no id '\(fragment)' in \(target))")
                }
            }
        }
        #expect(checked > 100)
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test func linksAreRelativeAndNameTheirFile() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        for (path, data) in snapshot(of: site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in attributeValues("href", in: html) + attributeValues("src", in: html) where !link.hasPrefix("http") {
                #expect(!link.hasPrefix("/"), "\(path): \(link)")
                #expect(!link.hasSuffix("/"), "\(path): \(link)")
            }
        }
    }

    @Test func pagesDeclareTheirLanguageAndCounterparts() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let zh = try site.page("sources/dalian-2022.html")
        #expect(zh.contains("<html lang=\"zh-Hans\""))
        #expect(zh.contains("hreflang=\"en\" href=\"../en/sources/dalian-2022.html\""))
        #expect(zh.contains("hreflang=\"zh-Hans\" href=\"dalian-2022.html\""))
        let en = try site.page("en/sources/dalian-2022.html")
        #expect(en.contains("<html lang=\"en\""))
        #expect(en.contains("href=\"../../sources/dalian-2022.html\""))
        let enHome = try site.page("en/index.html")
        #expect(enHome.contains("href=\"../index.html\""))
    }

    /// The English source page shows each translated block beside its original;
    /// the original keeps the block ids and marks, the Chinese page shows the original only.
    @Test func englishSourcePagesShowParallelText() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let en = try site.page("en/sources/huludao-2021.html")
        #expect(en.contains("<input type=\"checkbox\" id=\"hide-original\""))
        #expect(en.contains("<div class=\"parallel-original prose\" lang=\"zh-Hans\">"))
        #expect(en.contains("<div class=\"parallel-translation prose\" lang=\"en\">"))
        let rows = en.components(separatedBy: "<div class=\"parallel-row\">").count - 1
        #expect(rows >= 80)
        #expect(en.contains("<mark id=\"m-huludao-2021.key-projects\">实施重点项目464个</mark>"))
        #expect(en.contains("464 key projects"))
        let translationColumns = en.components(separatedBy: "<div class=\"parallel-translation prose\" lang=\"en\">").dropFirst()
        #expect(translationColumns.allSatisfy { !$0.prefix(while: { $0 != "<" || true }).isEmpty })
        #expect(!translationColumns.contains { $0.components(separatedBy: "</div>")[0].contains(" id=\"p") })
        let zh = try site.page("sources/huludao-2021.html")
        #expect(!zh.contains("parallel-row"))
    }

    /// Every page exists in both languages and each declares and links the other.
    @Test func everyPageHasItsCounterpart() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let files = snapshot(of: site.output)
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let counterpart = path.hasPrefix("en/") ? String(path.dropFirst(3)) : "en/" + path
            #expect(files[counterpart] != nil, "\(path) has no counterpart")
            let html = String(decoding: data, as: UTF8.self)
            let link = SitePath.relative(from: path, to: counterpart)
            #expect(html.contains("hreflang=\"\(path.hasPrefix("en/") ? "zh-Hans" : "en")\" href=\"\(link)\""), "\(path)")
            #expect(html.contains("<a href=\"\(link)\" hreflang="), "\(path): no switcher link")
        }
    }

    @Test func sourcePagesNumberEveryParagraphWithPermalinks() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let html = try site.page("sources/huludao-2021.html")
        #expect(html.contains("<h2 id=\"p3\">核心提示"))
        #expect(html.contains("href=\"#p4\" aria-label="))
        #expect(html.contains("<p id=\"p1\" class=\"caption\">韩西石化厂区。"))
        #expect(!html.contains("{.caption}"))
    }

    @Test func homeListsSourcesNewestFirst() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let html = try site.page("index.html")
        let order = ["huludao-2023", "yingkou-2023", "yingkou-ftz-2022", "dalian-2022", "huludao-2021"].map { slug in
            html.range(of: "sources/\(slug).html")!.lowerBound
        }
        #expect(order == order.sorted())
    }

    @Test func sitemapListsEveryPageWithAlternates() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let xml = try site.page("sitemap.xml")
        let pages = snapshot(of: site.output).keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(xml.components(separatedBy: "<url>").count - 1 == pages.count)
        #expect(xml.contains("<loc>https://example.org/liaoning/en/sources/yingkou-2023.html</loc>"))
        #expect(xml.contains("hreflang=\"zh-Hans\" href=\"https://example.org/liaoning/sources/yingkou-2023.html\""))
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let (first, _) = try await SampleBuild.shared.site()
        let second = try TestSite()
        defer { second.remove() }
        let result = await second.build()
        #expect(result.succeeded)
        let a = snapshot(of: first.output), b = snapshot(of: second.output)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }
}

/// The evidence trail of the sample, followed as a reader would: from every
/// claim to its mark, and from every marked block back to the claim.
@Suite struct SampleEvidenceTests {
    /// The blocks of a page: id → the HTML from its opening tag to the next block's.
    static func blocks(of html: String) -> [String: Substring] {
        let opening = try! Regex(#"<(?:p|h[1-6]|li|blockquote|div)(?: class="[^"]*")? id="([^"]+)""#)
        let matches = html.matches(of: opening)
        var out: [String: Substring] = [:]
        for (i, m) in matches.enumerated() {
            let end = i + 1 < matches.count ? matches[i + 1].range.lowerBound : html.endIndex
            out[String(m.output[1].substring!)] = html[m.range.lowerBound..<end]
        }
        return out
    }

    @Test func everyClaimLandsOnAMarkWhoseBlockLinksBack() async throws {
        let (site, result) = try await SampleBuild.shared.site()
        #expect(result.claims >= 60)
        let reports = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("reports").path)
        #expect(reports.count >= 4)
        var claims = 0
        let claimPattern = try Regex(##"<a href="([^"#]+)#([^"]+)"(?: title="[^"]*")? id="([^"]+)" class="claim"##)
        for language in ["", "en/"] {
            for file in reports {
                let html = try site.page(language + "reports/" + file)
                for m in html.matches(of: claimPattern) {
                    let (target, mark, claimID) = (String(m.output[1].substring!), String(m.output[2].substring!), String(m.output[3].substring!))
                    #expect(target.hasPrefix("../sources/"), "\(file): \(target)")
                    let page = try site.page(language + "sources/" + target.dropFirst("../sources/".count))
                    let block = Self.blocks(of: page).first { $0.value.contains("<mark id=\"\(mark)\"") || $0.value.contains("<span id=\"\(mark)\"></span>") }
                    guard let (_, content) = block else {
                        Issue.record("\(language)\(file): claim \(claimID) → \(target)#\(mark): no mark")
                        continue
                    }
                    #expect(content.contains("reports/\(file)#\(claimID)\""), "\(file): block with \(mark) does not link back to \(claimID)")
                    claims += 1
                }
            }
        }
        // Each language's report pages carry their own claims.
        #expect(claims == result.claims)
    }

    @Test func everyMetricRowLinksToItsMarkedQuote() async throws {
        let (site, result) = try await SampleBuild.shared.site()
        let html = try site.page("metrics.html")
        let rows = html.matches(of: try Regex(#"<tr id="(m-[^"]+)""#)).map { String($0.output[1].substring!) }
        #expect(rows.count == result.metrics)
        let sources = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("sources").path)
        let marks = try sources.map { try site.page("sources/" + $0) }.joined()
        // A metric whose quote overlaps another's is anchored inside the shared mark.
        for row in rows { #expect(marks.contains("<mark id=\"\(row)\"") || marks.contains("<span id=\"\(row)\"></span>"), "\(row)") }
    }
}

/// The sample's charts, as a reader and a screen reader meet them.
@Suite struct SampleChartTests {
    @Test func everyChartIsWellFormedTitledDescribedTabulatedAndLinked() async throws {
        let (site, _) = try await SampleBuild.shared.site()
        let files = snapshot(of: site.output)
        var charts = 0
        for (path, data) in files where path.hasSuffix(".html") && !path.hasPrefix("en/") {
            let html = String(decoding: data, as: UTF8.self)
            for figure in html.components(separatedBy: "<figure class=\"chart\"").dropFirst() {
                let body = String(figure[..<figure.range(of: "</figure>")!.lowerBound])
                let svg = String(body[body.range(of: "<svg")!.lowerBound..<body.range(of: "</svg>")!.upperBound])
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(path): malformed SVG")
                #expect(svg.contains("<title id=") && svg.contains("<desc id="), "\(path)")
                #expect(body.contains("<details class=\"chart-data\">") && body.contains("<table>"), "\(path)")
                let marks = svg.matches(of: try Regex(##"<a href="([^"#]+)#(m-[^"]+)" aria-label="[^"]+">"##))
                #expect(!marks.isEmpty, "\(path): no linked marks")
                for mark in marks {
                    let target = URL(fileURLWithPath: "/root/" + path).deletingLastPathComponent()
                        .appendingPathComponent(String(mark.output[1].substring!)).standardizedFileURL.path.dropFirst("/root/".count)
                    let page = String(decoding: files[String(target)] ?? Data(), as: UTF8.self)
                    let id = String(mark.output[2].substring!)
                    #expect(page.contains("<mark id=\"\(id)\"") || page.contains("<span id=\"\(id)\"></span>"), "\(path): \(id) not marked in \(target)")
                }
                charts += 1
            }
        }
        #expect(charts >= 12)
    }
}
