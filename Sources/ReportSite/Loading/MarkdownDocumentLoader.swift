// What sources and reports share: front matter split and read with positions,
// the fields both have (title, date, entities), and the body parsed and numbered.

struct MarkdownDocumentLoader {
    /// A document's front matter mapping and its parsed, numbered body.
    struct Loaded {
        var fields: YAMLMapping
        var blocks: [Block]
        var citable: [CitableBlock]
        var title: String?
        var date: PartialDate?
        var entities: [String]
    }

    let entities: Set<String>

    func load(_ file: ContentFile, keys: [String], diagnostics: inout [Diagnostic]) -> Loaded? {
        guard let front = FrontMatter.split(file.text, file: file.displayPath, diagnostics: &diagnostics),
              let yaml = YAMLValue.parse(front.yaml, file: file.displayPath, lineOffset: front.yamlLineOffset, diagnostics: &diagnostics),
              let map = yaml.mapping("front matter", diagnostics: &diagnostics) else { return nil }
        map.checkKeys(keys, diagnostics: &diagnostics)
        let title = map.requiredString("title", diagnostics: &diagnostics)
        var date: PartialDate?
        if let value = map["date"], !value.isNull, let text = value.string("'date'", diagnostics: &diagnostics) {
            date = PartialDate(text)
            if date == nil {
                diagnostics.append(.error("date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD", at: value.place))
            }
        }
        var ids: [String] = []
        if let value = map["entities"], !value.isNull {
            for (id, place) in value.stringList("'entities'", diagnostics: &diagnostics) {
                if !entities.contains(id) {
                    diagnostics.append(.error(EditDistance.unknown("entity", id, among: entities.sorted()), at: place))
                }
                ids.append(id)
            }
        }
        let (parsed, tooDeep) = MarkdownParser(lineOffset: front.bodyLineOffset).parseDocument(front.body)
        if let tooDeep {
            diagnostics.append(.error("nesting deeper than \(MarkdownParser.maximumNesting) levels (block quotes, lists or emphasis inside each other) is not supported",
                                      at: SourcePlace(file: file.displayPath, tooDeep)))
        }
        let numbered = CitableBlocks.number(parsed, file: file.displayPath)
        diagnostics += numbered.diagnostics
        return Loaded(fields: map, blocks: numbered.blocks, citable: numbered.citable, title: title, date: date, entities: ids)
    }
}
