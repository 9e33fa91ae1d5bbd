// A chart's data: the metrics it shows, arranged as categories × series, all
// of one kind of quantity. Built from a spec against the site's metrics.

public struct ChartData: Sendable {
    public var spec: ChartSpec
    public var categoryDimension: ChartSpec.Dimension
    public var seriesDimension: ChartSpec.Dimension?
    /// Keys of the categories (entity ids, periods or indicator ids), in display order.
    public var categories: [String]
    /// Keys of the series; one unnamed series when the chart has none.
    public var series: [String]
    /// `cells[category][series]`: the metric shown there, if any.
    public var cells: [[Metric?]]
    public var kind: QuantityKind

    /// The metrics in reading order.
    public var metrics: [Metric] { cells.flatMap { $0.compactMap { $0 } } }

    static func key(_ metric: Metric, _ dimension: ChartSpec.Dimension) -> String {
        switch dimension {
        case .entity: return metric.entity
        case .period: return metric.period.description
        case .indicator: return metric.indicator
        }
    }

    /// Resolves a spec; problems are errors at the chart block.
    static func resolve(_ spec: ChartSpec, site: Site, diagnostics: inout [Diagnostic]) -> ChartData? {
        var metrics: [Metric] = []
        switch spec.selection {
        case .metrics(let ids):
            for id in ids {
                if let m = site.metric(id) { metrics.append(m) } else {
                    diagnostics.append(.error(EditDistance.unknown("metric", id, among: site.metrics.map(\.id), context: " in chart"), at: spec.idPlaces[id] ?? spec.place))
                }
            }
        case .select(let indicators, let entities, let periods, let sources):
            for (kind, wanted, known) in [("indicator", indicators, site.indicators.map(\.id)), ("entity", entities, site.entities.map(\.id)),
                                          ("source", sources, site.sourceSlugs)] {
                for id in wanted where !known.contains(id) {
                    diagnostics.append(.error(EditDistance.unknown(kind, id, among: known, context: " in chart selection"), at: spec.idPlaces[id] ?? spec.place))
                }
            }
            metrics = site.metrics.filter {
                (indicators.isEmpty || indicators.contains($0.indicator)) && (entities.isEmpty || entities.contains($0.entity))
                    && (periods.isEmpty || periods.contains($0.period.description)) && (sources.isEmpty || sources.contains($0.source))
            }
        }
        guard !metrics.isEmpty else {
            if !diagnostics.hasErrors { diagnostics.append(.error("chart selection matches no metric", at: spec.place)) }
            return nil
        }
        let kinds = Set(metrics.map(\.unit.kind))
        if kinds.count > 1 {
            let examples = kinds.compactMap { k in metrics.first { $0.unit.kind == k } }.map { "\($0.id) (\($0.unit.zh))" }.sorted()
            diagnostics.append(.error("chart mixes quantities of different kinds: \(examples.joined(separator: ", ")); a chart shows one kind", at: spec.place))
            return nil
        }
        let kind = metrics[0].unit.kind
        if spec.kind == .progress && kind != .percent {
            diagnostics.append(.error("a progress chart shows percentages (shares of a target); \(metrics[0].id) is in \(metrics[0].unit.zh)", at: spec.place))
            return nil
        }
        // Categories are the dimension that varies, unless the author says; series the next one that varies.
        let varying = ChartSpec.Dimension.allCases.filter { d in Set(metrics.map { key($0, d) }).count > 1 }
        let group = spec.group ?? (varying.first ?? .entity)
        var seriesDimension = spec.series
        if seriesDimension == nil, [.line, .groupedBar, .stackedBar].contains(spec.kind) {
            seriesDimension = varying.first { $0 != group }
        }
        if spec.kind == .line, spec.group == nil, varying.contains(.period) {
            // A line runs over time.
            return arrange(spec, metrics: metrics, group: .period, series: varying.first { $0 != .period }, kind: kind, site: site, diagnostics: &diagnostics)
        }
        return arrange(spec, metrics: metrics, group: group, series: seriesDimension, kind: kind, site: site, diagnostics: &diagnostics)
    }

    static func arrange(_ spec: ChartSpec, metrics: [Metric], group: ChartSpec.Dimension, series: ChartSpec.Dimension?, kind: QuantityKind,
                        site: Site, diagnostics: inout [Diagnostic]) -> ChartData? {
        // Periods run in time order; entities and indicators in the order first met.
        let periods = Dictionary(metrics.map { ($0.period.description, $0.period) }, uniquingKeysWith: { a, _ in a })
        func ordered(_ keys: [String], _ dimension: ChartSpec.Dimension) -> [String] {
            var seen = Set<String>()
            let unique = keys.filter { seen.insert($0).inserted }
            if dimension == .period { return unique.sorted { periods[$0]! < periods[$1]! } }
            return unique
        }
        var categories = ordered(metrics.map { key($0, group) }, group)
        let seriesKeys = series.map { s in ordered(metrics.map { key($0, s) }, s) } ?? [""]
        var cells = categories.map { _ in [Metric?](repeating: nil, count: seriesKeys.count) }
        for metric in metrics {
            let c = categories.firstIndex(of: key(metric, group))!
            let s = series.map { seriesKeys.firstIndex(of: key(metric, $0))! } ?? 0
            if let other = cells[c][s] {
                diagnostics.append(.error("chart has two metrics for one bar: \(other.id) and \(metric.id); narrow the selection or set 'group'/'series'", at: spec.place))
                return nil
            }
            cells[c][s] = metric
        }
        let sort = spec.sort ?? (group == .period ? .asListed : .valueDesc)
        if sort != .asListed {
            let totals = cells.map { row in row.compactMap { $0.map { $0.value * $0.unit.scale } }.reduce(0, +) }
            let order = categories.indices.sorted { a, b in
                sort == .valueDesc ? (totals[a], b) > (totals[b], a) : (totals[a], a) < (totals[b], b)
            }
            categories = order.map { categories[$0] }
            cells = order.map { cells[$0] }
        }
        return ChartData(spec: spec, categoryDimension: group, seriesDimension: series, categories: categories, series: seriesKeys,
                         cells: cells, kind: kind)
    }
}
