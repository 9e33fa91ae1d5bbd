import Testing
@testable import ReportSite

@Suite struct NumberReaderTests {
    /// (text, value, unit, approximation): every form of number the five sample sources use.
    @Test(arguments: [
        ("实施重点项目464个", 464.0, "个", nil),
        ("总投资达2143亿元", 2143, "亿元", nil),
        ("完成全年工作目标的110.83%", 110.83, "%", nil),
        ("仅用了18个工作日便办结", 18, "个工作日", nil),
        ("7个工作日办结", 7, "个工作日", nil),
        ("9万平方米厂房", 9, "万平方米", nil),
        ("新建标准化厂房3.5万平方米", 3.5, "万平方米", nil),
        ("共完成“个转企”665家", 665, "家", nil),
        ("吸引1420万人次", 1420, "万人次", nil),
        ("实际使用外资3150万美元", 3150, "万美元", nil),
        ("20多家企业", 20, "家", "多"),
        ("3万多户", 30000, "户", "多"),
        ("接近8000亿元", 8000, "亿元", "接近"),
        ("超过300天", 300, "天", "超过"),
        ("提高2.5个百分点", 2.5, "个百分点", nil),
        ("15650吨农药", 15650, "吨", nil),
        ("１２３个", 123, "个", nil),
        ("1,234个", 1234, "个", nil),
        ("两小时", 2, "小时", nil),
        ("1个小时内", 1, "个小时", nil),
        ("十二个", 12, "个", nil),
        ("一百二十项", 120, "项", nil),
        ("三千五百家", 3500, "家", nil),
        ("半小时", 0.5, "小时", nil),
        ("两万户", 2, "万户", nil),
        ("两万多名员工", 20000, "名", "多"),
        ("1.2万人次", 1.2, "万人次", nil),
        ("装机容量120万千瓦", 120, "万千瓦", nil),
        ("占地55公顷", 55, "公顷", nil),
        ("改造700万平方米", 700, "万平方米", nil),
        ("置换27万户", 27, "万户", nil),
        ("30分钟", 30, "分钟", nil),
        ("5个自然日", 5, "个自然日", nil),
        ("80余次", 80, "次", "余"),
        ("三年行动", 3, "年", nil),
        ("200余亿元", 200, "亿元", "余"),
    ] as [(String, Double, String, String?)])
    func readsEveryFormInTheSources(text: String, value: Double, unit: String, approximation: String?) throws {
        let found = NumberReader.numbers(in: text)
        let number = try #require(found.last, "\(text)")
        #expect(abs(number.value - value) < 1e-9, "\(text): \(found)")
        #expect(number.unit?.zh == unit, "\(text): \(found)")
        #expect(number.approximation == approximation, "\(text): \(found)")
    }

    @Test func readsSeveralNumbersInOrder() {
        let found = NumberReader.numbers(in: "投资515亿元的徐大堡核电二期开工,投资100亿元的精细化工项目签约,393个项目开工")
        #expect(found.map(\.value) == [515, 100, 393])
        #expect(found.map { $0.unit?.zh } == ["亿元", "亿元", "个"])
    }

    @Test(arguments: ["上半年完成任务", "第一季度", "一律按规定", "5G基站", "G15高速", "十分重要", "2021年,葫芦岛市", "从8月18日土地摘牌"])
    func wordsThatAreNotQuantities(_ text: String) {
        #expect(NumberReader.numbers(in: text).allSatisfy { $0.unit == nil }, "\(NumberReader.numbers(in: text))")
    }

    @Test(arguments: [
        ("CNY 214.3 billion", 214.3e9),
        ("15,650 tonnes", 15650),
        ("14.2 million visits", 14.2e6),
        ("13.9%", 13.9),
    ])
    func readsEnglishNumbers(text: String, value: Double) throws {
        let number = try #require(NumberReader.numbers(in: text).first)
        #expect(abs(number.value - value) < 1e-3)
    }

    @Test func statesComparesMagnitudesWithinAKind() throws {
        let wan = try #require(UnitTable.unit("万平方米")), m2 = try #require(UnitTable.unit("平方米"))
        #expect(NumberReader.states("9万平方米", value: 9, unit: wan))
        #expect(NumberReader.states("90000平方米", value: 9, unit: wan))
        #expect(NumberReader.states("9万平方米", value: 90000, unit: m2))
        #expect(!NumberReader.states("9万平方米", value: 8, unit: wan))
        let yi = try #require(UnitTable.unit("亿元")), ge = try #require(UnitTable.unit("个"))
        #expect(!NumberReader.states("2143个", value: 2143, unit: yi))
        #expect(NumberReader.states("实施重点项目464个", value: 464, unit: ge))
    }

    @Test func unknownUnitsGetASuggestion() {
        #expect(UnitTable.unit("亿圆") == nil)
        #expect(UnitTable.suggestion(for: "亿圆") == "亿元")
    }
}
