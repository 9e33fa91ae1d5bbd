// The `plan` stage: every file the build writes, with its path, language and
// counterparts in the other languages. Later stages render what is planned and
// nothing else.

/// One HTML page of the site.
public struct PlannedPage: Sendable, Hashable {
    public var kind: PageKind
    public var language: Language
    public var path: String
    /// The same page in every language of the site (including this one), in site order.
    public var alternates: [PageAlternate]
}

/// A page's counterpart in one language.
public struct PageAlternate: Sendable, Hashable {
    public var language: Language
    public var path: String
}

public enum PlannedFile: Sendable, Hashable {
    case page(PlannedPage)
    case asset(ThemeAsset)
    case sitemap
}

public struct Plan: Sendable {
    public var files: [PlannedFile]

    public var pages: [PlannedPage] {
        files.compactMap { if case .page(let p) = $0 { return p } else { return nil } }
    }

    /// Plans every page in every language, the 404 page, assets and the sitemap.
    public init(site: Site) {
        var files: [PlannedFile] = []
        let languages = site.config.languages
        var kinds: [PageKind] = [.home, .metrics]
        kinds += site.reportSlugs.map { PageKind.report(slug: $0) }
        kinds += site.sourceSlugs.map { PageKind.source(slug: $0) }
        kinds += site.entities.map { PageKind.entity(id: $0.id) }
        for language in languages {
            for kind in kinds {
                let alternates = languages.map { PageAlternate(language: $0, path: SitePath.of(kind, in: $0)) }
                files.append(.page(PlannedPage(kind: kind, language: language, path: SitePath.of(kind, in: language), alternates: alternates)))
            }
        }
        let defaultLanguage = site.config.defaultLanguage
        files.append(.page(PlannedPage(kind: .notFound, language: defaultLanguage, path: SitePath.of(.notFound, in: defaultLanguage),
                                       alternates: [PageAlternate(language: defaultLanguage, path: SitePath.of(.notFound, in: defaultLanguage))])))
        files += site.theme.assets.map { PlannedFile.asset($0) }
        if site.config.baseURL != nil { files.append(.sitemap) }
        self.files = files
    }
}
