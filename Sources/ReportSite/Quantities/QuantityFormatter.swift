// Writes a metric's value the way a language writes it. Chinese writes it as
// the source does (`2143亿元`, `近8000亿元`, `20余家`); English converts 万 and 亿
// into its own scale words and units (`CNY 214.3 billion`, `15,650 tonnes`,
// `14.2 million visits`, `18 working days`).
import Foundation

public enum QuantityFormatter {
    public static func format(_ metric: Metric, in language: Language) -> String {
        language.isCJK ? chinese(metric) : english(metric, in: language)
    }

    static func chinese(_ metric: Metric) -> String {
        let number = metric.valueText + metric.unit.zh
        switch metric.qualifier {
        case nil: return number
        case .about?: return "约" + number
        case .nearly?: return "近" + number
        case .over?: return "超过" + number
        case .atLeast?: return "至少" + number
        case .upTo?: return "最多" + number
        case .moreThan?: return metric.valueText + "余" + metric.unit.zh
        }
    }

    static func english(_ metric: Metric, in language: Language) -> String {
        let quantity = english(value: Decimal(string: metric.valueText) ?? Decimal(metric.value), unit: metric.unit, in: language)
        switch metric.qualifier {
        case nil: return quantity
        case .about?: return "about " + quantity
        case .nearly?: return "nearly " + quantity
        case .over?: return "over " + quantity
        case .atLeast?: return "at least " + quantity
        case .upTo?: return "up to " + quantity
        case .moreThan?: return "more than " + quantity
        }
    }

    /// A quantity in English: `value` as the source writes it, in `unit`.
    public static func english(value: Decimal, unit: Unit, in language: Language) -> String {
        let base = value * scale(unit)
        func number(_ d: Decimal) -> String { LocaleText.number(d, in: language) }
        func plural(_ word: String, _ d: Decimal) -> String { d == 1 ? String(word.dropLast()) : word }
        switch unit.kind {
        case .cny, .usd:
            return unit.en + " " + large(base, in: language)
        case .percent:
            return number(value) + "%"
        case .percentagePoints:
            return number(value) + " " + (value == 1 ? "percentage point" : "percentage points")
        case .count:
            return large(base, in: language)
        case .visits, .times:
            return large(base, in: language) + " " + (base == 1 && unit.kind == .times ? "time" : unit.en)
        case .mass:
            return large(base, in: language) + " " + plural(unit.en, base)
        case .area:
            // Square metres in the base unit; hectares, mu and km² as the source counts them.
            return unit.en == "m²" ? large(base, in: language) + " m²" : number(value * (unit.zh.hasPrefix("万") ? 10_000 : 1)) + " " + unit.en
        case .length:
            return number(value) + " " + unit.en
        case .power:
            if base >= 1_000_000 { return number(base / 1_000_000) + " GW" }
            if base >= 1_000 { return number(base / 1_000) + " MW" }
            return number(base) + " kW"
        case .calendarDays, .workingDays, .hours, .minutes, .months, .years:
            return number(value) + " " + plural(unit.en, value)
        }
    }

    /// `1 trillion`, `214.3 billion`, `6.377 million`, `590,000`.
    static func large(_ value: Decimal, in language: Language) -> String {
        if abs(value) >= 1_000_000_000_000 { return LocaleText.number(value / 1_000_000_000_000, in: language) + " trillion" }
        if abs(value) >= 1_000_000_000 { return LocaleText.number(value / 1_000_000_000, in: language) + " billion" }
        if abs(value) >= 1_000_000 { return LocaleText.number(value / 1_000_000, in: language) + " million" }
        return LocaleText.number(value, in: language)
    }

    /// The unit's scale as an exact decimal (亿 = 10⁸, not a rounded double).
    static func scale(_ unit: Unit) -> Decimal {
        switch unit.scale {
        case 1e8: return Decimal(string: "100000000")!
        case 1e4: return 10_000
        case 1e6: return 1_000_000
        case 1e3: return 1_000
        case 1: return 1
        default: return Decimal(unit.scale)
        }
    }
}
