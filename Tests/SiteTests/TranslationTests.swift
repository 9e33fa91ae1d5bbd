// Translations line up block for block with their originals and keep every number.
import Foundation
import Testing
@testable import ReportSite

@Suite struct TranslationTests {
    let original = """
        ---
        title: 示例
        ---
        ## 核心提示

        2021年,实施重点项目464个,总投资达2143亿元,完成目标的110.83%。

        新建厂房9万平方米,吸引1420万人次,仅用两小时,8月18日摘牌。

        - 一个流程
        """

    func build(translation: String) async throws -> [String] {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        try site.write("Content/sources/beta.zh.md", original)
        try site.write("Content/sources/beta.en.md", translation)
        return await site.build().diagnostics.map(\.description)
    }

    let good = """
        ---
        title: Example
        translation_of: zh
        ---
        ## Key points

        In 2021, 464 key projects were under way, with total investment of CNY 214.3 billion, 110.83% of the target.

        New factory space of 90,000 square metres drew 14.2 million visits; it took two hours; the land was sold on 18 August.

        - a process
        """

    @Test func aFaithfulTranslationPasses() async throws {
        let messages = try await build(translation: good)
        #expect(messages.isEmpty, "\(messages)")
    }

    @Test func aMissingBlockIsAnErrorNamingBothFiles() async throws {
        let translation = good.replacingOccurrences(of: "## Key points\n\n", with: "")
        let messages = try await build(translation: translation)
        #expect(messages.contains { $0.contains("beta.en.md:5:1: error: translation does not line up with its original: block 1 is a paragraph here but a heading (level 2) at ") && $0.hasSuffix("beta.zh.md:4") }, "\(messages)")
    }

    @Test func aListItemTranslatedAsAParagraphIsAnError() async throws {
        let messages = try await build(translation: good.replacingOccurrences(of: "- a process", with: "A process."))
        #expect(messages.contains { $0.contains("error: translation does not line up with its original: block 4 is a paragraph here but a list item at ") }, "\(messages)")
    }

    @Test func aChangedNumberIsAWarningNamingBothLines() async throws {
        let messages = try await build(translation: good.replacingOccurrences(of: "CNY 214.3 billion", with: "CNY 241.3 billion"))
        #expect(messages == [messages.first { $0.contains("beta.en.md:7:1: warning: number “2143亿元” of the original (") && $0.contains("beta.zh.md:6) is missing") } ?? "none"], "\(messages)")
    }

    @Test func aNumberWrittenInWordsOrAsAMonthSurvives() async throws {
        var messages = try await build(translation: good.replacingOccurrences(of: "two hours", with: "2 hours"))
        #expect(messages.isEmpty, "\(messages)")
        messages = try await build(translation: good.replacingOccurrences(of: "18 August", with: "18 September"))
        #expect(messages.count == 1 && messages[0].contains("number “8” of the original"), "\(messages)")
    }

    @Test(arguments: [("two hours", [2.0]), ("twenty-five days", [25]), ("three hundred firms", [300]), ("on 18 August", [8]), ("half a day", [0.5])])
    func englishNumberWords(text: String, values: [Double]) {
        #expect(NumberReader.englishWordValues(in: text) == values)
    }
}
