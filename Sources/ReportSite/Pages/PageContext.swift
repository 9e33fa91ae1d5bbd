// Builds the values each template receives. Contexts are plain dictionaries:
// swift-mustache reads them without reflection, which keeps rendering fast.

struct PageContext {
    let site: Site
    let resolution: Resolution
    let cards: ReportCards
    let metricTitles: MetricTitles
    let page: PlannedPage

    var language: Language { page.language }
    var strings: StringTables { site.theme.strings }

    /// A link from this page to another file of the site.
    func link(to path: String) -> String {
        SitePath.relative(from: page.path, to: path)
    }

    /// What every page has: language, strings, site, navigation, alternates.
    func common(title: String) -> [String: Any] {
        let alternates: [[String: Any]] = page.alternates.map { alternate in
            [
                "hreflang": alternate.language.htmlTag,
                "href": link(to: alternate.path),
                "name": strings(.languageName, alternate.language),
                "current": alternate.language == language,
            ]
        }
        return [
            "lang": language.code,
            "html_lang": language.htmlTag,
            "t": strings.table(for: language),
            "site_title": site.config.title[language],
            "site_description": site.config.description[language],
            "page_title": title,
            "is_home": page.kind == .home,
            "stylesheet": link(to: SitePath.stylesheet),
            "script": link(to: SitePath.script),
            "home_href": link(to: SitePath.of(.home, in: language)),
            "alternates": alternates,
            "nav": navigation,
            "x_default_href": link(to: page.alternates.first { $0.language.isDefault }?.path ?? page.path),
            "other_languages": alternates.filter { ($0["current"] as? Bool) != true },
        ]
    }

    /// The site's main sections, the current one marked.
    var navigation: [[String: Any]] {
        [(PageKind.home, UIString.navHome), (.metrics, .navMetrics)].map { kind, label in
            ["href": link(to: SitePath.of(kind, in: language)), "label": strings(label, language), "current": page.kind == kind]
        }
    }

    /// "Key projects · Huludao · 2021": what a metric measures, for titles and lists.
    func metricDescription(_ metric: Metric) -> String {
        metricTitles.title(of: metric, in: language)
    }

    /// One metric as a row of the metrics tables: what, when, how much, and the quote it rests on.
    func metricRow(_ metric: Metric) -> [String: Any] {
        let source = shownSource(metric.source)
        var row: [String: Any] = [
            "anchor": Resolution.markID(metric: metric.id),
            "id": metric.id,
            "indicator": site.indicator(metric.indicator)?.name[language] ?? metric.indicator,
            "entity": site.entity(metric.entity)?.name[language] ?? metric.entity,
            "entity_href": link(to: SitePath.of(.entity(id: metric.entity), in: language)),
            "period": PeriodText.format(metric.period, in: language),
            "value": QuantityFormatter.format(metric, in: language),
            "quote": metric.quote,
            "quote_href": link(to: SitePath.of(.source(slug: metric.source), in: language)) + "#" + Resolution.markID(metric: metric.id),
            "source_title": source?.title ?? metric.source,
            "source_lang": site.original(of: metric.source)?.language.htmlTag ?? language.htmlTag,
            "unverified": !metric.verify,
        ]
        if let note = metric.note { row["note"] = note[language] }
        return row
    }

    /// Entities in a reading order: each followed by the entities that lie within it,
    /// siblings sorted by name the way the page's language sorts (pinyin order for Chinese).
    var entitiesInTreeOrder: [Entity] {
        var out: [Entity] = []
        func visit(_ parent: String?) {
            let children = site.entities.filter { $0.partOf == parent }
            for entity in LocaleText.sorted(children, by: { $0.name[language] }, in: language) { out.append(entity); visit(entity.id) }
        }
        visit(nil)
        let placed = Set(out.map(\.id))
        return out + site.entities.filter { !placed.contains($0.id) }
    }

    /// Metrics rows grouped by entity, in tree order; entities without metrics are left out.
    func metricGroups(_ metrics: [Metric]) -> [[String: Any]] {
        let byEntity = Dictionary(grouping: metrics, by: \.entity)
        return entitiesInTreeOrder.compactMap { entity -> [String: Any]? in
            guard let rows = byEntity[entity.id], !rows.isEmpty else { return nil }
            let sorted = rows.sorted { ($0.period, $0.indicator, $0.id) < ($1.period, $1.indicator, $1.id) }
            return ["entity": entity.name[language], "entity_id": entity.id, "caption": entity.name[language],
                    "href": link(to: SitePath.of(.entity(id: entity.id), in: language)),
                    "count": sorted.count, "metrics": sorted.map(metricRow)]
        }
    }

    /// A report as an item of lists: title, summary, date, link.
    func reportItem(_ slug: String) -> [String: Any]? {
        guard let card = cards.card(slug, in: language) else { return nil }
        var item: [String: Any] = [
            "href": link(to: SitePath.of(.report(slug: slug), in: language)),
            "title": card.title,
            "summary": card.summary,
            "entities": entityLinks(card.entities),
        ]
        if let other = card.contentLanguage { item["content_lang"] = other.htmlTag }
        if let date = card.date, let text = card.dateText {
            item["date_text"] = text
            item["date_iso"] = date.description
        }
        return item
    }

    func entityLinks(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap { site.entity($0) }.map {
            ["name": $0.name[language], "href": link(to: SitePath.of(.entity(id: $0.id), in: language))]
        }
    }

    /// A chart as a figure on this page.
    func chartFigure(_ data: ChartData, id: String) -> String {
        let context = ChartContext(data: data, language: language, site: site, id: id) { metric in
            self.link(to: SitePath.of(.source(slug: metric.source), in: self.language)) + "#" + Resolution.markID(metric: metric.id)
        }
        return ChartFigure.render(context)
    }

    /// How Markdown renders on this page: labels in the page's language,
    /// marked as such when the text is in another.
    func renderOptions(contentLanguage: Language) -> HTMLRenderOptions {
        let labels = HTMLRenderOptions.Labels(permalink: strings(.permalink, language), footnotes: strings(.footnotesHeading, language),
                                              footnoteBackReference: strings(.footnoteBackReference, language),
                                              table: strings(.tableRegion, language))
        return HTMLRenderOptions(unsafeHTML: site.config.unsafeHTML, blockIDs: true, permalinks: true, labels: labels,
                                 labelLanguage: contentLanguage == language ? nil : language.htmlTag)
    }

    func entityNames(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap { site.entity($0) }.map { ["name": $0.name[language]] }
    }

    /// The fields of a source that headers and lists show.
    func summary(of source: Source) -> [String: Any] {
        var fields: [String: Any] = [
            "title": source.title,
            "entities": entityNames(source.entities),
            "content_lang": source.language.htmlTag,
        ]
        if let subtitle = source.subtitle { fields["subtitle"] = subtitle }
        if let author = source.author { fields["author"] = author }
        if let publication = source.publication { fields["publication"] = publication }
        if let date = source.date {
            fields["date_text"] = DateText.format(date, in: language)
            fields["date_iso"] = date.description
        }
        return fields
    }

    /// The version of a source to show in this page's language: its translation, else the original.
    func shownSource(_ slug: String) -> Source? {
        site.source(slug, in: language) ?? site.original(of: slug)
    }
}
