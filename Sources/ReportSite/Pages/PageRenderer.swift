// The `render` stage for one page: page model → context → Mustache layout.
// Pages are independent of each other, so the builder renders them in parallel.

public struct PageRenderer: Sendable {
    public let site: Site
    public let resolution: Resolution

    public init(site: Site, resolution: Resolution) {
        self.site = site
        self.resolution = resolution
    }

    public func render(_ page: PlannedPage) -> String {
        let context = PageContext(site: site, page: page)
        switch page.kind {
        case .home: return renderHome(context)
        case .source(let slug): return renderSource(slug, context)
        case .notFound: return renderNotFound(context)
        }
    }

    private func layout(_ name: String, _ values: [String: Any]) -> String {
        site.theme.library.render(values, withTemplate: name) ?? ""
    }

    private func renderHome(_ context: PageContext) -> String {
        var values = context.common(title: site.config.title[context.language])
        values["sources"] = site.sourceSlugsNewestFirst.compactMap { slug -> [String: Any]? in
            guard let source = context.shownSource(slug) else { return nil }
            var item = context.summary(of: source)
            item["href"] = context.link(to: SitePath.of(.source(slug: slug), in: context.language))
            if source.language == context.language { item["content_lang"] = nil }
            return item
        }
        return layout("home", values)
    }

    private func renderSource(_ slug: String, _ context: PageContext) -> String {
        guard let source = context.shownSource(slug) else { return "" }
        let language = context.language
        var fields = context.summary(of: source)
        if source.language != language {
            fields["notice"] = site.theme.strings(.untranslatedNotice, language)
        }
        var renderer = HTMLRenderer(options: context.renderOptions(contentLanguage: source.language), delegate: PlainGFM())
        fields["body"] = renderer.render(source.blocks)
        var values = context.common(title: source.title)
        if let subtitle = source.subtitle { values["page_description"] = subtitle }
        values["source"] = fields
        return layout("source", values)
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
