// Horizontal bars in groups: one group per category, one bar per series,
// with a legend; for comparing a few series (years, indicators) across places.

enum GroupedBarChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let seriesCount = context.data.series.count
        let barHeight = 12.0, barGap = 2.0
        let rowHeight = Double(seriesCount) * barHeight + Double(seriesCount - 1) * barGap
        let all = context.data.metrics.map(context.display)
        let labelWidth = all.map { TextWidth.estimate(context.number($0), fontSize: ChartContext.smallFont) }.max() ?? 0
        let frame = HorizontalFrame.make(context, rowHeight: rowHeight, domain: (all.min() ?? 0, all.max() ?? 1), valueLabelWidth: labelWidth,
                                         legend: context.hasSeries ? context.seriesLabels : [])
        var drawing = ChartDrawing(height: frame.height)
        frame.drawLegend(&drawing)
        frame.drawGrid(&drawing, context: context)
        frame.drawCategoryLabels(&drawing)
        var marks = SVGWriter(), labels = SVGWriter()
        let zero = frame.scale(0)
        for (c, row) in context.data.cells.enumerated() {
            for (s, metric) in row.enumerated() {
                guard let metric else { continue }
                let v = context.display(metric), end = frame.scale(v)
                let y = frame.rowTops[c] + Double(s) * (barHeight + barGap)
                let title = context.markLabel(category: c, series: s, metric: metric)
                marks.link(href: context.href(metric), label: title) {
                    $0.rect(x: min(zero, end), y: y, width: abs(end - zero), height: barHeight, className: "chart-bar s\(s % 8 + 1)", title: title)
                }
                labels.text([context.number(v)], x: v >= 0 ? end + 4 : zero + 4, y: y + barHeight - 2.5, className: "chart-value chart-value--small")
            }
        }
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
