// Horizontal stacked bars: each category's bar split by series; with
// `shares: true` every bar is 100% and the segments are shares of its total.
import Foundation

enum StackedBarChart {
    static func draw(_ context: ChartContext) -> ChartDrawing {
        let shares = context.data.spec.shares
        let totals = context.data.cells.map { row in row.compactMap { $0.map(context.display) }.filter { $0 > 0 }.reduce(0, +) }
        let maxTotal = shares ? 100 : (totals.max() ?? 1)
        let valueWidth = shares ? 0 : (totals.map { TextWidth.estimate(context.number($0), fontSize: ChartContext.smallFont) }.max() ?? 0)
        var frame = HorizontalFrame.make(context, rowHeight: 20, domain: (0, maxTotal), valueLabelWidth: valueWidth,
                                         legend: context.hasSeries ? context.seriesLabels : [],
                                         fixedTicks: shares ? Ticks(values: [0, 25, 50, 75, 100], step: 25) : nil)
        if shares { frame.scale = LinearScale(domain: (0, 100), range: (frame.x0, frame.x1)) }
        var drawing = ChartDrawing(height: frame.height)
        frame.drawLegend(&drawing)
        if shares {
            var grid = SVGWriter(), labels = SVGWriter()
            for value in frame.ticks.values {
                let x = frame.scale(value)
                grid.line(x1: x, y1: frame.plotTop, x2: x, y2: frame.plotBottom, className: value == 0 ? "chart-baseline" : "chart-gridline")
                labels.text([LocaleText.number(Decimal(Int(value)), in: context.language) + "%"], x: x, y: frame.plotBottom + 13, anchor: .middle, className: "chart-tick")
            }
            drawing.grid += grid.text
            drawing.labels += labels.text
        } else {
            frame.drawGrid(&drawing, context: context)
        }
        frame.drawCategoryLabels(&drawing)
        var marks = SVGWriter(), labels = SVGWriter()
        for (c, row) in context.data.cells.enumerated() {
            var cursor = 0.0
            for (s, metric) in row.enumerated() {
                guard let metric else { continue }
                let v = max(0, context.display(metric))
                let part = shares && totals[c] > 0 ? v / totals[c] * 100 : v
                let x = frame.scale(cursor), end = frame.scale(cursor + part)
                let title = context.markLabel(category: c, series: s, metric: metric)
                marks.link(href: context.href(metric), label: title) {
                    $0.rect(x: x, y: frame.rowTops[c], width: end - x, height: frame.rowHeight, className: "chart-bar s\(s % 8 + 1)", title: title)
                }
                // Inside labels where the segment is wide enough; the table has every value.
                let text = shares ? LocaleText.number(Decimal(Int(part.rounded())), in: context.language) + "%" : context.number(v)
                if TextWidth.estimate(text, fontSize: ChartContext.smallFont) + 6 <= end - x {
                    labels.text([text], x: (x + end) / 2, y: frame.rowTops[c] + 14, anchor: .middle, className: "chart-inside")
                }
                cursor += part
            }
            if !shares {
                labels.text([context.number(totals[c])], x: frame.scale(cursor) + 4, y: frame.rowTops[c] + 14, className: "chart-value")
            }
        }
        drawing.marks += marks.text
        drawing.labels += labels.text
        return drawing
    }
}
