// The whole site as one immutable value: what `load` produces and every later
// stage reads. Collections are kept sorted so that iteration order never
// depends on the file system.

public struct SiteConfig: Sendable, Hashable {
    public var title: BilingualText
    public var description: BilingualText
    /// The site's languages; the first is the default.
    public var languages: [Language]
    /// Absolute URL the site is published at, with a trailing slash; only for sitemap.xml.
    public var baseURL: String?
    public var unsafeHTML: Bool

    public var defaultLanguage: Language { languages[0] }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }
}

public struct Site: Sendable {
    public var config: SiteConfig
    /// Entities sorted by id.
    public var entities: [Entity]
    /// Indicators sorted by id.
    public var indicators: [Indicator]
    /// Sources sorted by slug, then language in site order.
    public var sources: [Source]
    /// Reports (drafts left out) sorted by weight, then slug, then language.
    public var reports: [Report]
    /// Metrics sorted by id.
    public var metrics: [Metric]
    public var theme: Theme

    public init(config: SiteConfig, entities: [Entity], indicators: [Indicator], sources: [Source], reports: [Report] = [],
                metrics: [Metric] = [], theme: Theme) {
        self.config = config
        self.entities = entities.sorted { $0.id < $1.id }
        self.indicators = indicators.sorted { $0.id < $1.id }
        let order = Dictionary(uniqueKeysWithValues: config.languages.enumerated().map { ($1.code, $0) })
        self.sources = sources.sorted { ($0.slug, order[$0.language.code] ?? 0) < ($1.slug, order[$1.language.code] ?? 0) }
        self.reports = reports.sorted { ($0.weight, $0.slug, order[$0.language.code] ?? 0) < ($1.weight, $1.slug, order[$1.language.code] ?? 0) }
        self.metrics = metrics.sorted { $0.id < $1.id }
        self.theme = theme
        entityIndex = Dictionary(uniqueKeysWithValues: self.entities.map { ($0.id, $0) })
        indicatorIndex = Dictionary(uniqueKeysWithValues: self.indicators.map { ($0.id, $0) })
        metricIndex = Dictionary(uniqueKeysWithValues: self.metrics.map { ($0.id, $0) })
        sourceIndex = Dictionary(self.sources.map { ($0.slug + "." + $0.language.code, $0) }, uniquingKeysWith: { a, _ in a })
        originalIndex = Dictionary(self.sources.filter { !$0.isTranslation }.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        reportIndex = Dictionary(self.reports.map { ($0.slug + "." + $0.language.code, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        sourceSlugs = self.sources.compactMap { seen.insert($0.slug).inserted ? $0.slug : nil }
        seen = []
        reportSlugs = self.reports.compactMap { seen.insert($0.slug).inserted ? $0.slug : nil }
    }

    // Lookups by id, built once: pages ask for them thousands of times.
    private let entityIndex: [String: Entity]
    private let indicatorIndex: [String: Indicator]
    private let metricIndex: [String: Metric]
    private let sourceIndex: [String: Source]
    private let originalIndex: [String: Source]
    private let reportIndex: [String: Report]

    public func entity(_ id: String) -> Entity? { entityIndex[id] }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id] }
    public func metric(_ id: String) -> Metric? { metricIndex[id] }

    /// The slugs of all reports, in list order.
    public let reportSlugs: [String]

    /// The report with this slug in this language, if written.
    public func report(_ slug: String, in language: Language) -> Report? {
        reportIndex[slug + "." + language.code]
    }

    /// A report in this language, else in the default language, else any.
    public func reportForDisplay(_ slug: String, in language: Language) -> Report? {
        report(slug, in: language) ?? report(slug, in: config.defaultLanguage)
            ?? config.languages.lazy.compactMap { self.report(slug, in: $0) }.first
    }

    /// The slugs of all sources, in order.
    public let sourceSlugs: [String]

    /// Slugs newest first (by the original's date, undated last), then by slug: the order lists show.
    public var sourceSlugsNewestFirst: [String] {
        sourceSlugs.sorted { a, b in
            switch (original(of: a)?.date, original(of: b)?.date) {
            case let (da?, db?) where da != db: return db < da
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a < b
            }
        }
    }

    /// The source with this slug in this language, if written.
    public func source(_ slug: String, in language: Language) -> Source? {
        sourceIndex[slug + "." + language.code]
    }

    /// The original (non-translation) version of a source.
    public func original(of slug: String) -> Source? {
        originalIndex[slug]
    }
}
