// Progress toward a target: each percentage drawn on a track to 100%, with
// the target marked, so 110.83% visibly passes its goal and 75.8% falls short.

enum ProgressChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let values = context.data.cells.map { $0[0].map(context.display) ?? 0 }
        let top = max(100, values.max() ?? 100)
        let labelWidth = values.map { TextWidth.estimate(context.number($0), fontSize: ChartContext.smallFont) }.max() ?? 0
        let frame = HorizontalFrame.make(context, rowHeight: 16, domain: (0, top), valueLabelWidth: labelWidth)
        var drawing = ChartDrawing(height: frame.height)
        frame.drawGrid(&drawing, context: context)
        frame.drawCategoryLabels(&drawing)
        var grid = SVGWriter(), marks = SVGWriter(), labels = SVGWriter()
        let x0 = frame.scale(0), target = frame.scale(100)
        for (i, row) in context.data.cells.enumerated() {
            guard let metric = row[0] else { continue }
            grid.rect(x: x0, y: frame.rowTops[i], width: target - x0, height: frame.rowHeight, className: "chart-track", rx: 3)
            let end = frame.scale(values[i])
            let title = context.markLabel(category: i, series: 0, metric: metric)
            marks.link(href: context.href(metric), label: title) {
                $0.rect(x: x0, y: frame.rowTops[i], width: end - x0, height: frame.rowHeight, className: "chart-bar s1", title: title, rx: 3)
            }
            labels.text([context.number(values[i])], x: end + 4, y: frame.rowTops[i] + frame.rowHeight / 2 + 4, className: "chart-value")
        }
        grid.line(x1: target, y1: frame.plotTop - 2, x2: target, y2: frame.plotBottom, className: "chart-target")
        drawing.grid += grid.text
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
