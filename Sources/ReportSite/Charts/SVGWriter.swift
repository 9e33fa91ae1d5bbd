// Builds SVG text with coordinates rounded to one decimal, so pages stay
// small and the output is the same on every machine.

struct SVGWriter {
    private(set) var text = ""

    /// `12.35` → `12.4`, `3.0` → `3`.
    static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }

    mutating func raw(_ s: String) { text += s }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String, title: String? = nil, rx: Double = 0) {
        text += "<rect class=\"\(className)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" height=\"\(Self.number(max(0, height)))\""
        if rx > 0 { text += " rx=\"\(Self.number(rx))\"" }
        if let title { text += "><title>\(HTMLEscaping.escape(title))</title></rect>" } else { text += "/>" }
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        text += "<line class=\"\(className)\" x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\"/>"
    }

    mutating func circle(cx: Double, cy: Double, r: Double, className: String, title: String? = nil) {
        text += "<circle class=\"\(className)\" cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(r))\""
        if let title { text += "><title>\(HTMLEscaping.escape(title))</title></circle>" } else { text += "/>" }
    }

    mutating func polyline(_ points: [(Double, Double)], className: String) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        text += "<polyline class=\"\(className)\" points=\"\(list)\"/>"
    }

    enum Anchor: String { case start, middle, end }

    /// Text, possibly on several lines (each a `tspan`), with its baseline at `y` for the first line.
    mutating func text(_ lines: [String], x: Double, y: Double, anchor: Anchor = .start, className: String, lineHeight: Double = 14) {
        text += "<text class=\"\(className)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != .start { text += " text-anchor=\"\(anchor.rawValue)\"" }
        text += ">"
        if lines.count == 1 {
            text += HTMLEscaping.escape(lines[0])
        } else {
            for (i, line) in lines.enumerated() {
                text += "<tspan x=\"\(Self.number(x))\"\(i == 0 ? "" : " dy=\"\(Self.number(lineHeight))\"")>\(HTMLEscaping.escape(line))</tspan>"
            }
        }
        text += "</text>"
    }

    /// A link around marks: the mark's href and its accessible name.
    mutating func link(href: String, label: String, _ body: (inout SVGWriter) -> Void) {
        text += "<a href=\"\(HTMLEscaping.escapeURL(href))\" aria-label=\"\(HTMLEscaping.escape(label))\">"
        body(&self)
        text += "</a>"
    }
}
