// Script and event-handler payloads in every text a site carries (titles,
// summaries, entity and indicator names, metric notes, chart titles, quotes,
// link URLs) come out escaped or neutralised: the built pages, parsed, hold no
// script but the theme's own, no on* attributes and no javascript: URLs.
import Foundation
import Testing
@testable import ReportSite

@Suite struct HostileContentTests {
    static let payload = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'"

    @Test func payloadsEverywhereAreNeutralised() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let p = Self.payload.replacingOccurrences(of: "\"", with: "\\\"")
        try site.write("Content/site.yaml", """
            title: { zh: "站\(p)", en: "Site\(p)" }
            description: { zh: "描述\(p)", en: "About\(p)" }
            languages: [zh, en]
            base_url: https://example.org/test/
            """)
        try site.write("Content/entities.yaml", """
            demo-city:
              name: { zh: "示例市\(p)", en: "Demo\(p)" }
              charts:
                - type: bar
                  title: { zh: "图\(p)", en: "Chart\(p)" }
                  note: { zh: "注\(p)", en: "Note\(p)" }
                  metrics: [alpha.key-projects, alpha.other]
                  group: indicator
            """)
        try site.write("Content/indicators.yaml", """
            key-projects:
              name: { zh: "重点项目\(p)", en: "Key projects\(p)" }
            other:
              name: { zh: "其他\(p)", en: "Other\(p)" }
            """)
        try site.write("Content/metrics/alpha.yaml", """
            defaults: { source: alpha, entity: demo-city }
            metrics:
              - id: alpha.key-projects
                indicator: key-projects
                period: "2021"
                value: 464
                unit: 个
                quote: 实施重点项目464个
              - id: alpha.other
                indicator: other
                period: "2021"
                value: 2143
                unit: 个
                verify: false
                note: { zh: "说明\(p)", en: "Why\(p)" }
                quote: 总投资达2143亿元
            """)
        try site.write("Content/sources/alpha.zh.md", """
            ---
            title: "标题\(p)"
            subtitle: "副\(p)"
            author: "作者\(p)"
            publication: "报\(p)"
            ---
            实施重点项目464个,总投资达2143亿元。

            <b onclick="alert(3)">加粗</b>[链接](javascript:alert(4)) [另一个](JaVaScRiPt:alert(5)) ![图](javascript:alert(6))

            <a href="javascript:alert(7)">原始链接</a>
            """)
        try site.write("Content/reports/summary.zh.md", """
            ---
            title: "报告\(p)"
            summary: "摘要\(p)"
            ---
            共[](metric:alpha.key-projects),[引用\(Self.payload)](source:alpha "实施重点项目464个")。

            [外链](https://example.org/"onmouseover="alert(8)) [脚本](javascript:alert(9))
            """)
        let result = await site.build()
        #expect(result.succeeded, "\(result.diagnostics.map(\.description))")
        var checked = 0
        for (path, data) in snapshot(of: site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let scripts = html.matches(of: try Regex(#"<script\b[^>]*>"#)).map { String(html[$0.range]) }
            #expect(scripts.allSatisfy { $0.contains("assets/lang-switch.js") }, "\(path): \(scripts)")
            // Attribute names of every tag, read with their quoting (escaped text inside a value is not an attribute).
            for tag in html.matches(of: try Regex(#"<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*/?>"#)) {
                let attributes = String(tag.output[1].substring ?? "")
                for attribute in attributes.matches(of: try Regex(#"\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"#)) {
                    let name = String(attribute.output[1].substring!).lowercased()
                    #expect(!name.hasPrefix("on"), "\(path): attribute \(name) in \(html[tag.range].prefix(120))")
                }
            }
            #expect(!html.lowercased().contains("javascript:"), "\(path): a javascript: URL")
            #expect(!html.contains("<img src=x"), "\(path)")
            checked += 1
        }
        #expect(checked >= 10)
    }
}
