// Lines over periods, one per series, with markers on each value and the
// series named at its last point (direct labels, pushed apart so they never
// overlap) instead of a legend. A single series labels its points instead.

enum LineChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let all = context.data.metrics.map(context.display)
        let named = context.hasSeries
        let names = named ? context.seriesLabels.map { TextWidth.estimate($0, fontSize: ChartContext.smallFont) > 96 ? TextWidth.shorten($0, width: 96, fontSize: ChartContext.smallFont) : $0 } : []
        let right = named ? (names.map { TextWidth.estimate($0, fontSize: ChartContext.smallFont) }.max() ?? 0) + 12 : 14
        let frame = VerticalFrame.make(context, domain: (all.min() ?? 0, all.max() ?? 1), rightMargin: right, zeroBaseline: true, topMargin: 16)
        var drawing = ChartDrawing(height: frame.height)
        frame.drawAxes(&drawing, context: context)
        var marks = SVGWriter(), labels = SVGWriter()
        var ends: [(y: Double, name: String, series: Int)] = []
        for s in context.data.series.indices {
            let points = context.data.cells.enumerated().compactMap { c, row in row[s].map { (c, $0) } }
            guard !points.isEmpty else { continue }
            let xy = points.map { (frame.center($0.0), frame.scale(context.display($0.1))) }
            if xy.count > 1 { marks.polyline(xy, className: "chart-line s\(s % 8 + 1)") }
            for ((c, metric), (x, y)) in zip(points, xy) {
                let title = context.markLabel(category: c, series: s, metric: metric)
                marks.link(href: context.href(metric), label: title) {
                    $0.circle(cx: x, cy: y, r: 4, className: "chart-point s\(s % 8 + 1)", title: title)
                }
                if !named { labels.text([context.number(context.display(metric))], x: x, y: y - 8, anchor: .middle, className: "chart-value") }
            }
            if named, let last = xy.last { ends.append((last.1 + 3.5, names[s], s)) }
        }
        // Direct labels: sorted by height, each at least a line below the one above, kept inside the plot.
        ends.sort { $0.y < $1.y }
        for i in ends.indices where i > 0 { ends[i].y = max(ends[i].y, ends[i - 1].y + 12) }
        if let last = ends.last, last.y > frame.bottom + 4 {
            let shift = last.y - (frame.bottom + 4)
            for i in ends.indices { ends[i].y -= shift }
            for i in ends.indices.reversed() where i < ends.count - 1 { ends[i].y = min(ends[i].y, ends[i + 1].y - 12) }
        }
        for end in ends {
            labels.text([end.name], x: frame.x1 + 6, y: end.y, className: "chart-series-label s\(end.series % 8 + 1)")
        }
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
