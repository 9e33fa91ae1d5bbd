// Loads one source file (`sources/<slug>.<lang>.md`): front matter into
// fields, body through cmark-gfm, citable blocks numbered.

struct SourceLoader {
    let languages: [Language]
    let document: MarkdownDocumentLoader

    static let keys = ["title", "subtitle", "author", "publication", "date", "entities", "translation_of"]

    func load(_ file: ContentFile, slug: String, language: Language, diagnostics: inout [Diagnostic]) -> Source? {
        let before = diagnostics.errorCount
        guard let loaded = document.load(file, keys: Self.keys, diagnostics: &diagnostics) else { return nil }
        let map = loaded.fields
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
        guard diagnostics.errorCount == before, let title = loaded.title else { return nil }
        var source = Source(slug: slug, language: language, file: file.displayPath, title: title, subtitle: subtitle,
                            author: author, publication: publication, date: loaded.date, entities: loaded.entities,
                            translationOf: translationOf, blocks: loaded.blocks, citable: loaded.citable)
        source.contentHash = BuildCache.hash(file.text.utf8)
        return source
    }
}
