// The units metrics are stated in: how Chinese writes each, what kind of
// quantity it is, its scale against the kind's base, and how English writes
// it. Adding a unit is one line of `UnitTable.all`.

/// What a unit measures; quantities compare only within one kind.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable {
    case cny, usd, percent, percentagePoints, count, visits, mass, area, length, power
    case calendarDays, workingDays, hours, minutes, months, years, times
}

public struct Unit: Sendable, Hashable {
    /// How Chinese writes it, and how metrics name it (`亿元`).
    public let zh: String
    public let kind: QuantityKind
    /// How many base units of the kind one of this is (`亿元` = 1e8 yuan).
    public let scale: Double
    /// English: the unit word or symbol for this kind's base (`tonnes`, `m²`), empty for bare counts.
    public let en: String

    init(_ zh: String, _ kind: QuantityKind, _ scale: Double, _ en: String) {
        self.zh = zh
        self.kind = kind
        self.scale = scale
        self.en = en
    }
}

public enum UnitTable {
    // Classifiers that count things: the English page writes the bare number (`464`).
    private static let counters = ["个", "项", "家", "户", "人", "名", "件", "件次", "座", "台", "套", "条", "张", "所",
                                   "种", "场", "位", "类", "份", "处", "批", "辆", "艘", "栋", "间"]

    public static let all: [Unit] = [
        Unit("亿元", .cny, 1e8, "CNY"),
        Unit("万元", .cny, 1e4, "CNY"),
        Unit("元", .cny, 1, "CNY"),
        Unit("亿美元", .usd, 1e8, "USD"),
        Unit("万美元", .usd, 1e4, "USD"),
        Unit("美元", .usd, 1, "USD"),
        Unit("%", .percent, 1, "%"),
        Unit("个百分点", .percentagePoints, 1, "percentage points"),
        Unit("人次", .visits, 1, "visits"),
        Unit("万人次", .visits, 1e4, "visits"),
        Unit("次", .times, 1, "times"),
        Unit("吨", .mass, 1, "tonnes"),
        Unit("万吨", .mass, 1e4, "tonnes"),
        Unit("平方米", .area, 1, "m²"),
        Unit("万平方米", .area, 1e4, "m²"),
        Unit("平方公里", .area, 1e6, "km²"),
        Unit("公顷", .area, 1e4, "ha"),
        Unit("亩", .area, 10_000.0 / 15.0, "mu"),
        Unit("万亩", .area, 1e4 * 10_000.0 / 15.0, "mu"),
        Unit("米", .length, 1, "m"),
        Unit("公里", .length, 1000, "km"),
        Unit("千瓦", .power, 1, "kW"),
        Unit("万千瓦", .power, 1e4, "kW"),
        Unit("天", .calendarDays, 1, "days"),
        Unit("个自然日", .calendarDays, 1, "calendar days"),
        Unit("个工作日", .workingDays, 1, "working days"),
        Unit("工作日", .workingDays, 1, "working days"),
        Unit("小时", .hours, 1, "hours"),
        Unit("个小时", .hours, 1, "hours"),
        Unit("分钟", .minutes, 1, "minutes"),
        Unit("个月", .months, 1, "months"),
        Unit("年", .years, 1, "years"),
        Unit("万户", .count, 1e4, ""),
        Unit("万人", .count, 1e4, ""),
        Unit("万家", .count, 1e4, ""),
        Unit("万个", .count, 1e4, ""),
        Unit("万张", .count, 1e4, ""),
        Unit("万套", .count, 1e4, ""),
    ] + counters.map { Unit($0, .count, 1, "") }

    private static let byName: [String: Unit] = Dictionary(all.map { ($0.zh, $0) }, uniquingKeysWith: { a, _ in a })

    /// Unit names longest first, so that `亿元` wins over `元` and `个工作日` over `个`.
    static let namesLongestFirst: [[Character]] = all.map { Array($0.zh) }.sorted { $0.count > $1.count }

    public static func unit(_ name: String) -> Unit? { byName[name] }

    /// The nearest known unit name, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        EditDistance.nearest(to: name, in: all.map(\.zh))
    }

    /// The longest unit name that starts `text` at `index`, if any.
    static func unit(startingAt index: Int, in text: [Character]) -> Unit? {
        for name in namesLongestFirst where index + name.count <= text.count {
            var match = true
            for k in 0..<name.count where text[index + k] != name[k] { match = false; break }
            if match { return byName[String(name)] }
        }
        return nil
    }
}
