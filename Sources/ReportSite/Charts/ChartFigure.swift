// Wraps a chart's SVG in a figure: the caption (title, note, sources), a
// generated description in the page's language (largest, smallest, trend),
// and the data as a real table under a disclosure.

enum ChartFigure {
    /// The whole `<figure>` for a chart, or nil for an unknown type.
    static func render(_ context: ChartContext) -> String {
        let body: ChartDrawing
        switch context.data.spec.kind {
        case .bar: body = BarChart.draw(context)
        case .column: body = ColumnChart.draw(context)
        case .line: body = LineChart.draw(context)
        case .groupedBar: body = GroupedBarChart.draw(context)
        case .stackedBar: body = StackedBarChart.draw(context)
        case .progress: body = ProgressChart.draw(context)
        }
        let language = context.language
        let spec = context.data.spec
        let id = context.id
        let title = spec.title[language]
        let desc = description(context)
        var svg = "<svg class=\"chart-svg chart-\(spec.kind.rawValue)\" viewBox=\"0 0 \(SVGWriter.number(ChartContext.width)) \(SVGWriter.number(body.height))\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscaping.escape(desc))</desc>"
        svg += "<g class=\"chart-grid\" aria-hidden=\"true\">\(body.grid)</g>"
        svg += "<g class=\"chart-marks\">\(body.marks)</g>"
        svg += "<g class=\"chart-labels\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">\(body.labels)</g>"
        svg += "</svg>"

        // The figure is written in the page's language, whatever the text around it.
        var html = "<figure class=\"chart\" id=\"\(id)\" lang=\"\(language.htmlTag)\">\n"
        html += "<figcaption class=\"chart-caption\"><span class=\"chart-title\">\(HTMLEscaping.escape(title))</span>"
        let unit = context.axisUnit.label
        if !unit.isEmpty, unit != "%" { html += " <span class=\"chart-unit\">(\(HTMLEscaping.escape(unit)))</span>" }
        html += "</figcaption>\n"
        html += svg + "\n"
        if let note = spec.note?[language], !note.isEmpty {
            html += "<p class=\"chart-note\">\(HTMLEscaping.escape(note))</p>\n"
        }
        html += sources(context)
        html += table(context)
        html += "</figure>"
        return html
    }

    /// "Sources: <a>…</a>, <a>…</a>": the source pages the chart's values come from.
    static func sources(_ context: ChartContext) -> String {
        var slugs: [String] = []
        for m in context.data.metrics where !slugs.contains(m.source) { slugs.append(m.source) }
        let links = slugs.compactMap { slug -> String? in
            guard let metric = context.data.metrics.first(where: { $0.source == slug }) else { return nil }
            let source = context.site.source(slug, in: context.language) ?? context.site.original(of: slug)
            let href = context.href(metric).split(separator: "#").first.map(String.init) ?? ""
            let lang = source.map { $0.language == context.language ? "" : " lang=\"\($0.language.htmlTag)\"" } ?? ""
            return "<a href=\"\(HTMLEscaping.escapeURL(href))\"\(lang)>\(HTMLEscaping.escape(source?.title ?? slug))</a>"
        }
        return "<p class=\"chart-sources\">\(HTMLEscaping.escape(context.strings(.chartSources, context.language))) \(LocaleText.list(links, in: context.language))</p>\n"
    }

    /// The chart's data as a table: categories down, series across, each value linked to its quote.
    static func table(_ context: ChartContext) -> String {
        let strings = context.strings, language = context.language
        var html = "<details class=\"chart-data\"><summary>\(HTMLEscaping.escape(strings(.chartDataTable, language)))</summary>\n"
        html += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscaping.escape(context.data.spec.title[language]))\"><table>\n<thead><tr><th scope=\"col\">\(HTMLEscaping.escape(columnName(context.data.categoryDimension, context)))</th>"
        let seriesNames = context.hasSeries ? context.seriesLabels : [strings(.columnValue, language)]
        for name in seriesNames { html += "<th scope=\"col\" class=\"align-right\">\(HTMLEscaping.escape(name))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (c, row) in context.data.cells.enumerated() {
            html += "<tr><th scope=\"row\">\(HTMLEscaping.escape(context.categoryLabels[c]))</th>"
            for (s, metric) in row.enumerated() where context.hasSeries || s == 0 {
                if let metric {
                    html += "<td class=\"align-right\"><a href=\"\(HTMLEscaping.escapeURL(context.href(metric)))\">\(HTMLEscaping.escape(context.valueText(metric)))</a></td>"
                } else {
                    html += "<td class=\"align-right\">—</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div></details>\n"
        return html
    }

    static func columnName(_ dimension: ChartSpec.Dimension, _ context: ChartContext) -> String {
        switch dimension {
        case .entity: return context.strings(.columnEntity, context.language)
        case .period: return context.strings(.columnPeriod, context.language)
        case .indicator: return context.strings(.columnIndicator, context.language)
        }
    }

    /// What the chart shows, in words: its kind and title, then the largest and
    /// smallest value, or for a line each series' change from first to last.
    static func description(_ context: ChartContext) -> String {
        let strings = context.strings, language = context.language
        var sentences = [strings(UIString(chartKind: context.data.spec.kind), language) + (language.isCJK ? ":" : ": ") + context.data.spec.title[language] + (language.isCJK ? "。" : ".")]
        func fill(_ key: UIString, _ values: [String: String]) -> String {
            values.reduce(strings(key, language)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        if context.data.spec.kind == .line {
            for (s, name) in context.seriesLabels.enumerated() {
                let points = context.data.cells.enumerated().compactMap { c, row in row[s].map { (c, $0) } }
                guard let first = points.first, let last = points.last, points.count > 1 else { continue }
                let key: UIString = last.1.value * last.1.unit.scale >= first.1.value * first.1.unit.scale ? .chartDescRise : .chartDescFall
                sentences.append(fill(key, ["series": context.hasSeries ? name : context.site.indicator(first.1.indicator)?.name[language] ?? "",
                                            "from": context.categoryLabels[first.0], "fromValue": context.valueText(first.1),
                                            "to": context.categoryLabels[last.0], "toValue": context.valueText(last.1)]))
            }
        } else {
            var items: [(String, Metric)] = []
            for (c, row) in context.data.cells.enumerated() {
                for (s, metric) in row.enumerated() {
                    if let metric { items.append((context.hasSeries ? context.categoryLabels[c] + " · " + context.seriesLabels[s] : context.categoryLabels[c], metric)) }
                }
            }
            let sorted = items.sorted { ($0.1.value * $0.1.unit.scale) > ($1.1.value * $1.1.unit.scale) }
            if let top = sorted.first, let bottom = sorted.last, sorted.count > 1 {
                sentences.append(fill(.chartDescExtremes, ["max": top.0, "maxValue": context.valueText(top.1), "min": bottom.0, "minValue": context.valueText(bottom.1)]))
            } else if let only = sorted.first {
                sentences.append(fill(.chartDescSingle, ["name": only.0, "value": context.valueText(only.1)]))
            }
        }
        return sentences.joined(separator: language.isCJK ? "" : " ")
    }
}

/// The three layers each chart type draws.
struct ChartDrawing {
    var grid = ""
    var marks = ""
    var labels = ""
    var height = 0.0
}
