// A chart as an author writes it: a fenced ```chart block of YAML. Parsed and
// checked in the resolve stage, with errors at the block's lines.

public struct ChartSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case bar, column, line
        case groupedBar = "grouped-bar"
        case stackedBar = "stacked-bar"
        case progress
    }

    /// What categories or series are made of.
    public enum Dimension: String, Sendable, CaseIterable {
        case entity, period, indicator
    }

    public enum Sort: String, Sendable, CaseIterable {
        case valueDesc = "value-desc"
        case valueAsc = "value-asc"
        case asListed = "as-listed"
    }

    public enum Selection: Sendable, Hashable {
        case metrics([String])
        case select(indicators: [String], entities: [String], periods: [String], sources: [String])
    }

    public var kind: Kind
    public var title: BilingualText
    public var selection: Selection
    public var group: Dimension?
    public var series: Dimension?
    public var sort: Sort?
    public var note: BilingualText?
    /// Stacked bars as shares of each category's total (100%).
    public var shares: Bool
    public var place: SourcePlace
    /// Where each id of `metrics` or `select` is written, for diagnostics at its line.
    public var idPlaces: [String: SourcePlace] = [:]

    static let keys = ["type", "title", "select", "metrics", "group", "series", "sort", "note", "shares"]
    static let selectKeys = ["indicator", "entity", "period", "source"]

    /// Parses a chart block; `position` is its opening fence's (the YAML starts on the next line).
    static func parse(_ yaml: String, file: String, position: TextPosition, languages: [Language], diagnostics: inout [Diagnostic]) -> ChartSpec? {
        guard let root = YAMLValue.parse(yaml, file: file, lineOffset: position.line, diagnostics: &diagnostics) else { return nil }
        return parse(root, place: SourcePlace(file: file, position), languages: languages, diagnostics: &diagnostics)
    }

    /// Parses a chart given as a YAML mapping (a block's body, or an entry of an entity's `charts`).
    static func parse(_ root: YAMLValue, place: SourcePlace, languages: [Language], diagnostics: inout [Diagnostic]) -> ChartSpec? {
        let before = diagnostics.errorCount
        guard let map = root.mapping("chart", diagnostics: &diagnostics) else { return nil }
        for pair in map.pairs where !keys.contains(pair.key) {
            let message = EditDistance.unknown("chart key", pair.key, among: keys, otherwise: " (known keys: \(keys.joined(separator: ", ")))")
            diagnostics.append(.error(message, at: pair.keyPlace))
        }
        var kind = Kind.bar
        if let value = map["type"], let text = value.string("'type'", diagnostics: &diagnostics) {
            if let k = Kind(rawValue: text) { kind = k } else {
                let types = Kind.allCases.map(\.rawValue)
                diagnostics.append(.error(EditDistance.unknown("chart type", text, among: types, otherwise: " (\(types.joined(separator: ", ")))"), at: value.place))
            }
        }
        var title: BilingualText?
        if let value = map["title"] { title = value.bilingual("chart title", languages: languages, diagnostics: &diagnostics) }
        else { diagnostics.append(.error("chart is missing required 'title' ({ zh: …, en: … })", at: place)) }
        var note: BilingualText?
        if let value = map["note"] { note = value.bilingual("chart note", languages: languages, diagnostics: &diagnostics) }

        var selection: Selection?
        var idPlaces: [String: SourcePlace] = [:]
        switch (map["metrics"], map["select"]) {
        case (let list?, nil):
            let items = list.stringList("'metrics'", diagnostics: &diagnostics)
            for (id, at) in items where idPlaces[id] == nil { idPlaces[id] = at }
            selection = .metrics(items.map(\.0))
        case (nil, let select?):
            if let s = select.mapping("select", diagnostics: &diagnostics) {
                for pair in s.pairs where !selectKeys.contains(pair.key) {
                    diagnostics.append(.error(EditDistance.unknown("select key", pair.key, among: selectKeys), at: pair.keyPlace))
                }
                func values(_ key: String) -> [String] {
                    guard let v = s[key] else { return [] }
                    let items: [(String, SourcePlace)]
                    if case .sequence = v.node { items = v.stringList("'\(key)'", diagnostics: &diagnostics) }
                    else { items = v.string("'\(key)'", diagnostics: &diagnostics).map { [($0, v.place)] } ?? [] }
                    for (id, at) in items where idPlaces[id] == nil { idPlaces[id] = at }
                    return items.map(\.0)
                }
                selection = .select(indicators: values("indicator"), entities: values("entity"), periods: values("period"), sources: values("source"))
            }
        case (_?, _?):
            diagnostics.append(.error("a chart takes either 'select' or 'metrics', not both", at: place))
        case (nil, nil):
            diagnostics.append(.error("chart has no data: add 'select' (indicator, entity, period) or 'metrics' (a list of ids)", at: place))
        }
        func dimension(_ key: String) -> Dimension? {
            guard let v = map[key], let text = v.string("'\(key)'", diagnostics: &diagnostics) else { return nil }
            if let d = Dimension(rawValue: text) { return d }
            diagnostics.append(.error("'\(key)' must be one of \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))", at: v.place))
            return nil
        }
        let group = dimension("group"), series = dimension("series")
        var sort: Sort?
        if let v = map["sort"], let text = v.string("'sort'", diagnostics: &diagnostics) {
            sort = Sort(rawValue: text)
            if sort == nil { diagnostics.append(.error("'sort' must be one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))", at: v.place)) }
        }
        var shares = false
        if let v = map["shares"] { shares = v.bool("'shares'", diagnostics: &diagnostics) ?? false }
        guard diagnostics.errorCount == before, let title, let selection else { return nil }
        var spec = ChartSpec(kind: kind, title: title, selection: selection, group: group, series: series, sort: sort, note: note, shares: shares, place: place)
        spec.idPlaces = idPlaces
        return spec
    }
}
