// Chart blocks as an author writes them: a working chart becomes a figure
// with linked marks; mistakes are errors at the block's line.
import Foundation
import Testing
@testable import ReportSite

@Suite struct ChartBlockTests {
    /// The fixture's report with one chart block (its fence on line 6).
    static func report(chart: String) -> String {
        "---\ntitle: 示例\n---\n第一段。\n\n```chart\n" + chart + "```\n"
    }

    func build(chart: String) async throws -> (TestSite, BuildResult) {
        let site = try TestSite(fixture: "minimal")
        try site.write("Content/reports/summary.zh.md", Self.report(chart: chart))
        return (site, await site.build())
    }

    @Test func aChartBlockBecomesAFigureInBothLanguages() async throws {
        let (site, result) = try await build(chart: "type: bar\ntitle: { zh: 重点项目, en: Key projects }\nmetrics: [alpha.key-projects]\n")
        defer { site.remove() }
        #expect(result.succeeded, "\(result.diagnostics)")
        let zh = try site.page("reports/summary.html")
        #expect(zh.contains("<figure class=\"chart\" id=\"chart-6\" lang=\"zh-Hans\">"))
        #expect(zh.contains("<a href=\"../sources/alpha.html#m-alpha.key-projects\" aria-label=\"示例市 · 重点项目 · 2021年 · 464个\">"))
        let en = try site.page("en/reports/summary.html")
        #expect(en.contains("<title id=\"chart-6-title\">Key projects</title>"))
        #expect(en.contains("aria-label=\"Demo City · Key projects · 2021 · 464\""))
    }

    func messages(_ chart: String) async throws -> [String] {
        try await TestSite.diagnostics(of: "minimal", writing: ["Content/reports/summary.zh.md": Self.report(chart: chart)])
    }

    @Test func unknownKeysNameTheNearestValidKey() async throws {
        let m = try await messages("type: bar\ntitel: { zh: 甲, en: A }\nmetrics: [alpha.key-projects]\n")
        #expect(m.contains { $0.hasSuffix("summary.zh.md:8:1: error: unknown chart key 'titel'; did you mean 'title'?") }, "\(m)")
    }

    @Test func unknownChartType() async throws {
        let m = try await messages("type: pie\ntitle: { zh: 甲, en: A }\nmetrics: [alpha.key-projects]\n")
        #expect(m.contains { $0.contains("summary.zh.md:7:7: error: unknown chart type 'pie'") }, "\(m)")
    }

    @Test func unknownMetric() async throws {
        let m = try await messages("title: { zh: 甲, en: A }\nmetrics: [alpha.key-project]\n")
        // At the id itself, inside the block's list.
        #expect(m.contains { $0.contains("summary.zh.md:8:11: error: unknown metric 'alpha.key-project' in chart; did you mean 'alpha.key-projects'?") }, "\(m)")
    }

    @Test func emptySelection() async throws {
        let m = try await messages("title: { zh: 甲, en: A }\nselect: { indicator: key-projects, period: \"2030\" }\n")
        #expect(m.contains { $0.contains("summary.zh.md:6:1: error: chart selection matches no metric") }, "\(m)")
    }

    @Test func mixingKindsOfQuantity() async throws {
        let m = try await messages("title: { zh: 甲, en: A }\nmetrics: [alpha.key-projects, alpha.investment]\n")
        #expect(m.contains { $0.contains("summary.zh.md:6:1: error: chart mixes quantities of different kinds") }, "\(m)")
    }

    @Test func entityDashboardCharts() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/entities.yaml", """
            demo-city:
              name: { zh: 示例市, en: Demo City }
              charts:
                - type: column
                  title: { zh: 重点项目, en: Key projects }
                  metrics: [alpha.key-projects]
            """)
        let result = await site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(try site.page("entities/demo-city.html").contains("<figure class=\"chart\" id=\"chart-1\""))
    }
}
