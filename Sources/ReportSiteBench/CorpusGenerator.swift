// Generates the benchmark corpus: a ReportSite site of N reports (zh + en,
// 20–40 paragraphs each, sampled from the sample site's sources, with metric
// and source claims and a chart every tenth report), and a Hugo twin with
// the same Markdown pages. Deterministic: the same N gives the same files.
import Foundation
import ReportSite

struct CorpusGenerator {
    let sample: URL      // the sample Content/
    let templates: URL   // the sample Templates/

    func generate(reports: Int, into root: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        let content = root.appendingPathComponent("site/Content"), hugo = root.appendingPathComponent("hugo")
        try fm.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
        // The sample's sources, metrics, entities and indicators are the evidence the reports cite.
        try fm.copyItem(at: sample, to: content)
        try? fm.removeItem(at: content.appendingPathComponent("reports"))
        try fm.createDirectory(at: content.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try fm.copyItem(at: templates, to: root.appendingPathComponent("site/Templates"))

        let (site, _) = ContentLoader(contentRoot: content, templatesRoot: root.appendingPathComponent("site/Templates")).load()
        guard let site else { throw CocoaError(.fileReadCorruptFile) }
        let zh = site.config.languages[0], en = site.config.languages[1]
        func paragraphs(_ language: Language) -> [String] {
            site.sources.filter { $0.language == language }.flatMap { $0.citable.filter { $0.kind == .paragraph && $0.text.count > 40 }.map(\.text) }
        }
        let zhParagraphs = paragraphs(zh), enParagraphs = paragraphs(en)
        let metrics = site.metrics.filter(\.verify)
        let quoteClaims = site.metrics.map { ($0.source, $0.quote) }
        var seenIndicators = Set<String>()
        let chartMetrics = metrics.filter { $0.unit.kind == .cny && seenIndicators.insert($0.indicator).inserted }.prefix(4).map(\.id)

        for dir in ["content", "layouts/_default", "themes"] { try fm.createDirectory(at: hugo.appendingPathComponent(dir), withIntermediateDirectories: true) }
        try Self.hugoConfig.write(to: hugo.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try Self.hugoBaseof.write(to: hugo.appendingPathComponent("layouts/_default/baseof.html"), atomically: true, encoding: .utf8)
        try Self.hugoSingle.write(to: hugo.appendingPathComponent("layouts/_default/single.html"), atomically: true, encoding: .utf8)
        try Self.hugoList.write(to: hugo.appendingPathComponent("layouts/_default/list.html"), atomically: true, encoding: .utf8)

        var random = Random(state: UInt64(reports))
        for i in 0..<reports {
            let slug = String(format: "report-%05d", i)
            let count = 20 + random.below(21)
            var bodies: [String: String] = [:]
            for (language, pool) in [(zh, zhParagraphs), (en, enParagraphs)] {
                var lines: [String] = []
                var r = Random(state: UInt64(i) &* 7919)   // the same structure in both languages
                for p in 0..<count {
                    if p % 8 == 0 { lines.append("## " + (language == zh ? "第\(p / 8 + 1)部分" : "Part \(p / 8 + 1)")) }
                    var paragraph = pool[r.below(pool.count)]
                    if p % 3 == 0 {
                        let m = metrics[r.below(metrics.count)]
                        paragraph += language == zh ? " 相关指标为[](metric:\(m.id))。" : " The figure is [](metric:\(m.id))."
                    }
                    if p % 5 == 0 {
                        let (source, quote) = quoteClaims[r.below(quoteClaims.count)]
                        paragraph += language == zh ? "[据报道](source:\(source) \"\(quote)\")。" : " [As reported](source:\(source) \"\(quote)\")."
                    }
                    lines.append(paragraph)
                    if i % 10 == 0 && p == 4 {
                        lines.append("```chart\ntype: bar\ntitle: { zh: 项目投资, en: Project investment }\nmetrics: [\(chartMetrics.joined(separator: ", "))]\ngroup: indicator\n```")
                    }
                }
                bodies[language.code] = lines.joined(separator: "\n\n") + "\n"
            }
            for language in [zh, en] {
                let title = language == zh ? "分析报告 \(i)" : "Report \(i)"
                let front = "---\ntitle: \"\(title)\"\ndate: 2023-08\nentities: [huludao]\nweight: \(i)\n---\n"
                let body = bodies[language.code]!
                try (front + body).write(to: content.appendingPathComponent("reports/\(slug).\(language.code).md"), atomically: false, encoding: .utf8)
                let hugoFront = "---\ntitle: \"\(title)\"\ndate: 2023-08-01\n---\n"
                try (hugoFront + body).write(to: hugo.appendingPathComponent("content/\(slug).\(language.code).md"), atomically: false, encoding: .utf8)
            }
        }
    }

    static let hugoConfig = """
        baseURL = "https://example.org/"
        relativeURLs = true
        uglyURLs = true
        defaultContentLanguage = "zh"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
          unsafe = false
        [languages.zh]
          languageName = "中文"
          weight = 1
        [languages.en]
          languageName = "English"
          weight = 2

        """
    static let hugoBaseof = """
        <!DOCTYPE html>
        <html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main>{{ block "main" . }}{{ end }}</main></body></html>

        """
    static let hugoSingle = "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ range .Translations }}<a href=\"{{ .RelPermalink }}\">{{ .Language.LanguageName }}</a>{{ end }}{{ end }}\n"
    static let hugoList = "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"
}
