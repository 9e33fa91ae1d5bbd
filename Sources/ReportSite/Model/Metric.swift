// A number a source states: about which entity, what indicator, for which
// period, in which unit, and the quote that states it.

/// A word that makes a value approximate or a bound.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    case about, nearly, over
    case atLeast = "at-least"
    case moreThan = "more-than"
    case upTo = "up-to"
}

/// What a value covers: a year, a quarter, a half-year, a month, or a span of years.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case year(Int)
        case half(Int, Int)
        case quarter(Int, Int)
        case month(Int, Int)
        case span(Int, Int)
    }
    public var kind: Kind
    public var description: String

    /// Parses `2021`, `2023-H1`, `2023-Q1`, `2023-03`, `2021/2023`.
    public init?(_ text: String) {
        description = text
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if text.contains("/") {
            let ends = text.split(separator: "/", omittingEmptySubsequences: false)
            guard ends.count == 2, let a = Period.year(ends[0]), let b = Period.year(ends[1]), a < b else { return nil }
            kind = .span(a, b)
        } else if parts.count == 1, let y = Period.year(parts[0]) {
            kind = .year(y)
        } else if parts.count == 2, let y = Period.year(parts[0]) {
            let p = parts[1]
            if p.count == 2, p.first == "H", let h = Int(p.dropFirst()), (1...2).contains(h) { kind = .half(y, h) }
            else if p.count == 2, p.first == "Q", let q = Int(p.dropFirst()), (1...4).contains(q) { kind = .quarter(y, q) }
            else if p.count == 2, let m = Int(p), (1...12).contains(m) { kind = .month(y, m) }
            else { return nil }
        } else {
            return nil
        }
    }

    private static func year(_ s: Substring) -> Int? {
        guard s.count == 4, let y = Int(s), y >= 1900, y <= 2200 else { return nil }
        return y
    }

    /// Sort key: start year, then the part of the year covered.
    var sortKey: (Int, Int, Int) {
        switch kind {
        case .year(let y): return (y, 0, 12)
        case .half(let y, let h): return (y, (h - 1) * 6, 6)
        case .quarter(let y, let q): return (y, (q - 1) * 3, 3)
        case .month(let y, let m): return (y, m - 1, 1)
        case .span(let a, let b): return (a, 0, (b - a + 1) * 12)
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.sortKey < b.sortKey }
}

public struct Metric: Sendable, Hashable, Identifiable {
    public var id: String
    public var entity: String
    /// The slug of the source that states it.
    public var source: String
    public var indicator: String
    public var period: Period
    public var value: Double
    /// The value as written in the YAML (`2143`, `110.83`), which is how the source writes it.
    public var valueText: String
    public var unit: Unit
    public var qualifier: Qualifier?
    public var quote: String
    /// False for a value the source gives only indirectly; `note` then says why.
    public var verify: Bool
    public var note: BilingualText?

    /// Where the metric is written: its item, and the lines of its value and quote.
    public var place: SourcePlace
    public var valuePlace: SourcePlace
    public var quotePlace: SourcePlace
}
