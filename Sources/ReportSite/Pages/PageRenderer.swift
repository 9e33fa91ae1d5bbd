// The `render` stage for one page: page model → context → Mustache layout.
// Pages are independent of each other, so the builder renders them in parallel.
import Foundation

public struct PageRenderer: Sendable {
    public let site: Site
    public let resolution: Resolution
    let cards: ReportCards
    let metricTitles: MetricTitles

    public init(site: Site, resolution: Resolution) {
        self.site = site
        self.resolution = resolution
        cards = ReportCards(site: site)
        metricTitles = MetricTitles(site: site)
    }

    public func render(_ page: PlannedPage) -> String {
        let context = PageContext(site: site, resolution: resolution, cards: cards, metricTitles: metricTitles, page: page)
        switch page.kind {
        case .home: return renderHome(context)
        case .source(let slug): return renderSource(slug, context)
        case .report(let slug): return renderReport(slug, context)
        case .metrics: return renderMetrics(context)
        case .entity(let id): return renderEntity(id, context)
        case .notFound: return renderNotFound(context)
        }
    }

    private func layout(_ name: String, _ values: [String: Any]) -> String {
        site.theme.library.render(values, withTemplate: name) ?? ""
    }

    private func markdown(_ blocks: [Block], file: String, contentLanguage: Language, markedSource: String?, _ context: PageContext) -> String {
        var renderer = HTMLRenderer(options: context.renderOptions(contentLanguage: contentLanguage),
                                    delegate: ContentLinks(context: context, file: file, markedSource: markedSource, contentLanguage: contentLanguage))
        return renderer.render(blocks)
    }

    private func renderHome(_ context: PageContext) -> String {
        var values = context.common(title: site.config.title[context.language])
        values["reports"] = site.reportSlugs.compactMap(context.reportItem)
        values["sources"] = site.sourceSlugsNewestFirst.compactMap { slug -> [String: Any]? in
            guard let source = context.shownSource(slug) else { return nil }
            var item = context.summary(of: source)
            item["href"] = context.link(to: SitePath.of(.source(slug: slug), in: context.language))
            if source.language == context.language { item["content_lang"] = nil }
            return item
        }
        values["entities"] = context.entitiesInTreeOrder.compactMap { entity -> [String: Any]? in
            let count = site.metrics.filter { $0.entity == entity.id }.count
            guard count > 0 else { return nil }
            return ["name": entity.name[context.language], "count": count,
                    "href": context.link(to: SitePath.of(.entity(id: entity.id), in: context.language))]
        }
        values["metrics_href"] = context.link(to: SitePath.of(.metrics, in: context.language))
        values["metric_count"] = site.metrics.count
        return layout("home", values)
    }

    private func renderSource(_ slug: String, _ context: PageContext) -> String {
        guard let source = context.shownSource(slug) else { return "" }
        let language = context.language
        var fields = context.summary(of: source)
        if source.language != language {
            fields["notice"] = site.theme.strings(.untranslatedNotice, language)
        }
        if source.isTranslation, let original = site.original(of: slug) {
            // A translation is shown beside its original: the original keeps the ids, marks and citations.
            fields["parallel"] = parallelRows(original: original, translation: source, context)
            fields["original_title"] = original.title
            fields["original_lang"] = original.language.htmlTag
            fields["original_language_name"] = site.theme.strings(.languageName, original.language)
        } else {
            fields["parallel"] = [[String: Any]]()
            fields["body"] = markdown(source.blocks, file: source.file, contentLanguage: source.language, markedSource: slug, context)
        }
        var values = context.common(title: source.title)
        if fields["parallel"] != nil { values["main_class"] = "main--wide" }
        if let subtitle = source.subtitle { values["page_description"] = subtitle }
        values["source"] = fields
        return layout("source", values)
    }

    private func parallelRows(original: Source, translation: Source, _ context: PageContext) -> [[String: Any]] {
        var left = HTMLRenderer(options: context.renderOptions(contentLanguage: original.language),
                                delegate: ContentLinks(context: context, file: original.file, markedSource: original.slug, contentLanguage: original.language))
        var rightOptions = context.renderOptions(contentLanguage: translation.language)
        rightOptions.blockIDs = false
        rightOptions.permalinks = false
        var right = HTMLRenderer(options: rightOptions, delegate: ContentLinks(context: context, file: translation.file, markedSource: nil, contentLanguage: translation.language))
        return ParallelText.rows(original: original.blocks, translation: translation.blocks).map { row in
            ["original": left.render(row.original), "translation": right.render(row.translation)]
        }
    }

    private func renderReport(_ slug: String, _ context: PageContext) -> String {
        guard let report = site.reportForDisplay(slug, in: context.language) else { return "" }
        let language = context.language
        var fields = context.reportItem(slug) ?? [:]
        if report.language != language {
            fields["notice"] = site.theme.strings(.untranslatedReportNotice, language)
        }
        fields["content_lang"] = report.language.htmlTag
        fields["body"] = markdown(report.blocks, file: report.file, contentLanguage: report.language, markedSource: nil, context)
        let minutes = cards.card(slug, in: language)?.readingMinutes ?? 1
        fields["reading_time"] = site.theme.strings(.readingTime, language).replacingOccurrences(of: "{minutes}", with: String(minutes))
        // The sources this report's claims rest on, in the order first cited.
        var cited: [String] = []
        for link in LinkWalker.links(in: report.blocks) {
            if let claim = resolution.claim(in: report.file, at: link.position), !cited.contains(claim.slug) { cited.append(claim.slug) }
        }
        fields["sources"] = cited.compactMap { slug -> [String: Any]? in
            guard let source = context.shownSource(slug) else { return nil }
            return ["title": source.title, "lang": source.language.htmlTag,
                    "href": context.link(to: SitePath.of(.source(slug: slug), in: language))]
        }
        var values = context.common(title: report.title)
        values["page_description"] = fields["summary"]
        values["report"] = fields
        return layout("report", values)
    }

    private func renderMetrics(_ context: PageContext) -> String {
        var values = context.common(title: site.theme.strings(.metricsTitle, context.language))
        values["groups"] = context.metricGroups(site.metrics)
        values["main_class"] = "main--wide"
        values["metric_count_text"] = site.theme.strings(.metricsCount, context.language)
            .replacingOccurrences(of: "{count}", with: String(site.metrics.count))
            .replacingOccurrences(of: "{unverified}", with: String(site.metrics.filter { !$0.verify }.count))
        return layout("metrics", values)
    }

    private func renderEntity(_ id: String, _ context: PageContext) -> String {
        guard let entity = site.entity(id) else { return "" }
        let language = context.language
        var fields: [String: Any] = ["name": entity.name[language], "id": entity.id]
        if let parent = entity.partOf.flatMap({ site.entity($0) }) {
            fields["parent"] = ["name": parent.name[language], "href": context.link(to: SitePath.of(.entity(id: parent.id), in: language))]
        }
        fields["children"] = context.entityLinks(site.entities.filter { $0.partOf == id }.map(\.id))
        let metrics = site.metrics.filter { $0.entity == id }.sorted { ($0.period, $0.indicator, $0.id) < ($1.period, $1.indicator, $1.id) }
        fields["charts"] = entity.charts.enumerated().compactMap { i, spec -> [String: Any]? in
            guard let data = resolution.charts[ClaimKey(spec.place)] else { return nil }
            return ["html": context.chartFigure(data, id: "chart-\(i + 1)")]
        }
        fields["metrics"] = metrics.map(context.metricRow)
        fields["caption"] = site.theme.strings(.entityMetricsHeading, language)
        fields["metric_count"] = metrics.count
        fields["reports"] = cards.reports(covering: id, in: language).compactMap(context.reportItem)
        fields["sources"] = site.sourceSlugsNewestFirst.filter { site.original(of: $0)?.entities.contains(id) ?? false }.compactMap { slug -> [String: Any]? in
            guard let source = context.shownSource(slug) else { return nil }
            return ["title": source.title, "lang": source.language.htmlTag,
                    "href": context.link(to: SitePath.of(.source(slug: slug), in: language))]
        }
        var values = context.common(title: entity.name[language])
        values["main_class"] = "main--wide"
        values["entity"] = fields
        return layout("entity", values)
    }

    private func renderNotFound(_ context: PageContext) -> String {
        var values = context.common(title: site.theme.strings(.notFoundTitle, context.language))
        values["homes"] = site.config.languages.map { language -> [String: Any] in
            let strings = site.theme.strings
            return [
                "lang": language.htmlTag,
                "href": context.link(to: SitePath.of(.home, in: language)),
                "title": strings(.notFoundTitle, language),
                "text": strings(.notFoundText, language),
                "home_label": strings(.backHome, language),
            ]
        }
        return layout("404", values)
    }
}
