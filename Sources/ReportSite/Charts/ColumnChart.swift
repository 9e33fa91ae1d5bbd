// Vertical columns: for few categories with short names (years, a handful of
// places). Zero baseline; value labels above the columns when they fit.

enum ColumnChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let values = context.data.cells.map { $0[0].map(context.display) }
        let present = values.compactMap { $0 }
        let frame = VerticalFrame.make(context, domain: (present.min() ?? 0, present.max() ?? 1), rightMargin: 6, zeroBaseline: true)
        var drawing = ChartDrawing(height: frame.height)
        frame.drawAxes(&drawing, context: context)
        var marks = SVGWriter(), labels = SVGWriter()
        let width = min(44, frame.band * 0.6), zero = frame.scale(0)
        for (i, row) in context.data.cells.enumerated() {
            guard let metric = row[0], let v = values[i] else { continue }
            let y = frame.scale(v), x = frame.center(i) - width / 2
            let title = context.markLabel(category: i, series: 0, metric: metric)
            marks.link(href: context.href(metric), label: title) {
                $0.rect(x: x, y: min(y, zero), width: width, height: abs(zero - y), className: "chart-bar s1", title: title)
            }
            let text = context.number(v)
            if TextWidth.estimate(text, fontSize: ChartContext.smallFont) <= frame.band - 2 {
                labels.text([text], x: frame.center(i), y: v >= 0 ? y - 4 : y + 12, anchor: .middle, className: "chart-value")
            }
        }
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
