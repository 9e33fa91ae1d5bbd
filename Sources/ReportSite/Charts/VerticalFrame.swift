// The frame shared by column and line charts: a value axis on the left with
// nice ticks, categories along the bottom with labels wrapped to their band.

struct VerticalFrame {
    var x0: Double
    var x1: Double
    var top: Double
    var bottom: Double
    var scale: LinearScale
    var ticks: Ticks
    var categoryLines: [[String]]
    var height: Double

    static let plotHeight = 170.0

    static func make(_ context: ChartContext, domain: (Double, Double), rightMargin: Double, zeroBaseline: Bool, topMargin: Double = 14) -> VerticalFrame {
        let ticks = Ticks.nice(min: zeroBaseline ? min(0, domain.0) : domain.0, max: zeroBaseline ? max(0, domain.1) : domain.1, target: 5)
        let axisWidth = ticks.values.map { TextWidth.estimate(context.number($0), fontSize: ChartContext.smallFont) }.max() ?? 0
        let x0 = axisWidth + 8
        let x1 = ChartContext.width - rightMargin
        let band = (x1 - x0) / Double(max(1, context.data.categories.count))
        let lines = context.categoryLabels.map { TextWidth.wrap($0, width: max(24, band - 4), fontSize: ChartContext.smallFont + 1, maxLines: 2) }
        let top = topMargin
        let bottom = top + plotHeight
        let labelRows = Double(lines.map(\.count).max() ?? 1)
        return VerticalFrame(x0: x0, x1: x1, top: top, bottom: bottom, scale: LinearScale(domain: (ticks.lower, ticks.upper), range: (bottom, top)),
                             ticks: ticks, categoryLines: lines, height: bottom + 8 + labelRows * 13 + 4)
    }

    var band: Double { (x1 - x0) / Double(max(1, categoryLines.count)) }
    func center(_ i: Int) -> Double { x0 + band * (Double(i) + 0.5) }

    func drawAxes(_ drawing: inout ChartDrawing, context: ChartContext) {
        var grid = SVGWriter(), labels = SVGWriter()
        for value in ticks.values {
            let y = scale(value)
            grid.line(x1: x0, y1: y, x2: x1, y2: y, className: value == 0 ? "chart-baseline" : "chart-gridline")
            labels.text([context.number(value)], x: x0 - 5, y: y + 3.5, anchor: .end, className: "chart-tick")
        }
        for (i, lines) in categoryLines.enumerated() {
            labels.text(lines, x: center(i), y: bottom + 15, anchor: .middle, className: "chart-category chart-category--small", lineHeight: 13)
        }
        drawing.grid += grid.text
        drawing.labels += labels.text
    }
}
