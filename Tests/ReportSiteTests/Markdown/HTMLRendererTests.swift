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
        ("464个,\n总投资", "<p>464个,总投资</p>\n"),
        ("项目\n(一)", "<p>项目(一)</p>\n"),
        ("GDP\n增长", "<p>GDP\n增长</p>\n"),
    ])
    func softBreaksBetweenCJKCharactersVanish(markdown: String, html: String) {
        #expect(render(markdown) == html)
    }

    /// cmark-gfm's inline extensions share one global table of special characters;
    /// parses running at the same time once stripped each other's `~~` (a flaky
    /// strikethrough spec example in CI). Many parses at once must all agree.
    @Test func parsesAtTheSameTimeAgree() async {
        let text = "~~www.google.com~~\n\n~~http://google.com~~ and ~~struck~~ text, www.example.org"
        let expected = render(text)
        #expect(expected.contains("<del>struck</del>") && expected.contains("<del><a href=\"http://google.com\">"))
        let agreed = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<400).filter { _ in self.render(text) == expected }.count }
            }
            return await group.reduce(0, +)
        }
        #expect(agreed == 8 * 400)
    }

    @Test func blockIDsAndPermalinks() {
        let html = render("## 核心提示\n\n段落", options: HTMLRenderOptions(permalinks: true, labels: .init(permalink: "本段链接")))
        #expect(html == "<h2 id=\"p1\">核心提示 <a class=\"pilcrow\" href=\"#p1\" aria-label=\"本段链接\">¶</a></h2>\n<p id=\"p2\">段落 <a class=\"pilcrow\" href=\"#p2\" aria-label=\"本段链接\">¶</a></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,<script>"])
    func dangerousURLsAreDropped(_ url: String) {
        #expect(render("[x](\(url))") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func rawHTMLIsOmittedByDefault() {
        #expect(render("<b>x</b>\n\n<div>y</div>") == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n<!-- raw HTML omitted -->\n")
    }

    @Test func tableAlignmentUsesClassesNotTheObsoleteAttribute() {
        let html = render("| a | b |\n|:-:|--:|\n| 1 | 2 |")
        #expect(html.contains("<th class=\"align-center\">a</th>"))
        #expect(html.contains("<td class=\"align-right\">2</td>"))
        #expect(!html.contains("align=\""))
    }

    @Test func labelsInThePageLanguageInsideTextInAnother() {
        let options = HTMLRenderOptions(permalinks: true, labels: .init(permalink: "Link to this paragraph", table: "Table"), labelLanguage: "en")
        let html = render("段落\n\n| a |\n|---|\n| 1 |", options: options)
        #expect(html.contains("aria-label=\"Link to this paragraph\" lang=\"en\">¶</a>"))
        #expect(html.contains("role=\"region\" tabindex=\"0\" aria-label=\"Table\" lang=\"en\">"))
    }

    @Test func attributeValuesAreEscaped() {
        #expect(render("[a](<u\"rl> \"t\\\"<\")") == "<p><a href=\"u%22rl\" title=\"t&quot;&lt;\">a</a></p>\n")
    }
}

@Suite struct CJKEmphasisTests {
    func render(_ markdown: String) -> String {
        var renderer = HTMLRenderer(options: HTMLRenderOptions(blockIDs: false), delegate: PlainGFM())
        return renderer.render(MarkdownParser().parse(markdown))
    }

    @Test(arguments: [
        ("这是**“三大目标”**的文字", "<p>这是<strong>“三大目标”</strong>的文字</p>\n"),
        ("实现**“拿地即开工”**。", "<p>实现<strong>“拿地即开工”</strong>。</p>\n"),
        ("这是*“重点”*项目", "<p>这是<em>“重点”</em>项目</p>\n"),
        ("**葫芦岛**市", "<p><strong>葫芦岛</strong>市</p>\n"),
        ("a**\"foo\"**", "<p>a**&quot;foo&quot;**</p>\n"),
        ("价格** 不变**", "<p>价格** 不变**</p>\n"),
    ])
    func emphasisNextToCJKPunctuation(markdown: String, html: String) {
        #expect(render(markdown) == html)
    }
}

@Suite struct MarkTests {
    struct Marks: HTMLRenderDelegate {
        var byBlock: [String: [BlockMark]]
        func marks(forBlock id: String) -> [BlockMark] { byBlock[id] ?? [] }
    }

    func render(_ markdown: String, quote: String, id: String = "m-x") -> String {
        let numbered = CitableBlocks.number(MarkdownParser().parse(markdown), file: "t.md")
        let index = QuoteIndex(sources: [Source(slug: "s", language: Language(code: "zh", isDefault: true), file: "t.md", title: "t",
                                                entities: [], blocks: numbered.blocks, citable: numbered.citable)])
        guard case .found(let location) = index.find(quote, in: "s") else { return "not found" }
        var renderer = HTMLRenderer(options: HTMLRenderOptions(blockIDs: true), delegate: Marks(byBlock: [location.blockID: [BlockMark(range: location.range, id: id)]]))
        return renderer.render(numbered.blocks)
    }

    @Test func marksTheQuotedSpan() {
        #expect(render("营商环境佳。\n\n实施重点项目464个,总投资达2143亿元。", quote: "总投资达2143亿元")
                == "<p id=\"p1\">营商环境佳。</p>\n<p id=\"p2\">实施重点项目464个,<mark id=\"m-x\">总投资达2143亿元</mark>。</p>\n")
    }

    @Test func aQuoteAcrossInlineFormattingIsMarkedInPiecesWithOneID() {
        #expect(render("普通**加粗**文字结束", quote: "通加粗文")
                == "<p id=\"p1\">普<mark id=\"m-x\">通</mark><strong><mark>加粗</mark></strong><mark>文</mark>字结束</p>\n")
    }

    @Test func whiteSpaceAndFullWidthFormsInTheSourceStillMark() {
        #expect(render("总投资达 ２１４３ 亿元", quote: "达2143亿")
                == "<p id=\"p1\">总投资<mark id=\"m-x\">达 ２１４３ 亿</mark>元</p>\n")
    }

    @Test func marksInListItemsAndTables() {
        #expect(render("- 甲\n- 新建厂房9万平方米", quote: "9万平方米").contains("<li id=\"p2\">新建厂房<mark id=\"m-x\">9万平方米</mark></li>"))
        #expect(render("| 项目 | 数量 |\n|---|---|\n| 开工 | 393个 |", quote: "393个").contains("<td><mark id=\"m-x\">393个</mark></td>"))
    }
}
