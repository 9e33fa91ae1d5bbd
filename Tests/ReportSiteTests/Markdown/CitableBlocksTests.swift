import Testing
@testable import ReportSite

@Suite struct CitableBlocksTests {
    func number(_ markdown: String) -> (blocks: [Block], citable: [CitableBlock], diagnostics: [Diagnostic]) {
        CitableBlocks.number(MarkdownParser().parse(markdown), file: "t.md")
    }

    @Test func everyCitableBlockIsNumberedInOrder() {
        let result = number("# 标题\n\n第一段\n\n- 甲\n- 乙\n\n> 引用\n> 两行\n\n| a |\n|---|\n| 1 |\n\n```\ncode\n```\n\n---\n\n最后")
        #expect(result.citable.map(\.id) == ["p1", "p2", "p3", "p4", "p5", "p6", "p7"])
        #expect(result.citable.map(\.kind) == [.heading(level: 1), .paragraph, .listItem, .listItem, .blockQuote, .table, .paragraph])
        #expect(result.citable[4].text == "引用两行")
    }

    @Test func explicitIDsReplaceTheNumberWithoutRenumberingOthers() {
        let result = number("甲\n\n乙 {#yi}\n\n丙")
        #expect(result.citable.map(\.id) == ["p1", "yi", "p3"])
        #expect(result.citable[1].text == "乙")
    }

    @Test func classesAreKeptAndTheAttributeRemoved() {
        let result = number("图片说明。 {.caption}\n\n## 小标题 {#h .wide}")
        #expect(result.blocks[0].classes == ["caption"])
        #expect(result.citable[0].text == "图片说明。")
        #expect(result.blocks[1].id == "h")
        #expect(result.blocks[1].classes == ["wide"])
    }

    @Test(arguments: ["价格{#x}", "写法 {#}", "集合 {a, b}", "代码 {#1x}"])
    func textThatIsNotAnAttributeStays(_ markdown: String) {
        let result = number(markdown)
        #expect(result.citable[0].text == markdown)
        #expect(result.citable[0].id == "p1")
    }

    @Test func duplicateIDsAreReportedAtTheSecondBlock() {
        let result = number("甲 {#a}\n\n乙 {#a}")
        #expect(result.diagnostics.map(\.description) == ["t.md:3:1: error: duplicate block id 'a' (first used at line 1)"])
    }

    @Test func anExplicitIDCollidingWithANumberIsADuplicate() {
        let result = number("甲 {#p2}\n\n乙")
        #expect(result.diagnostics.count == 1)
    }

    @Test func listItemTakesTheIDOfItsParagraph() {
        let result = number("- 甲 {#first}\n- 乙")
        #expect(result.citable.map(\.id) == ["first", "p2"])
    }
}
