// The theme's chart colours, read from its CSS: each must stand out from the
// page background by at least 3:1 (WCAG's bar for graphics), light and dark.
import Foundation
import Testing

@Suite struct ChartPaletteTests {
    static let css = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates/assets/site.css"), encoding: .utf8)

    /// Custom properties of the first block that follows `marker`.
    static func properties(after marker: String) -> [String: String] {
        let block = css[css.range(of: marker)!.upperBound...].prefix { $0 != "}" }
        var out: [String: String] = [:]
        for m in block.matches(of: try! Regex(#"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})"#)) {
            out[String(m.output[1].substring!)] = String(m.output[2].substring!)
        }
        return out
    }

    static func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16)!
        func channel(_ c: Int) -> Double {
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(v >> 16 & 255) + 0.7152 * channel(v >> 8 & 255) + 0.0722 * channel(v & 255)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: [":root {", "@media screen and (prefers-color-scheme: dark) {"])
    func everyChartColourHasThreeToOneContrast(_ scheme: String) {
        let p = Self.properties(after: scheme)
        let bg = p["bg"]!
        for n in 1...8 {
            let colour = p["chart-\(n)"]!
            #expect(Self.contrast(colour, bg) >= 3, "\(scheme) --chart-\(n) \(colour) on \(bg): \(Self.contrast(colour, bg))")
        }
    }
}
