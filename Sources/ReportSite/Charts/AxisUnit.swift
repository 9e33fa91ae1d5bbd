// The unit a chart's axis counts in, per language: Chinese keeps the source's
// units (亿元, 万人次), English its own scale words (CNY bn, million visits).

struct AxisUnit {
    /// Base units of the quantity kind per axis unit (亿元 → 1e8 yuan).
    var scale: Double
    /// Shown beside the axis (`亿元`, `CNY bn`); may be empty for bare counts.
    var label: String
    /// Appended to each number (`%`).
    var suffix: String

    /// The axis unit for metrics in `units` (all of `kind`), the largest `maxMagnitude` in base units.
    static func choose(kind: QuantityKind, units: [Unit], maxMagnitude m: Double, language: Language) -> AxisUnit {
        let zh = language.isCJK
        let sample = units[0]
        switch kind {
        case .cny:
            if zh { return m >= 1e8 ? AxisUnit(scale: 1e8, label: "亿元", suffix: "") : m >= 1e4 ? AxisUnit(scale: 1e4, label: "万元", suffix: "") : AxisUnit(scale: 1, label: "元", suffix: "") }
            return m >= 1e9 ? AxisUnit(scale: 1e9, label: "CNY bn", suffix: "") : m >= 1e6 ? AxisUnit(scale: 1e6, label: "CNY m", suffix: "") : AxisUnit(scale: 1, label: "CNY", suffix: "")
        case .usd:
            if zh { return m >= 1e8 ? AxisUnit(scale: 1e8, label: "亿美元", suffix: "") : m >= 1e4 ? AxisUnit(scale: 1e4, label: "万美元", suffix: "") : AxisUnit(scale: 1, label: "美元", suffix: "") }
            return m >= 1e9 ? AxisUnit(scale: 1e9, label: "USD bn", suffix: "") : m >= 1e6 ? AxisUnit(scale: 1e6, label: "USD m", suffix: "") : AxisUnit(scale: 1, label: "USD", suffix: "")
        case .percent:
            return AxisUnit(scale: 1, label: "%", suffix: "%")
        case .percentagePoints:
            return AxisUnit(scale: 1, label: zh ? "个百分点" : "percentage points", suffix: "")
        case .count:
            // Counts in different classifiers (条 and 项) share no unit name.
            let classifiers = Set(units.map { $0.zh.hasPrefix("万") ? String($0.zh.dropFirst()) : $0.zh })
            let classifier = classifiers.count == 1 ? classifiers.first! : ""
            if zh { return m >= 1e5 ? AxisUnit(scale: 1e4, label: "万" + classifier, suffix: "") : AxisUnit(scale: 1, label: classifier, suffix: "") }
            return m >= 1e6 ? AxisUnit(scale: 1e6, label: "million", suffix: "") : AxisUnit(scale: 1, label: "", suffix: "")
        case .visits:
            if zh { return m >= 1e5 ? AxisUnit(scale: 1e4, label: "万人次", suffix: "") : AxisUnit(scale: 1, label: "人次", suffix: "") }
            return m >= 1e6 ? AxisUnit(scale: 1e6, label: "million visits", suffix: "") : AxisUnit(scale: 1, label: "visits", suffix: "")
        case .mass:
            if zh { return m >= 1e5 ? AxisUnit(scale: 1e4, label: "万吨", suffix: "") : AxisUnit(scale: 1, label: "吨", suffix: "") }
            return m >= 1e6 ? AxisUnit(scale: 1e6, label: "million tonnes", suffix: "") : AxisUnit(scale: 1, label: "tonnes", suffix: "")
        case .power:
            if zh { return m >= 1e4 ? AxisUnit(scale: 1e4, label: "万千瓦", suffix: "") : AxisUnit(scale: 1, label: "千瓦", suffix: "") }
            return m >= 1e6 ? AxisUnit(scale: 1e6, label: "GW", suffix: "") : m >= 1e3 ? AxisUnit(scale: 1e3, label: "MW", suffix: "") : AxisUnit(scale: 1, label: "kW", suffix: "")
        case .area:
            if sample.en == "m²" {
                if zh { return m >= 1e5 ? AxisUnit(scale: 1e4, label: "万平方米", suffix: "") : AxisUnit(scale: 1, label: "平方米", suffix: "") }
                return m >= 1e6 ? AxisUnit(scale: 1e6, label: "million m²", suffix: "") : AxisUnit(scale: 1, label: "m²", suffix: "")
            }
            return AxisUnit(scale: sample.scale, label: zh ? sample.zh : sample.en, suffix: "")
        default:
            return AxisUnit(scale: sample.scale, label: zh ? sample.zh : sample.en, suffix: "")
        }
    }
}
