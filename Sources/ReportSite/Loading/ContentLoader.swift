// The `load` stage: reads Content/ and Templates/ once and produces the
// immutable `Site`, or the diagnostics that stop the build. Nothing after this
// stage touches the input folders.
import Foundation

public struct ContentLoader: Sendable {
    public var contentRoot: URL
    public var templatesRoot: URL

    public init(contentRoot: URL, templatesRoot: URL) {
        self.contentRoot = contentRoot.standardizedFileURL
        self.templatesRoot = templatesRoot.standardizedFileURL
    }

    public func load() -> (site: Site?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: contentRoot.path) else {
            return (nil, [Diagnostic(.error, "content folder not found", file: ContentFile.displayPath(contentRoot))])
        }
        guard let config = loadConfig(diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let entities = loadEntities(config, diagnostics: &diagnostics)
        let indicators = loadIndicators(config, diagnostics: &diagnostics)
        let document = MarkdownDocumentLoader(entities: Set(entities.map(\.id)))
        let sources = loadSources(config, document: document, diagnostics: &diagnostics)
        let reports = loadReports(config, document: document, diagnostics: &diagnostics)
        let metricFiles = ContentFile.sortedEntries(of: contentRoot.appendingPathComponent("metrics")).compactMap { url -> ContentFile? in
            guard url.pathExtension == "yaml" || url.pathExtension == "yml" else {
                diagnostics.append(Diagnostic(.warning, "ignored: metrics files end in .yaml", file: ContentFile.displayPath(url)))
                return nil
            }
            return ContentFile.read(url, root: contentRoot, diagnostics: &diagnostics)
        }
        let metrics = MetricLoader(languages: config.languages, entities: Set(entities.map(\.id)), indicators: Set(indicators.map(\.id)),
                                   sources: Set(sources.map(\.slug))).load(metricFiles, diagnostics: &diagnostics)
        let theme = ThemeLoader(root: templatesRoot, languages: config.languages).load(diagnostics: &diagnostics)
        guard !diagnostics.hasErrors, let theme else { return (nil, diagnostics) }
        return (Site(config: config, entities: entities, indicators: indicators, sources: sources, reports: reports,
                     metrics: metrics, theme: theme), diagnostics)
    }

    private func read(_ name: String, required: Bool, diagnostics: inout [Diagnostic]) -> YAMLValue? {
        let url = contentRoot.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { diagnostics.append(Diagnostic(.error, "missing \(name)", file: ContentFile.displayPath(url))) }
            return nil
        }
        guard let file = ContentFile.read(url, root: contentRoot, diagnostics: &diagnostics) else { return nil }
        return YAMLValue.parse(file.text, file: file.displayPath, diagnostics: &diagnostics)
    }

    static let siteKeys = ["title", "description", "languages", "base_url", "markdown"]

    private func loadConfig(diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let yaml = read("site.yaml", required: true, diagnostics: &diagnostics),
              let map = yaml.mapping("site.yaml", diagnostics: &diagnostics) else { return nil }
        map.checkKeys(Self.siteKeys, diagnostics: &diagnostics)
        var languages: [Language] = []
        if let list = map["languages"] {
            for (code, place) in list.stringList("'languages'", diagnostics: &diagnostics) {
                if !Self.isLanguageCode(code) {
                    diagnostics.append(.error("'\(code)' is not a language code (like zh or en)", at: place))
                } else if languages.contains(where: { $0.code == code }) {
                    diagnostics.append(.error("language '\(code)' is listed twice", at: place))
                } else {
                    languages.append(Language(code: code, isDefault: languages.isEmpty))
                }
            }
        }
        if languages.isEmpty {
            diagnostics.append(.error("site.yaml must list at least one language, e.g. languages: [zh, en]", at: map["languages"]?.place ?? yaml.place))
            return nil
        }
        let title = map["title"].flatMap { $0.bilingual("title", languages: languages, diagnostics: &diagnostics) }
        if map["title"] == nil { diagnostics.append(.error("site.yaml is missing required 'title'", at: yaml.place)) }
        let description = map["description"].flatMap { $0.bilingual("description", languages: languages, diagnostics: &diagnostics) }
            ?? BilingualText(Dictionary(uniqueKeysWithValues: languages.map { ($0.code, "") }))
        var baseURL = map.optionalString("base_url", diagnostics: &diagnostics)
        if let url = baseURL {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(" ") {
                diagnostics.append(.error("base_url must be an absolute http(s) URL", at: map["base_url"]!.place))
                baseURL = nil
            } else if !url.hasSuffix("/") {
                baseURL = url + "/"
            }
        }
        var unsafeHTML = false
        if let markdown = map["markdown"], let m = markdown.mapping("markdown", diagnostics: &diagnostics) {
            m.checkKeys(["unsafe_html"], diagnostics: &diagnostics)
            if let v = m["unsafe_html"] { unsafeHTML = v.bool("unsafe_html", diagnostics: &diagnostics) ?? false }
        }
        guard let title else { return nil }
        return SiteConfig(title: title, description: description, languages: languages, baseURL: baseURL, unsafeHTML: unsafeHTML)
    }

    static func isLanguageCode(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) } }
    }

    private func loadEntities(_ config: SiteConfig, diagnostics: inout [Diagnostic]) -> [Entity] {
        guard let yaml = read("entities.yaml", required: false, diagnostics: &diagnostics), !yaml.isNull,
              let map = yaml.mapping("entities.yaml", diagnostics: &diagnostics) else { return [] }
        var entities: [Entity] = []
        var parents: [(String, SourcePlace)] = []
        for pair in map.pairs {
            guard checkID(pair.key, at: pair.keyPlace, diagnostics: &diagnostics),
                  let fields = pair.value.mapping("entity '\(pair.key)'", diagnostics: &diagnostics) else { continue }
            fields.checkKeys(["name", "part_of", "charts"], diagnostics: &diagnostics)
            guard let nameValue = fields["name"] else {
                diagnostics.append(.error("entity '\(pair.key)' is missing required 'name'", at: pair.keyPlace))
                continue
            }
            // An entity whose name has errors is still known, so that its users do not report it missing too.
            let name = nameValue.bilingual("name", languages: config.languages, diagnostics: &diagnostics) ?? BilingualText([:])
            let partOf = fields.optionalString("part_of", diagnostics: &diagnostics)
            if let partOf, let place = fields["part_of"]?.place { parents.append((partOf, place)) }
            var charts: [ChartSpec] = []
            if let list = fields["charts"] {
                if case .sequence(let items) = list.node {
                    for item in items {
                        let value = list.child(item)
                        if let spec = ChartSpec.parse(value, place: value.place, languages: config.languages, diagnostics: &diagnostics) { charts.append(spec) }
                    }
                } else {
                    diagnostics.append(.error("'charts' must be a list of charts (- type: …)", at: list.place))
                }
            }
            entities.append(Entity(id: pair.key, name: name, partOf: partOf, place: pair.keyPlace, charts: charts))
        }
        let ids = entities.map(\.id)
        for (parent, place) in parents where !ids.contains(parent) {
            diagnostics.append(.error(EditDistance.unknown("entity", parent, among: ids), at: place))
        }
        return entities
    }

    private func loadIndicators(_ config: SiteConfig, diagnostics: inout [Diagnostic]) -> [Indicator] {
        guard let yaml = read("indicators.yaml", required: false, diagnostics: &diagnostics), !yaml.isNull,
              let map = yaml.mapping("indicators.yaml", diagnostics: &diagnostics) else { return [] }
        var indicators: [Indicator] = []
        for pair in map.pairs {
            guard checkID(pair.key, at: pair.keyPlace, diagnostics: &diagnostics),
                  let fields = pair.value.mapping("indicator '\(pair.key)'", diagnostics: &diagnostics) else { continue }
            fields.checkKeys(["name"], diagnostics: &diagnostics)
            guard let nameValue = fields["name"] else {
                diagnostics.append(.error("indicator '\(pair.key)' is missing required 'name'", at: pair.keyPlace))
                continue
            }
            if let name = nameValue.bilingual("name", languages: config.languages, diagnostics: &diagnostics) {
                indicators.append(Indicator(id: pair.key, name: name, place: pair.keyPlace))
            }
        }
        return indicators
    }

    private func checkID(_ id: String, at place: SourcePlace, diagnostics: inout [Diagnostic]) -> Bool {
        guard FileName.isSlug(id) else {
            diagnostics.append(.error("'\(id)' is not a valid id: use lowercase letters, digits and single hyphens", at: place))
            return false
        }
        return true
    }

    /// A content file with the slug and language its name gives.
    struct ContentFileEntry: Sendable {
        var file: ContentFile
        var slug: String
        var language: Language
    }

    /// The `<slug>.<lang>.md` files of a content folder, read, with their slug and language.
    private func markdownFiles(in folder: String, _ config: SiteConfig, diagnostics: inout [Diagnostic]) -> [ContentFileEntry] {
        ContentFile.sortedEntries(of: contentRoot.appendingPathComponent(folder)).compactMap { url in
            let display = ContentFile.displayPath(url)
            guard let (slug, code) = FileName.parse(url.lastPathComponent) else {
                diagnostics.append(Diagnostic(.error, "file name must be <slug>.<lang>.md with a slug of lowercase letters, digits and hyphens (like huludao-2021.zh.md)", file: display))
                return nil
            }
            guard let language = config.language(code) else {
                diagnostics.append(Diagnostic(.error, "'\(code)' is not a language of site.yaml (\(config.languages.map(\.code).joined(separator: ", ")))", file: display))
                return nil
            }
            guard let file = ContentFile.read(url, root: contentRoot, diagnostics: &diagnostics) else { return nil }
            return ContentFileEntry(file: file, slug: slug, language: language)
        }
    }

    /// Parses files on all cores; diagnostics are merged in file order, so output never depends on timing.
    private func parse<T: Sendable>(_ files: [ContentFileEntry], diagnostics: inout [Diagnostic],
                                    _ load: @Sendable (ContentFileEntry, inout [Diagnostic]) -> T?) -> [T] {
        let results = files.parallelMap { entry -> (T?, [Diagnostic]) in
            var local: [Diagnostic] = []
            let value = load(entry, &local)
            return (value, local)
        }
        for (_, problems) in results { diagnostics += problems }
        return results.compactMap(\.0)
    }

    private func loadSources(_ config: SiteConfig, document: MarkdownDocumentLoader, diagnostics: inout [Diagnostic]) -> [Source] {
        let loader = SourceLoader(languages: config.languages, document: document)
        let files = markdownFiles(in: "sources", config, diagnostics: &diagnostics)
        let sources = parse(files, diagnostics: &diagnostics) { entry, problems in
            loader.load(entry.file, slug: entry.slug, language: entry.language, diagnostics: &problems)
        }
        checkOriginals(sources, diagnostics: &diagnostics)
        return sources
    }

    private func loadReports(_ config: SiteConfig, document: MarkdownDocumentLoader, diagnostics: inout [Diagnostic]) -> [Report] {
        let loader = ReportLoader(document: document, languages: config.languages)
        let files = markdownFiles(in: "reports", config, diagnostics: &diagnostics)
        return parse(files, diagnostics: &diagnostics) { entry, problems in
            loader.load(entry.file, slug: entry.slug, language: entry.language, diagnostics: &problems)
        }.filter { !$0.draft }
    }

    /// Each slug has exactly one original; every translation names the original's language.
    private func checkOriginals(_ sources: [Source], diagnostics: inout [Diagnostic]) {
        for (_, versions) in Dictionary(grouping: sources, by: \.slug).sorted(by: { $0.key < $1.key }) {
            let originals = versions.filter { !$0.isTranslation }
            if originals.count > 1 {
                for extra in originals.dropFirst() {
                    diagnostics.append(Diagnostic(.error, "two originals of '\(extra.slug)' (\(originals.map(\.file).joined(separator: ", "))); mark translations with translation_of", file: extra.file))
                }
            }
            for translation in versions where translation.isTranslation {
                guard let original = originals.first else {
                    diagnostics.append(Diagnostic(.error, "translation of '\(translation.slug)' has no original (\(translation.slug).\(translation.translationOf!).md)", file: translation.file))
                    continue
                }
                if original.language.code != translation.translationOf {
                    diagnostics.append(Diagnostic(.error, "translation_of '\(translation.translationOf!)' but the original is \(original.file)", file: translation.file))
                }
            }
        }
    }
}
