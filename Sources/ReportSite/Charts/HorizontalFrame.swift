// The frame shared by the horizontal charts (bar, grouped bar, stacked bar,
// progress): category labels on the left, wrapped to three lines or shortened
// (the full label stays in the mark's title), a value axis with nice ticks at
// the bottom whose labels never overlap, and an optional legend on top.
import Foundation

struct HorizontalFrame {
    var labelLines: [[String]]
    var x0: Double
    var x1: Double
    var scale: LinearScale
    var ticks: Ticks
    /// Top of each category's band, and the band height.
    var rowTops: [Double]
    var rowHeight: Double
    var plotTop: Double
    var plotBottom: Double
    var height: Double
    var legendRows: [[(String, Int, Double)]]

    static let gap = 8.0
    static let lineHeight = 13.0

    static func make(_ context: ChartContext, rowHeight: Double, domain: (Double, Double), valueLabelWidth: Double,
                     legend: [String] = [], fixedTicks: Ticks? = nil) -> HorizontalFrame {
        let width = ChartContext.width, font = ChartContext.font
        let maxLabel = width * 0.34
        let lines = context.categoryLabels.map { TextWidth.wrap($0, width: maxLabel, fontSize: font, maxLines: 3) }
        let labelWidth = min(maxLabel, lines.flatMap { $0 }.map { TextWidth.estimate($0, fontSize: font) }.max() ?? 0)
        let x0 = labelWidth + 8
        var x1 = width - max(valueLabelWidth + 6, 8)
        // Legend: swatch and name, wrapped into rows.
        var legendRows: [[(String, Int, Double)]] = []
        var row: [(String, Int, Double)] = [], cursor = 0.0
        for (i, name) in legend.enumerated() {
            let shown = TextWidth.estimate(name, fontSize: ChartContext.smallFont) > width - 20 ? TextWidth.shorten(name, width: width - 20, fontSize: ChartContext.smallFont) : name
            let w = 14 + TextWidth.estimate(shown, fontSize: ChartContext.smallFont) + 12
            if cursor + w > width, !row.isEmpty { legendRows.append(row); row = []; cursor = 0 }
            row.append((shown, i, cursor))
            cursor += w
        }
        if !row.isEmpty { legendRows.append(row) }
        let top = 6 + Double(legendRows.count) * 16
        var rowTops: [Double] = []
        var y = top
        for labelLines in lines {
            let band = max(rowHeight, Double(labelLines.count) * lineHeight + 2)
            rowTops.append(y + (band - rowHeight) / 2)
            y += band + gap
        }
        let plotBottom = y - gap + 4
        var ticks = fixedTicks ?? fittingTicks(domain: domain, from: x0, to: x1, context: context)
        // The last tick's label is centred on the axis end: keep room for its right half.
        let lastLabel = fixedTicks == nil ? context.number(ticks.upper) : LocaleText.number(Decimal(ticks.upper), in: context.language) + "%"
        let half = TextWidth.estimate(lastLabel, fontSize: ChartContext.smallFont) / 2 + 2
        if width - x1 < half {
            x1 = width - half
            if fixedTicks == nil { ticks = fittingTicks(domain: domain, from: x0, to: x1, context: context) }
        }
        return HorizontalFrame(labelLines: lines, x0: x0, x1: x1, scale: LinearScale(domain: (ticks.lower, ticks.upper), range: (x0, x1)),
                               ticks: ticks, rowTops: rowTops, rowHeight: rowHeight, plotTop: top - 2, plotBottom: plotBottom,
                               height: plotBottom + 18, legendRows: legendRows)
    }

    /// The nicest ticks whose labels fit between each other on this axis.
    static func fittingTicks(domain: (Double, Double), from x0: Double, to x1: Double, context: ChartContext) -> Ticks {
        var target = 5
        while true {
            let ticks = Ticks.nice(min: min(0, domain.0), max: max(0, domain.1), target: target)
            let spacing = (x1 - x0) / Double(max(1, ticks.values.count - 1))
            let widest = ticks.values.map { TextWidth.estimate(context.number($0), fontSize: ChartContext.smallFont) }.max() ?? 0
            if widest + 6 <= spacing || target <= 3 { return ticks }
            target -= 1
        }
    }

    func drawGrid(_ drawing: inout ChartDrawing, context: ChartContext) {
        var grid = SVGWriter(), labels = SVGWriter()
        for value in ticks.values {
            let x = scale(value)
            grid.line(x1: x, y1: plotTop, x2: x, y2: plotBottom, className: value == 0 ? "chart-baseline" : "chart-gridline")
            labels.text([context.number(value)], x: x, y: plotBottom + 13, anchor: .middle, className: "chart-tick")
        }
        drawing.grid += grid.text
        drawing.labels += labels.text
    }

    func drawCategoryLabels(_ drawing: inout ChartDrawing) {
        var labels = SVGWriter()
        for (i, lines) in labelLines.enumerated() {
            let center = rowTops[i] + rowHeight / 2
            let first = center - Double(lines.count - 1) * Self.lineHeight / 2 + 4
            labels.text(lines, x: x0 - 8, y: first, anchor: .end, className: "chart-category", lineHeight: Self.lineHeight)
        }
        drawing.labels += labels.text
    }

    func drawLegend(_ drawing: inout ChartDrawing) {
        var legend = SVGWriter()
        for (r, row) in legendRows.enumerated() {
            let y = 6 + Double(r) * 16
            for (name, series, x) in row {
                legend.rect(x: x, y: y, width: 10, height: 10, className: "chart-swatch s\(series % 8 + 1)", rx: 2)
                legend.text([name], x: x + 14, y: y + 9, className: "chart-legend")
            }
        }
        drawing.labels += legend.text
    }
}
