import Testing
@testable import ReportSite

@Suite struct LoadingTests {
    @Test func frontMatterSplitKeepsBodyLineNumbers() throws {
        var diagnostics: [Diagnostic] = []
        let front = try #require(FrontMatter.split("---\ntitle: x\ndate: 2021\n---\n正文\n", file: "a.md", diagnostics: &diagnostics))
        #expect(front.yaml == "title: x\ndate: 2021")
        #expect(front.body == "正文\n")
        #expect(front.bodyLineOffset == 4)
        let blocks = MarkdownParser(lineOffset: front.bodyLineOffset).parse(front.body)
        #expect(blocks.first?.position == TextPosition(line: 5, column: 1))
    }

    @Test(arguments: ["no front matter\n", "---\ntitle: x\n"])
    func frontMatterProblemsAreDiagnosed(_ text: String) {
        var diagnostics: [Diagnostic] = []
        #expect(FrontMatter.split(text, file: "a.md", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.count == 1)
    }

    @Test func yamlSyntaxErrorsCarryTheFileLine() {
        var diagnostics: [Diagnostic] = []
        _ = YAMLValue.parse("title: ok\nbad: [1, 2\nmore: x\n", file: "a.md", lineOffset: 1, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line >= 3)
    }

    @Test(arguments: [("2021", true), ("2021-11", true), ("2021-11-30", true), ("2021-02-29", false), ("2024-02-29", true),
                      ("2021-13", false), ("21-11", false), ("2021-1", false), ("2021/11", false)])
    func partialDates(text: String, valid: Bool) {
        #expect((PartialDate(text) != nil) == valid)
        if valid { #expect(PartialDate(text)?.description == text) }
    }

    @Test(arguments: [("huludao-2021.zh.md", true), ("a.en.md", true), ("Huludao.zh.md", false), ("a--b.zh.md", false),
                      ("-a.zh.md", false), ("a.zh.txt", false), ("a.md", false), ("a b.zh.md", false), ("a.b.zh.md", false)])
    func fileNames(name: String, valid: Bool) {
        #expect((FileName.parse(name) != nil) == valid)
    }

    @Test func nearestKeySuggestion() {
        #expect(EditDistance.nearest(to: "authr", in: ["title", "author", "date"]) == "author")
        #expect(EditDistance.nearest(to: "xyzzy", in: ["title", "author"]) == nil)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    @Test func datesAreWrittenTheWayEachLanguageDoes() throws {
        let zh = Language(code: "zh", isDefault: true), en = Language(code: "en", isDefault: false)
        let month = try #require(PartialDate("2021-11"))
        #expect(DateText.format(month, in: zh) == "2021年11月")
        #expect(DateText.format(month, in: en) == "November 2021")
        let day = try #require(PartialDate("2023-07-03"))
        #expect(DateText.format(day, in: zh) == "2023年7月3日")
        #expect(DateText.format(day, in: en) == "July 3, 2023")
    }
}

@Suite struct PositionTests {
    @Test func linkColumnsCountCharactersNotBytes() throws {
        let blocks = MarkdownParser(lineOffset: 5).parse("2021年,实施重点项目[](metric:a.b)。\n")
        guard case .paragraph(let inlines) = blocks[0].kind, case .link(let link) = inlines[1] else {
            Issue.record("expected a link"); return
        }
        #expect(link.position == TextPosition(line: 6, column: 13))
    }
}
