import Testing
@testable import ReportSite

@Suite struct HTMLRendererTests {
    func render(_ markdown: String, options: HTMLRenderOptions = HTMLRenderOptions(blockIDs: false)) -> String {
        let blocks = CitableBlocks.number(MarkdownParser().parse(markdown), file: "t.md").blocks
        var renderer = HTMLRenderer(options: options, delegate: PlainGFM())
        return renderer.render(blocks)
    }

    @Test(arguments: [
        ("葫芦岛市\n实施重点项目", "<p>葫芦岛市实施重点项目</p>\n"),
        ("two\nwords", "<p>two\nwords</p>\n"),
        ("中文\nEnglish", "<p>中文\nEnglish</p>\n"),
        ("“三大目标”\n踏上", "<p>“三大目标”踏上</p>\n"),
        ("项目，\n总投资", "<p>项目，总投资</p>\n"),
    ])
    func softBreaksBetweenCJKCharactersVanish(markdown: String, html: String) {
        #expect(render(markdown) == html)
    }

    @Test func blockIDsAndPermalinks() {
        let html = render("## 核心提示\n\n段落", options: HTMLRenderOptions(permalinks: true, permalinkLabel: "本段链接"))
        #expect(html == "<h2 id=\"p1\">核心提示 <a class=\"pilcrow\" href=\"#p1\" aria-label=\"本段链接\">¶</a></h2>\n<p id=\"p2\">段落 <a class=\"pilcrow\" href=\"#p2\" aria-label=\"本段链接\">¶</a></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,<script>"])
    func dangerousURLsAreDropped(_ url: String) {
        #expect(render("[x](\(url))") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func rawHTMLIsOmittedByDefault() {
        #expect(render("<b>x</b>\n\n<div>y</div>") == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n<!-- raw HTML omitted -->\n")
    }

    @Test func attributeValuesAreEscaped() {
        #expect(render("[a](<u\"rl> \"t\\\"<\")") == "<p><a href=\"u%22rl\" title=\"t&quot;&lt;\">a</a></p>\n")
    }
}
