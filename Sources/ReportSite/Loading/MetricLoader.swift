// Loads `Content/metrics/*.yaml`: an optional `defaults` mapping applied to
// every metric of the file, then a `metrics` list. Ids are unique across files.

struct MetricLoader {
    let languages: [Language]
    let entities: Set<String>
    let indicators: Set<String>
    let sources: Set<String>

    static let metricKeys = ["id", "entity", "source", "indicator", "period", "value", "unit", "qualifier", "quote", "verify", "note"]
    static let defaultKeys = ["entity", "source", "indicator", "period", "unit", "qualifier"]

    func load(_ files: [ContentFile], diagnostics: inout [Diagnostic]) -> [Metric] {
        var metrics: [Metric] = []
        var seen: [String: SourcePlace] = [:]
        for file in files {
            guard let yaml = YAMLValue.parse(file.text, file: file.displayPath, diagnostics: &diagnostics), !yaml.isNull,
                  let top = yaml.mapping("metrics file", diagnostics: &diagnostics) else { continue }
            top.checkKeys(["defaults", "metrics"], diagnostics: &diagnostics)
            var defaults: [String: YAMLValue] = [:]
            if let d = top["defaults"], !d.isNull, let map = d.mapping("defaults", diagnostics: &diagnostics) {
                map.checkKeys(Self.defaultKeys, diagnostics: &diagnostics)
                for pair in map.pairs { defaults[pair.key] = pair.value }
            }
            guard let list = top["metrics"] else {
                diagnostics.append(.error("metrics file has no 'metrics' list", at: yaml.place))
                continue
            }
            guard case .sequence(let items) = list.node else {
                diagnostics.append(.error("'metrics' must be a list of metrics (- id: …)", at: list.place))
                continue
            }
            for item in items {
                let value = list.child(item)
                guard let metric = metricItem(value, defaults: defaults, diagnostics: &diagnostics) else { continue }
                if let first = seen[metric.id] {
                    diagnostics.append(.error("duplicate metric id '\(metric.id)' (also at \(first.file):\(first.line))", at: metric.place))
                    continue
                }
                seen[metric.id] = metric.place
                metrics.append(metric)
            }
        }
        return metrics
    }

    private func metricItem(_ item: YAMLValue, defaults: [String: YAMLValue], diagnostics: inout [Diagnostic]) -> Metric? {
        guard let map = item.mapping("metric", diagnostics: &diagnostics) else { return nil }
        map.checkKeys(Self.metricKeys, diagnostics: &diagnostics)
        let before = diagnostics.errorCount
        func field(_ key: String) -> YAMLValue? {
            if let v = map[key], !v.isNull { return v }
            return defaults[key]
        }
        func required(_ key: String) -> (String, SourcePlace)? {
            guard let v = field(key) else {
                diagnostics.append(.error("metric is missing required '\(key)'", at: item.place))
                return nil
            }
            guard let s = v.string("'\(key)'", diagnostics: &diagnostics) else { return nil }
            return (s, v.place)
        }
        let id = required("id")
        if let (id, place) = id, !Self.isMetricID(id) {
            diagnostics.append(.error("'\(id)' is not a valid metric id: lowercase letters, digits, '-' and '.'", at: place))
        }
        let entity = required("entity"), source = required("source"), indicator = required("indicator")
        for (kind, ref, known) in [("entity", entity, entities), ("source", source, sources), ("indicator", indicator, indicators)] {
            if let (name, place) = ref, !known.contains(name) {
                diagnostics.append(.error(EditDistance.unknown(kind, name, among: known.sorted()), at: place))
            }
        }
        var period: Period?
        if let (text, place) = required("period") {
            period = Period(text)
            if period == nil {
                diagnostics.append(.error("period '\(text)' is not YYYY, YYYY-H1, YYYY-Q2, YYYY-MM or YYYY/YYYY", at: place))
            }
        }
        var value: Double?
        let valueField = required("value")
        if let (text, place) = valueField {
            value = Double(text)
            if value == nil || !value!.isFinite {
                diagnostics.append(.error("value '\(text)' is not a number; write it as the source does, in the metric's unit (2143 with 亿元)", at: place))
            }
        }
        var unit: Unit?
        if let (name, place) = required("unit") {
            unit = UnitTable.unit(name)
            if unit == nil {
                diagnostics.append(.error(EditDistance.unknown("unit", name, among: UnitTable.all.map(\.zh)), at: place))
            }
        }
        var qualifier: Qualifier?
        if let v = field("qualifier"), let text = v.string("'qualifier'", diagnostics: &diagnostics) {
            qualifier = Qualifier(rawValue: text)
            if qualifier == nil {
                diagnostics.append(.error("unknown qualifier '\(text)' (\(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))", at: v.place))
            }
        }
        let quote = required("quote")
        var verify = true
        if let v = map["verify"] { verify = v.bool("'verify'", diagnostics: &diagnostics) ?? true }
        var note: BilingualText?
        if let v = map["note"], !v.isNull { note = v.bilingual("note", languages: languages, diagnostics: &diagnostics) }
        if !verify && map["note"] == nil {
            diagnostics.append(.error("verify: false needs a note saying why the source does not state the value directly", at: map["verify"]!.place))
        }
        guard diagnostics.errorCount == before, let (idText, _) = id, let entity, let source, let indicator, let period,
              let value, let valueField, let unit, let quote else { return nil }
        return Metric(id: idText, entity: entity.0, source: source.0, indicator: indicator.0, period: period, value: value,
                      valueText: valueField.0, unit: unit, qualifier: qualifier, quote: quote.0, verify: verify, note: note,
                      place: item.place, valuePlace: valueField.1, quotePlace: quote.1)
    }

    /// Slug segments joined by dots: `huludao-2021.key-projects`.
    static func isMetricID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { FileName.isSlug($0) }
    }
}
