// Loads one source file (`sources/<slug>.<lang>.md`): front matter into
// fields, body through cmark-gfm, citable blocks numbered.

struct SourceLoader {
    let languages: [Language]

    static let keys = ["title", "subtitle", "author", "publication", "date", "entities", "translation_of"]

    func load(_ file: ContentFile, slug: String, language: Language, diagnostics: inout [Diagnostic]) -> (Source, entityPlaces: [SourcePlace])? {
        guard let front = FrontMatter.split(file.text, file: file.displayPath, diagnostics: &diagnostics),
              let yaml = YAMLValue.parse(front.yaml, file: file.displayPath, lineOffset: front.yamlLineOffset, diagnostics: &diagnostics),
              let map = yaml.mapping("front matter", diagnostics: &diagnostics) else { return nil }
        map.checkKeys(Self.keys, diagnostics: &diagnostics)
        let before = diagnostics.errorCount
        let title = map.requiredString("title", diagnostics: &diagnostics)
        var date: PartialDate?
        if let value = map["date"], !value.isNull, let text = value.string("'date'", diagnostics: &diagnostics) {
            date = PartialDate(text)
            if date == nil {
                diagnostics.append(.error("date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD", at: value.place))
            }
        }
        var entities: [String] = []
        var entityPlaces: [SourcePlace] = []
        if let value = map["entities"], !value.isNull {
            for (id, place) in value.stringList("'entities'", diagnostics: &diagnostics) {
                entities.append(id)
                entityPlaces.append(place)
            }
        }
        var translationOf: String?
        if let value = map["translation_of"], !value.isNull, let code = value.string("'translation_of'", diagnostics: &diagnostics) {
            if code == language.code {
                diagnostics.append(.error("translation_of '\(code)' names the file's own language", at: value.place))
            } else if !languages.contains(where: { $0.code == code }) {
                diagnostics.append(.error("translation_of '\(code)' is not a language of site.yaml (\(languages.map(\.code).joined(separator: ", ")))", at: value.place))
            } else {
                translationOf = code
            }
        }
        let subtitle = map.optionalString("subtitle", diagnostics: &diagnostics)
        let author = map.optionalString("author", diagnostics: &diagnostics)
        let publication = map.optionalString("publication", diagnostics: &diagnostics)
        let parsed = MarkdownParser(lineOffset: front.bodyLineOffset).parse(front.body)
        let numbered = CitableBlocks.number(parsed, file: file.displayPath)
        diagnostics += numbered.diagnostics
        guard diagnostics.errorCount == before, let title else { return nil }
        let source = Source(slug: slug, language: language, file: file.displayPath, title: title, subtitle: subtitle,
                            author: author, publication: publication, date: date, entities: entities,
                            translationOf: translationOf, blocks: numbered.blocks, citable: numbered.citable)
        return (source, entityPlaces)
    }
}
