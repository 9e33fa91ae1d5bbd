// Horizontal bars: the default, because Chinese category names are long and
// read best on the left. A zero baseline, value labels at the bar ends.

enum BarChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let values = context.data.cells.map { $0[0].map(context.display) }
        let present = values.compactMap { $0 }
        let labelWidth = context.data.cells.compactMap { $0[0] }.map { TextWidth.estimate(context.number(context.display($0)), fontSize: ChartContext.smallFont) }.max() ?? 0
        let frame = HorizontalFrame.make(context, rowHeight: 18, domain: (present.min() ?? 0, present.max() ?? 1), valueLabelWidth: labelWidth)
        var drawing = ChartDrawing(height: frame.height)
        frame.drawGrid(&drawing, context: context)
        frame.drawCategoryLabels(&drawing)
        var marks = SVGWriter(), labels = SVGWriter()
        let zero = frame.scale(0)
        for (i, row) in context.data.cells.enumerated() {
            guard let metric = row[0], let v = values[i] else { continue }
            let end = frame.scale(v)
            let title = context.markLabel(category: i, series: 0, metric: metric)
            marks.link(href: context.href(metric), label: title) {
                $0.rect(x: min(zero, end), y: frame.rowTops[i], width: abs(end - zero), height: frame.rowHeight, className: "chart-bar s1", title: title)
            }
            let text = context.number(v)
            labels.text([text], x: v >= 0 ? end + 4 : zero + 4, y: frame.rowTops[i] + frame.rowHeight / 2 + 4, className: "chart-value")
        }
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
