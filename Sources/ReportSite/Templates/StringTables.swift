// Every UI string of the site, per language, from `Templates/i18n/<lang>.yaml`.
// Loading checks that each key exists in every language, so lookups here
// never fall back silently.

public struct StringTables: Sendable {
    private let tables: [String: [String: String]]

    public init(_ tables: [String: [String: String]]) {
        self.tables = tables
    }

    /// The string for `key` in `language`; loading guarantees it exists for the keys the engine uses.
    public func callAsFunction(_ key: UIString, _ language: Language) -> String {
        tables[language.code]?[key.rawValue] ?? ""
    }

    /// The whole table of a language, handed to templates as `t`.
    public func table(for language: Language) -> [String: String] {
        tables[language.code] ?? [:]
    }
}

/// The string-table keys the engine itself uses (templates may use more;
/// those are checked against the templates that use them).
public enum UIString: String, CaseIterable, Sendable {
    case languageName = "language_name"
    case permalink
    case untranslatedNotice = "untranslated_notice"
    case notFoundTitle = "not_found_title"
    case sourcesHeading = "sources_heading"
    case notFoundText = "not_found_text"
    case backHome = "back_home"
    case footnotesHeading = "footnotes_heading"
    case footnoteBackReference = "footnote_backref"
    case tableRegion = "table_region"
    case citedBy = "cited_by"
    case listSeparator = "list_separator"
    case navHome = "nav_home"
    case navMetrics = "nav_metrics"
    case metricsTitle = "metrics_title"
    case untranslatedReportNotice = "untranslated_report_notice"
    case readingTime = "reading_time"
    case metricsCount = "metrics_count"
    case entityMetricsHeading = "entity_metrics_heading"
    case columnEntity = "column_entity"
    case columnIndicator = "column_indicator"
    case columnPeriod = "column_period"
    case columnValue = "column_value"
    case chartSources = "chart_sources"
    case chartDataTable = "chart_data_table"
    case chartDescExtremes = "chart_desc_extremes"
    case chartDescSingle = "chart_desc_single"
    case chartDescRise = "chart_desc_rise"
    case chartDescFall = "chart_desc_fall"
    case chartBar = "chart_bar"
    case chartColumn = "chart_column"
    case chartLine = "chart_line"
    case chartGroupedBar = "chart_grouped_bar"
    case chartStackedBar = "chart_stacked_bar"
    case chartProgress = "chart_progress"
    case chartTarget = "chart_target"

    /// The name of a chart type ("条形图", "Bar chart").
    init(chartKind: ChartSpec.Kind) {
        switch chartKind {
        case .bar: self = .chartBar
        case .column: self = .chartColumn
        case .line: self = .chartLine
        case .groupedBar: self = .chartGroupedBar
        case .stackedBar: self = .chartStackedBar
        case .progress: self = .chartProgress
        }
    }
}
