// Whatever the input, a build ends with diagnostics, never a crash: each case
// plants one mistake in a copy of the minimal fixture site and checks the
// diagnostic's file and line, that Output/ is byte for byte what it was, and
// that nothing was written outside Output/ and the cache folder.
import Foundation
import Testing
@testable import ReportSite

struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    /// Files to write (relative to the site folder), as text or raw bytes.
    var files: [String: [UInt8]]
    var remove: [String] = []
    /// Where the first error must point: a file suffix and a line; nil when the build must succeed.
    var error: (file: String, line: Int)?
    var warning: String? = nil
    var symlinkOut = false
    var testDescription: String { name }

    init(_ name: String, _ files: [String: String], error: (String, Int)?, warning: String? = nil, remove: [String] = []) {
        self.name = name
        self.files = files.mapValues { Array($0.utf8) }
        self.error = error
        self.warning = warning
        self.remove = remove
    }
}

@Suite struct BadInputTests {
    static let report = "Content/reports/summary.zh.md"
    static let front = "---\ntitle: 示例\n---\n"

    static let cases: [BadInput] = {
        var cases: [BadInput] = [
            BadInput("malformed YAML in front matter", ["Content/sources/beta.zh.md": "---\ntitle: [第二篇\n---\n只有一段。\n"], error: ("beta.zh.md", 3)),
            BadInput("malformed site.yaml", ["Content/site.yaml": "title: { zh: 甲, en: A\nlanguages: [zh, en]\n"], error: ("site.yaml", 2)),
            BadInput("malformed metrics file", ["Content/metrics/alpha.yaml": "metrics:\n  - id: x\n    value: [1\n"], error: ("alpha.yaml", 4)),
            BadInput("malformed chart block", [report: front + "```chart\ntype: bar\ntitle: { zh: 甲\n```\n"], error: ("summary.zh.md", 7)),
            BadInput("wrong type: a title that is a list", ["Content/sources/beta.zh.md": "---\ntitle: [a, b]\n---\n只有一段。\n"], error: ("beta.zh.md", 2)),
            BadInput("unknown front matter key is a warning", ["Content/sources/beta.zh.md": "---\ntitle: 第二篇\ntittle: x\n---\n只有一段。\n"], error: nil, warning: "did you mean 'title'"),
            BadInput("metric missing its value", ["Content/metrics/alpha.yaml": "defaults: { source: alpha, entity: demo-city }\nmetrics:\n  - id: alpha.x\n    indicator: key-projects\n    period: \"2021\"\n    unit: 个\n    quote: 实施重点项目464个\n"], error: ("alpha.yaml", 3)),
            BadInput("empty source file", ["Content/sources/gamma.zh.md": ""], error: ("gamma.zh.md", 1)),
            BadInput("empty report file", [report: ""], error: ("summary.zh.md", 1)),
            BadInput("BOM and CRLF are accepted", ["Content/sources/beta.zh.md": "\u{FEFF}---\r\ntitle: 第二篇\r\n---\r\n只有一段。\r\n"], error: nil),
            BadInput("10,000 nested block quotes", ["Content/sources/gamma.zh.md": front + String(repeating: ">", count: 10_000) + " 深\n"], error: ("gamma.zh.md", 4)),
            BadInput("5,000 nested emphases", ["Content/sources/gamma.zh.md": front + (0..<5000).map { "*a\($0) " }.joined() + String(repeating: " b*", count: 5000) + "\n"], error: ("gamma.zh.md", 4)),
            BadInput("3,000 nested list items", ["Content/sources/gamma.zh.md": front + (0..<3000).map { String(repeating: "  ", count: $0) + "- x\n" }.joined()], error: ("gamma.zh.md", 102)),
            BadInput("YAML nested 10,000 deep", ["Content/sources/gamma.zh.md": "---\ntitle: x\nsubtitle: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n"], error: ("gamma.zh.md", 3)),
            BadInput("duplicate block ids", ["Content/sources/gamma.zh.md": front + "甲 {#a}\n\n乙 {#a}\n"], error: ("gamma.zh.md", 6)),
            BadInput("duplicate metric ids", ["Content/metrics/beta.yaml": "metrics:\n  - id: alpha.key-projects\n    source: alpha\n    entity: demo-city\n    indicator: key-projects\n    period: \"2021\"\n    value: 464\n    unit: 个\n    quote: 实施重点项目464个\n"], error: ("beta.yaml", 2)),
            BadInput("bad file name", ["Content/sources/Gamma_1.zh.md": front + "正文\n"], error: ("Gamma_1.zh.md", 1)),
            BadInput("bad entity id", ["Content/entities.yaml": "demo-city: { name: { zh: 示例市, en: Demo City } }\nBad_City: { name: { zh: 坏, en: Bad } }\n"], error: ("entities.yaml", 2)),
            BadInput("unknown unit", ["Content/metrics/alpha.yaml": "defaults: { source: alpha, entity: demo-city }\nmetrics:\n  - id: alpha.x\n    indicator: key-projects\n    period: \"2021\"\n    value: 464\n    unit: 个儿\n    quote: 实施重点项目464个\n"], error: ("alpha.yaml", 7)),
            BadInput("unknown metric in a claim", [report: front + "共[](metric:alpha.nothing)。\n"], error: ("summary.zh.md", 4)),
            BadInput("unknown source in a claim", [report: front + "[甲](source:nowhere \"引语\")\n"], error: ("summary.zh.md", 4)),
            BadInput("ambiguous quote", ["Content/sources/gamma.zh.md": front + "同一句话。\n\n同一句话。\n", report: front + "[甲](source:gamma \"同一句话\")\n"], error: ("summary.zh.md", 4)),
            BadInput("misaligned translation", ["Content/sources/beta.en.md": "---\ntitle: The second one\ntranslation_of: zh\n---\nOnly one paragraph.\n\nAn extra one.\n"], error: ("beta.en.md", 7)),
            BadInput("missing template", [:], error: ("layouts", 1), remove: ["Templates/layouts/report.mustache"]),
            BadInput("missing partial", ["Templates/partials/footer.mustache": "<footer>\n{{> nowhere}}\n</footer>\n"], error: ("footer.mustache", 2)),
            BadInput("missing string-table key", [:], error: ("i18n/zh.yaml", 1), remove: []),
            BadInput("chart with an unknown key", [report: front + "```chart\ntitle: { zh: 甲, en: A }\nmetrix: [alpha.key-projects]\n```\n"], error: ("summary.zh.md", 6)),
        ]
        var utf8 = BadInput("invalid UTF-8", [:], error: ("gamma.zh.md", 4))
        utf8.files = ["Content/sources/gamma.zh.md": Array((front + "正文").utf8) + [0xFF, 0xFE] + Array("\n".utf8)]
        cases.append(utf8)
        var symlink = BadInput("symbolic link out of Content/", [:], error: ("gamma.zh.md", 1))
        symlink.symlinkOut = true
        cases.append(symlink)
        return cases
    }()

    /// Every file of the site folder except Output/ and the cache: what a build must not touch.
    static func inputs(_ site: TestSite) -> [String: Data] {
        snapshot(of: site.folder).filter { !$0.key.hasPrefix("Output/") && !$0.key.hasPrefix(".reportsite/") }
    }

    @Test(arguments: cases)
    func badInputIsADiagnosticNeverACrash(_ input: BadInput) async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = snapshot(of: site.output)
        for (path, bytes) in input.files { try site.write(path, String(decoding: [], as: UTF8.self)); try Data(bytes).write(to: site.folder.appendingPathComponent(path)) }
        for path in input.remove { try FileManager.default.removeItem(at: site.folder.appendingPathComponent(path)) }
        if input.name == "missing string-table key" {
            let zh = try site.read("Templates/i18n/zh.yaml")
            try site.write("Templates/i18n/zh.yaml", zh.split(separator: "\n").filter { !$0.hasPrefix("nav_home:") }.joined(separator: "\n") + "\n")
        }
        if input.symlinkOut {
            let outside = site.folder.appendingPathComponent("outside.md")
            try Data((Self.front + "外面\n").utf8).write(to: outside)
            try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("sources/gamma.zh.md"), withDestinationURL: outside)
        }
        let inputsBefore = Self.inputs(site)
        let result = await site.build()
        if let (file, line) = input.error {
            #expect(!result.succeeded, "\(input.name): the build succeeded")
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.contains { $0.file.contains(file) && $0.line == line }, "\(input.name): \(errors.map(\.description))")
            #expect(snapshot(of: site.output) == before, "\(input.name): Output/ changed")
        } else {
            #expect(result.succeeded, "\(input.name): \(result.diagnostics.map(\.description))")
        }
        if let warning = input.warning {
            #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains(warning) }, "\(input.name)")
        }
        #expect(Self.inputs(site) == inputsBefore, "\(input.name): the build wrote outside Output/")
    }

    @Test func aTwentyMegabyteArticleBuilds() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let paragraph = "葫芦岛市实施重点项目464个,总投资达2143亿元,年度计划完成投资313亿元,截至目前,393个项目开工。大项目顶天立地,中小企业亦如雨后春笋茁壮成长。\n\n"
        let count = 20_000_000 / paragraph.utf8.count
        try site.write("Content/sources/gamma.zh.md", Self.front + String(repeating: paragraph, count: count))
        let result = await site.build()
        #expect(result.succeeded, "\(result.diagnostics.prefix(3))")
        #expect(try site.page("sources/gamma.html").contains("id=\"p\(count)\""))
    }
}
