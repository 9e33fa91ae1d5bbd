import Foundation
import Testing
@testable import ReportSite

@Suite struct QuantityFormatterTests {
    static let zh = Language(code: "zh", isDefault: true)
    static let en = Language(code: "en", isDefault: false)

    static func metric(_ value: String, _ unit: String, _ qualifier: Qualifier? = nil) -> Metric {
        let place = SourcePlace(file: "m.yaml")
        return Metric(id: "x", entity: "e", source: "s", indicator: "i", period: Period("2021")!, value: Double(value)!, valueText: value,
                      unit: UnitTable.unit(unit)!, qualifier: qualifier, quote: "", verify: true, note: nil,
                      place: place, valuePlace: place, quotePlace: place)
    }

    /// One example per unit of the table: (value, unit, English).
    static let examples: [(String, String, String)] = [
        ("2143", "亿元", "CNY 214.3 billion"), ("637.7", "万元", "CNY 6.377 million"), ("590000", "元", "CNY 590,000"),
        ("1.5", "亿美元", "USD 150 million"), ("315", "万美元", "USD 3.15 million"), ("800", "美元", "USD 800"),
        ("13.9", "%", "13.9%"), ("2.5", "个百分点", "2.5 percentage points"),
        ("2680", "人次", "2,680 visits"), ("1420", "万人次", "14.2 million visits"), ("80", "次", "80 times"),
        ("15650", "吨", "15,650 tonnes"), ("12", "万吨", "120,000 tonnes"),
        ("3500", "平方米", "3,500 m²"), ("9", "万平方米", "90,000 m²"), ("700", "万平方米", "7 million m²"),
        ("3.2", "平方公里", "3.2 km²"), ("55", "公顷", "55 ha"), ("300", "亩", "300 mu"), ("2", "万亩", "20,000 mu"),
        ("100", "米", "100 m"), ("200", "公里", "200 km"),
        ("800", "千瓦", "800 kW"), ("120", "万千瓦", "1.2 GW"), ("30", "万千瓦", "300 MW"),
        ("20", "天", "20 days"), ("40", "个自然日", "40 calendar days"), ("18", "个工作日", "18 working days"),
        ("1", "工作日", "1 working day"), ("2", "小时", "2 hours"), ("1", "个小时", "1 hour"), ("30", "分钟", "30 minutes"),
        ("6", "个月", "6 months"), ("3", "年", "3 years"),
        ("27", "万户", "270,000"), ("10", "万人", "100,000"), ("1.2", "万家", "12,000"), ("3", "万个", "30,000"),
        ("1", "万张", "10,000"), ("12", "万套", "120,000"),
        ("464", "个", "464"), ("73", "项", "73"), ("665", "家", "665"), ("191", "户", "191"), ("1300", "人", "1,300"),
        ("48", "名", "48"), ("949", "件", "949"), ("12", "件次", "12"), ("13", "座", "13"), ("100", "台", "100"),
        ("5", "套", "5"), ("8", "条", "8"), ("5000", "张", "5,000"), ("13", "所", "13"), ("4", "种", "4"), ("4", "场", "4"),
        ("2", "位", "2"), ("8", "类", "8"), ("3", "份", "3"), ("2", "处", "2"), ("3", "批", "3"), ("100", "辆", "100"),
        ("2", "艘", "2"), ("6", "栋", "6"), ("3", "间", "3"),
    ]

    @Test func everyUnitOfTheTableHasAnExample() {
        #expect(Set(Self.examples.map(\.1)) == Set(UnitTable.all.map(\.zh)))
    }

    @Test(arguments: examples)
    func eachUnitInBothLanguages(value: String, unit: String, english: String) {
        #expect(QuantityFormatter.format(Self.metric(value, unit), in: Self.zh) == value + unit)
        #expect(QuantityFormatter.format(Self.metric(value, unit), in: Self.en) == english)
    }

    @Test(arguments: [
        (Qualifier.nearly, "8000", "亿元", "近8000亿元", "nearly CNY 800 billion"), (.over, "10000", "亿元", "超过10000亿元", "over CNY 1 trillion"), (.over, "300", "天", "超过300天", "over 300 days"),
        (.moreThan, "20", "家", "20余家", "more than 20"), (.about, "150", "亿元", "约150亿元", "about CNY 15 billion"),
        (.atLeast, "500", "件", "至少500件", "at least 500"), (.upTo, "3", "个工作日", "最多3个工作日", "up to 3 working days"),
    ])
    func qualifiers(qualifier: Qualifier, value: String, unit: String, zh: String, en: String) {
        #expect(QuantityFormatter.format(Self.metric(value, unit, qualifier), in: Self.zh) == zh)
        #expect(QuantityFormatter.format(Self.metric(value, unit, qualifier), in: Self.en) == en)
    }

    @Test func periodsDatesAndLists() {
        #expect(PeriodText.format(Period("2023-H1")!, in: Self.zh) == "2023年上半年")
        #expect(PeriodText.format(Period("2023-H1")!, in: Self.en) == "H1 2023")
        #expect(PeriodText.format(Period("2023-Q1")!, in: Self.zh) == "2023年一季度")
        #expect(PeriodText.format(Period("2023-Q1")!, in: Self.en) == "Q1 2023")
        #expect(PeriodText.format(Period("2021/2023")!, in: Self.en) == "2021–2023")
        #expect(DateText.format(PartialDate("2021-11")!, in: Self.zh) == "2021年11月")
        #expect(DateText.format(PartialDate("2021-11")!, in: Self.en) == "November 2021")
        #expect(LocaleText.list(["葫芦岛", "营口", "大连"], in: Self.zh) == "葫芦岛、营口和大连")
        #expect(LocaleText.list(["Huludao", "Yingkou", "Dalian"], in: Self.en) == "Huludao, Yingkou and Dalian")
    }

    @Test func chineseNamesSortInPinyinOrder() {
        let names = ["营口市", "大连市", "葫芦岛市", "辽宁省", "鲅鱼圈区", "中山区"]
        #expect(LocaleText.sorted(names, by: { $0 }, in: Self.zh) == ["鲅鱼圈区", "大连市", "葫芦岛市", "辽宁省", "营口市", "中山区"])
    }
}
