// What a build promises whatever the input: errors point at file and line,
// a failed build leaves Output/ as it was, raw HTML stays out unless allowed.
import Foundation
import Testing
@testable import ReportSite

@Suite struct BuildPromiseTests {
    @Test func minimalFixtureBuilds() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let result = await site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        // home, metrics, a report, two sources and one entity, in two languages, and the 404 page
        #expect(result.pages == 2 * 6 + 1)
        let html = try site.page("sources/alpha.html")
        // p2 is named explicitly; the blocks after it keep their numbers.
        #expect(html.contains("<h2 id=\"summary\">"))
        #expect(html.contains("<li id=\"p4\">列表一"))
        #expect(html.contains("<li id=\"second-item\">列表二"))
        #expect(html.contains("<blockquote id=\"p6\">"))
        #expect(html.contains("<div class=\"table-wrap\" id=\"p7\""))
        #expect(html.contains("<p id=\"p8\" class=\"caption\">图片说明。"))
        // Hard-wrapped Chinese does not grow a space where the line broke.
        #expect(html.contains("464个</mark>,<mark id=\"m-alpha.investment\">总投资"))
        // Until a translation exists, the English page shows the original under a notice in English.
        let untranslated = try site.page("en/sources/alpha.html")
        #expect(untranslated.contains("not been translated"))
        #expect(untranslated.contains("<article class=\"prose source-body\" lang=\"zh-Hans\">"))
        let translated = try site.page("en/sources/beta.html")
        #expect(translated.contains("Only one paragraph."))
        #expect(!translated.contains("not been translated"))
    }

    @Test func brokenFrontMatterPointsAtTheLineAndKeepsOutput() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = snapshot(of: site.output)
        try site.write("Content/sources/alpha.zh.md", "---\ntitle: 示例\ndate: [2021\nentities: [demo-city]\n---\n正文。\n")
        let result = await site.build()
        #expect(!result.succeeded)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.file.hasSuffix("Content/sources/alpha.zh.md"))
        #expect(error.line == 4 || error.line == 3, "\(error)")
        #expect(snapshot(of: site.output) == before)
    }

    @Test func missingTitleIsAnErrorAtTheFrontMatter() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/alpha.zh.md", "---\nsubtitle: 无标题\ndate: 2021-13\n---\n正文。\n")
        let result = await site.build()
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("alpha.zh.md:2:1: error: front matter is missing required 'title'") }, "\(messages)")
        #expect(messages.contains { $0.contains("alpha.zh.md:3:7: error: date '2021-13' is not YYYY, YYYY-MM or YYYY-MM-DD") }, "\(messages)")
    }

    @Test func unknownKeysWarnWithTheNearestKnownKey() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/beta.zh.md", "---\ntitle: 第二篇\nauthr: 某人\n---\n只有一段。\n")
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description).contains { $0.contains("beta.zh.md:3:1: warning: unknown key 'authr' in front matter; did you mean 'author'?") })
    }

    @Test func failedBuildLeavesOutputByteForByteUnchanged() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = snapshot(of: site.output)
        try site.write("Content/entities.yaml", "demo-city: { name: { zh: 示例市 } }\n")
        let result = await site.build()
        #expect(result.diagnostics.map(\.description).contains { $0.contains("entities.yaml:1:20: error: name has no 'en' text") }, "\(result.diagnostics)")
        #expect(snapshot(of: site.output) == before)
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(".reportsite/staging").path))
    }

    @Test func rawScriptInMarkdownNeverReachesThePage() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/gamma.zh.md", """
            ---
            title: 第三篇
            ---
            <script>alert(1)</script>

            文字<script>alert(2)</script>和<img src=x onerror=alert(3)>。

            [点我](javascript:alert(4))

            """)
        #expect(await site.build().succeeded)
        let html = try site.page("sources/gamma.html")
        // The tags are dropped; what stood between them is inert text.
        #expect(html.contains("<p id=\"p1\">文字<!-- raw HTML omitted -->alert(2)<!-- raw HTML omitted -->和<!-- raw HTML omitted -->。"))
        // No script but the theme's own language switcher.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.contains("<script src=\"../assets/lang-switch.js\" defer></script>"))
        #expect(!html.contains("onerror="))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("alert(1)"))
    }

    @Test func unsafeHTMLOptInStillFiltersScriptTags() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/site.yaml", try site.read("Content/site.yaml") + "markdown:\n  unsafe_html: true\n")
        try site.write("Content/sources/gamma.zh.md", "---\ntitle: 第三篇\n---\n<div class=\"note\">保留</div>\n\n<script>alert(1)</script>\n")
        #expect(await site.build().succeeded)
        let html = try site.page("sources/gamma.html")
        #expect(html.contains("<div class=\"note\">保留</div>"))
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
    }

    @Test func duplicateExplicitIDsAreAnError() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/beta.zh.md", "---\ntitle: 第二篇\n---\n甲 {#same}\n\n乙 {#same}\n")
        let result = await site.build()
        #expect(result.diagnostics.map(\.description).contains { $0.hasSuffix("beta.zh.md:6:1: error: duplicate block id 'same' (first used at line 4)") }, "\(result.diagnostics)")
    }

    @Test func badFileNamesAndUnknownLanguagesAreDiagnosed() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/Bad_Name.zh.md", "---\ntitle: x\n---\n")
        try site.write("Content/sources/gamma.fr.md", "---\ntitle: x\n---\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("Bad_Name.zh.md:1:1: error: file name must be <slug>.<lang>.md") })
        #expect(messages.contains { $0.contains("gamma.fr.md:1:1: error: 'fr' is not a language of site.yaml") })
    }

    @Test func unknownEntityIsAnErrorAtItsLine() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/beta.zh.md", "---\ntitle: 第二篇\nentities: [demo-cty]\n---\n正文。\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("beta.zh.md:3:12: error: unknown entity 'demo-cty'; did you mean 'demo-city'?") }, "\(messages)")
    }

    @Test func missingStringTableKeyNamesKeyAndLanguage() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let en = try site.read("Templates/i18n/en.yaml")
        try site.write("Templates/i18n/en.yaml", en.split(separator: "\n").filter { !$0.hasPrefix("permalink:") }.joined(separator: "\n") + "\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("i18n/en.yaml:1:1: error: string table for 'en' has no key 'permalink'") }, "\(messages)")
    }

    @Test func missingPartialIsAnErrorAtTheTemplateLine() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Templates/partials/footer.mustache", "<footer>\n{{> no-such-partial}}\n</footer>\n")
        let messages = await site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("partials/footer.mustache:2:1: error: template 'no-such-partial' not found") }, "\(messages)")
    }

    @Test func checkWritesNothing() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let result = await site.build(dryRun: true)
        #expect(result.succeeded)
        #expect(result.pages == 13)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func outputMustNotSwallowTheContentFolder() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let result = await Builder.build(BuildOptions(contentRoot: site.content, templatesRoot: site.templates, outputRoot: site.folder))
        #expect(!result.succeeded)
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.yaml").path))
    }
}
