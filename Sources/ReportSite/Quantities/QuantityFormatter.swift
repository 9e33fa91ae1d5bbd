// Writes a metric's value the way a language writes it. Chinese writes it as
// the source does (`2143亿元`, `近8000亿元`, `20余家`).

public enum QuantityFormatter {
    public static func format(_ metric: Metric, in language: Language) -> String {
        // English formatting arrives with the translations (issue #4); until then every page shows the Chinese form.
        chinese(metric)
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
}
