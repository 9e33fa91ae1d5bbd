// Claims as an author writes them and a reader follows them: numbers and
// prose link to the marked quote; mistakes are errors at the link.
import Foundation
import Testing
@testable import ReportSite

@Suite struct ClaimTests {
    @Test func claimsLinkToMarksAndMarkedBlocksLinkBack() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let result = await site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.metrics == 2)
        #expect(result.claims == 4)
        let report = try site.page("reports/summary.html")
        #expect(report.contains("实施重点项目<a href=\"../sources/alpha.html#m-alpha.key-projects\" id=\"c-alpha.key-projects\" class=\"claim claim-metric\""))
        #expect(report.contains(">464个</a>,总投资<a href=\"../sources/alpha.html#m-alpha.investment\""))
        #expect(report.contains(">近2143亿元</a>"))
        #expect(report.contains("id=\"c-alpha.key-projects-2\""))
        #expect(report.contains("<a href=\"../sources/alpha.html#summary\">原文</a>"))
        #expect(report.contains("<a href=\"../entities/demo-city.html\">示例市</a>"))
        let source = try site.page("sources/alpha.html")
        #expect(source.contains("实施<mark id=\"m-alpha.key-projects\">重点项目464个</mark>") || source.contains("<mark id=\"m-alpha.key-projects\">实施重点项目464个</mark>"))
        #expect(source.contains("<mark id=\"m-alpha.investment\">总投资达2143亿元</mark>"))
        #expect(source.contains("href=\"../reports/summary.html#c-alpha.key-projects\">示例分析</a>"))
        #expect(source.contains("href=\"../metrics.html#m-alpha.key-projects\""))
        // The English page shows the Chinese report under a notice; its claims go to English source pages.
        let en = try site.page("en/reports/summary.html")
        #expect(en.contains("href=\"../sources/alpha.html#m-alpha.key-projects\""))
        #expect(en.contains("has not been written in English"))
    }

    func diagnostics(forReport body: String) async throws -> [String] {
        try await TestSite.diagnostics(of: "minimal", writing: ["Content/reports/summary.zh.md": "---\ntitle: 示例\n---\n" + body])
    }

    @Test func unknownMetricIsAnErrorAtTheLinkWithASuggestion() async throws {
        let messages = try await diagnostics(forReport: "第一段。\n\n共有[](metric:alpha.key-project)。\n")
        #expect(messages.contains { $0.hasSuffix("summary.zh.md:6:3: error: unknown metric 'alpha.key-project'; did you mean 'alpha.key-projects'?") }, "\(messages)")
    }

    @Test func quoteNotInTheSourceSuggestsTheClosestPassage() async throws {
        let messages = try await diagnostics(forReport: "据报道[总投资很大](source:alpha \"总投资达2144亿元\")。\n")
        #expect(messages.contains { $0.contains("summary.zh.md:4:4: error: quote “总投资达2144亿元” not found in alpha; did you mean “总投资达2143亿元” (p3, 1 edit away)?") }, "\(messages)")
    }

    @Test func ambiguousQuoteListsTheBlocks() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/beta.zh.md", "---\ntitle: 第二篇\n---\n重复的段落。\n\n重复的段落。\n")
        try site.write("Content/reports/summary.zh.md", "---\ntitle: 示例\n---\n[重复](source:beta \"重复的段落\")\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("summary.zh.md:4:1: error: quote “重复的段落” occurs in 2 blocks of beta (p1, p2)") }, "\(messages)")
    }

    @Test func linkTextMustStateTheValue() async throws {
        let messages = try await diagnostics(forReport: "共[465个重点项目](metric:alpha.key-projects)。\n")
        #expect(messages.contains { $0.contains("summary.zh.md:4:2: error: link text “465个重点项目” does not state the value of alpha.key-projects (464个)") }, "\(messages)")
    }

    @Test func unknownPageTargetsAreErrors() async throws {
        let messages = try await diagnostics(forReport: "[a](source:alpha#p99) [b](report:nope) [c](entity:demo) [d](source:gamma)\n")
        #expect(messages.contains { $0.contains("summary.zh.md:4:1: error: source 'alpha' has no block 'p99'") })
        #expect(messages.contains { $0.contains("summary.zh.md:4:23: error: unknown report 'nope'") })
        #expect(messages.contains { $0.contains("summary.zh.md:4:40: error: unknown entity 'demo'") })
        #expect(messages.contains { $0.contains("summary.zh.md:4:57: error: unknown source 'gamma'") }, "\(messages)")
    }

    /// The 1-based line of the first line of `text` containing `needle`.
    func line(of needle: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    @Test func unknownUnitIsAnErrorAtItsLineWithTheNearestUnit() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let yaml = try site.read("Content/metrics/alpha.yaml").replacingOccurrences(of: "unit: 个", with: "unit: 个数")
        try site.write("Content/metrics/alpha.yaml", yaml)
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("alpha.yaml:\(line(of: "个数", in: yaml)):11: error: unknown unit '个数'; did you mean '个'?") }, "\(messages)")
    }

    @Test func aValueTheQuoteDoesNotStateIsAnErrorAtTheValueLine() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let yaml = try site.read("Content/metrics/alpha.yaml").replacingOccurrences(of: "value: 2143", with: "value: 2134")
        try site.write("Content/metrics/alpha.yaml", yaml)
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("alpha.yaml:\(line(of: "2134", in: yaml)):12: error: quote “总投资达2143亿元” does not state 2134亿元; it states 2143亿元") }, "\(messages)")
    }

    @Test func duplicateMetricIDsNameBothPlaces() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/metrics/beta.yaml", "metrics:\n  - id: alpha.key-projects\n    source: alpha\n    entity: demo-city\n    indicator: key-projects\n    period: \"2021\"\n    value: 464\n    unit: 个\n    quote: 实施重点项目464个\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("beta.yaml:2:5: error: duplicate metric id 'alpha.key-projects' (also at ") && $0.contains("alpha.yaml:5") }, "\(messages)")
    }

    @Test func unverifiedMetricNeedsANote() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let yaml = try site.read("Content/metrics/alpha.yaml")
        let changed = yaml + "  - id: alpha.guess\n    indicator: key-projects\n    period: \"2021\"\n    value: 1\n    unit: 个\n    quote: 第一段\n    verify: false\n"
        try site.write("Content/metrics/alpha.yaml", changed)
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("alpha.yaml:\(line(of: "verify: false", in: changed)):13: error: verify: false needs a note") }, "\(messages)")
    }
}
