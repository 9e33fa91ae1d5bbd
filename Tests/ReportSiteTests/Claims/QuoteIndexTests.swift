import Testing
@testable import ReportSite

@Suite struct QuoteIndexTests {
    static func source(_ slug: String, _ markdown: String) -> Source {
        let numbered = CitableBlocks.number(MarkdownParser().parse(markdown), file: "\(slug).md")
        return Source(slug: slug, language: Language(code: "zh", isDefault: true), file: "\(slug).md", title: slug,
                      entities: [], blocks: numbered.blocks, citable: numbered.citable)
    }

    let index = QuoteIndex(sources: [
        source("a", "营商环境佳,项目捷报传。\n\n2021年,葫芦岛市实施重点项目464个,总投资达2143亿元。\n\n重复的段落。\n\n重复的段落。\n\n数字１２３和**加粗的**文字"),
        source("b", "实施重点项目464个,另一篇。"),
    ])

    @Test func findsTheBlockAndSpan() throws {
        guard case .found(let location) = index.find("总投资达2143亿元", in: "a") else { Issue.record("not found"); return }
        #expect(location.blockID == "p2")
        let text = QuoteText.string(index.text(ofBlock: location.blockIndex))
        let chars = Array(text)
        #expect(String(chars[location.range]) == "总投资达2143亿元")
    }

    @Test func searchIsPerSource() {
        #expect(index.find("实施重点项目464个", in: "b") != .notFound(nil))
        if case .found(let l) = index.find("实施重点项目464个", in: "b") { #expect(l.slug == "b" && l.blockID == "p1") } else { Issue.record("expected found") }
        if case .notFound = index.find("另一篇", in: "a") {} else { Issue.record("must not find other source's text") }
    }

    @Test func whiteSpaceAndFullWidthFormsCompareEqual() {
        if case .found = index.find("数字123和加粗的", in: "a") {} else { Issue.record("full-width digits and formatting should match") }
        if case .found = index.find("总投资达 2143 亿元", in: "a") {} else { Issue.record("spaces should be ignored") }
        if case .found = index.find("营商环境佳，项目捷报传", in: "a") {} else { Issue.record("full-width comma should match") }
    }

    /// Found by fuzzing: NUL separates blocks in the index, so a quote ending in NUL once matched a block's end.
    @Test func controlCharactersNeverMatchAcrossBlocks() {
        if case .found(let l) = index.find("总投资达2143亿元。\u{0}", in: "a") { #expect(l.blockID == "p2") } else { Issue.record("a NUL is ignored like white space") }
        if case .found = index.find("捷报传。\u{0}2021", in: "a") { Issue.record("matched across two blocks") }
    }

    @Test func repeatedPassagesAreAmbiguous() {
        #expect(index.find("重复的段落", in: "a") == .ambiguous(["p3", "p4"]))
    }

    @Test func aChangedCharacterSuggestsTheClosestPassage() {
        guard case .notFound(let suggestion?) = index.find("总投资达2144亿元", in: "a") else { Issue.record("expected a suggestion"); return }
        #expect(suggestion.blockID == "p2")
        #expect(suggestion.distance == 1)
        #expect(suggestion.passage == "总投资达2143亿元")
    }

    @Test func shortQuotesAreSearchedToo() {
        if case .found(let l) = index.find("佳,", in: "a") { #expect(l.blockID == "p1") } else { Issue.record("expected found") }
    }

    @Test func unknownSource() {
        #expect(index.find("x", in: "zzz") == .unknownSource)
    }
}
