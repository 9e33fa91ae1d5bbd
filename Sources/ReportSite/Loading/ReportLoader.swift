// Loads one report (`reports/<slug>.<lang>.md`). Claims in its body are
// checked later, by the resolve stage, against the sources and metrics.

struct ReportLoader {
    let document: MarkdownDocumentLoader
    let languages: [Language]

    static let keys = ["title", "summary", "date", "entities", "weight", "draft"]

    func load(_ file: ContentFile, slug: String, language: Language, diagnostics: inout [Diagnostic]) -> Report? {
        let before = diagnostics.errorCount
        guard let loaded = document.load(file, keys: Self.keys, diagnostics: &diagnostics) else { return nil }
        let map = loaded.fields
        let summary = map.optionalString("summary", diagnostics: &diagnostics)
        var weight = 0
        if let value = map["weight"], !value.isNull, let text = value.string("'weight'", diagnostics: &diagnostics) {
            if let w = Int(text) { weight = w } else { diagnostics.append(.error("weight must be a whole number", at: value.place)) }
        }
        var draft = false
        if let value = map["draft"], !value.isNull { draft = value.bool("'draft'", diagnostics: &diagnostics) ?? false }
        let charts = ChartBlocks.blocks(in: loaded.blocks).compactMap { block -> ChartSpec? in
            guard case .codeBlock(_, let yaml) = block.kind else { return nil }
            return ChartSpec.parse(yaml, file: file.displayPath, position: block.position, languages: languages, diagnostics: &diagnostics)
        }
        guard diagnostics.errorCount == before, let title = loaded.title else { return nil }
        var report = Report(slug: slug, language: language, file: file.displayPath, title: title, summary: summary, date: loaded.date,
                            entities: loaded.entities, weight: weight, draft: draft, blocks: loaded.blocks, citable: loaded.citable)
        report.contentHash = BuildCache.hash(file.text.utf8)
        report.charts = charts
        return report
    }
}
