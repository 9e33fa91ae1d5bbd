// Builds the values each template receives. Contexts are plain dictionaries:
// swift-mustache reads them without reflection, which keeps rendering fast.

struct PageContext {
    let site: Site
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
            "home_href": link(to: SitePath.of(.home, in: language)),
            "alternates": alternates,
            "x_default_href": link(to: page.alternates.first { $0.language.isDefault }?.path ?? page.path),
            "other_languages": alternates.filter { ($0["current"] as? Bool) != true },
        ]
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
