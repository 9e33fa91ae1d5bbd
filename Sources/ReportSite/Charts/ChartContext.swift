// What every chart type needs to draw one chart on one page: its data, labels
// and values in the page's language, the axis unit, and links to the quotes.
import Foundation

struct ChartContext {
    let data: ChartData
    let language: Language
    let site: Site
    /// Unique on the page: prefixes the SVG's title and desc ids.
    let id: String
    /// The link to a metric's marked quote in the source page of this language.
    let href: (Metric) -> String

    static let width = 340.0
    static let font = 12.0
    static let smallFont = 10.0

    var strings: StringTables { site.theme.strings }

    func label(_ key: String, _ dimension: ChartSpec.Dimension?) -> String {
        switch dimension {
        case .entity?: return site.entity(key)?.name[language] ?? key
        case .period?: return Period(key).map { PeriodText.format($0, in: language) } ?? key
        case .indicator?: return site.indicator(key)?.name[language] ?? key
        case nil: return ""
        }
    }

    var categoryLabels: [String] { data.categories.map { label($0, data.categoryDimension) } }
    var seriesLabels: [String] { data.series.map { label($0, data.seriesDimension) } }
    var hasSeries: Bool { data.seriesDimension != nil && data.series.count > 1 }

    var axisUnit: AxisUnit {
        let metrics = data.metrics
        let maxMagnitude = metrics.map { abs($0.value * $0.unit.scale) }.max() ?? 0
        return AxisUnit.choose(kind: data.kind, units: metrics.map(\.unit), maxMagnitude: maxMagnitude, language: language)
    }

    /// A metric's value in axis units.
    func display(_ metric: Metric) -> Double { metric.value * metric.unit.scale / axisUnit.scale }

    /// A number in axis units, written the language's way (`1,234.5`, `110.83%`).
    func number(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        return LocaleText.number(Decimal(string: String(rounded)) ?? Decimal(rounded), in: language) + axisUnit.suffix
    }

    /// The full value as the page writes it (`2143亿元`, `CNY 214.3 billion`).
    func valueText(_ metric: Metric) -> String { QuantityFormatter.format(metric, in: language) }

    /// "Huludao · 2021 · 464": what a mark's link says to a screen reader.
    func markLabel(category: Int, series: Int, metric: Metric) -> String {
        let parts = [categoryLabels[category], hasSeries ? seriesLabels[series] : nil,
                     data.categoryDimension != .indicator && data.seriesDimension != .indicator ? site.indicator(metric.indicator)?.name[language] : nil,
                     data.categoryDimension != .period && data.seriesDimension != .period ? PeriodText.format(metric.period, in: language) : nil,
                     valueText(metric)]
        return parts.compactMap { $0 }.joined(separator: " · ")
    }
}
