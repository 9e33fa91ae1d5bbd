// What the resolve stage proves and records: where every quote sits, which
// page cites which block, and the id of every claim. Rendering reads this;
// it never searches again.

/// A block of a source, by slug and block id.
public struct BlockKey: Sendable, Hashable {
    public var slug: String
    public var blockID: String
}

/// A claim's (or chart's) place in its file: how the renderer finds what was resolved for it.
public struct ClaimKey: Sendable, Hashable {
    public var file: String
    public var position: TextPosition

    public init(file: String, position: TextPosition) {
        self.file = file
        self.position = position
    }

    public init(_ place: SourcePlace) {
        self.init(file: place.file, position: TextPosition(line: place.line, column: place.column))
    }
}

/// A quoted span to wrap in `<mark id>` on the source page; `range` is in the block's normalised text.
public struct BlockMark: Sendable, Hashable, Comparable {
    public var range: Range<Int>
    public var id: String
    public static func < (a: BlockMark, b: BlockMark) -> Bool {
        (a.range.lowerBound, a.range.upperBound, a.id) < (b.range.lowerBound, b.range.upperBound, b.id)
    }
}

/// A page that cites a block, for the block's "cited by" list.
public struct Citation: Sendable, Hashable, Comparable {
    public var page: PageReference
    public var language: Language
    /// The id of the claim on the citing page (`c-…`), or of the metric's row on metrics.html.
    public var anchor: String
    public var label: String
    /// The claim's place in reading order on its page, so a page's claims are listed as a reader meets them.
    public var order: Int = 0

    public static func < (a: Citation, b: Citation) -> Bool {
        (a.language.code, a.sortKey, a.order, a.anchor) < (b.language.code, b.sortKey, b.order, b.anchor)
    }

    private var sortKey: String {
        switch page {
        case .report(let slug): return "0" + slug
        case .metrics: return "1"
        case .entity(let id): return "2" + id
        case .source(let slug): return "3" + slug
        }
    }
}

public struct ResolvedClaim: Sendable, Hashable {
    /// The claim element's id on its page.
    public var id: String
    /// The `<mark>` it links to, in the source page.
    public var markID: String
    public var slug: String
    public var blockID: String
    /// For `metric:` claims, the metric.
    public var metricID: String?
}

public struct Resolution: Sendable {
    public var marks: [BlockKey: [BlockMark]] = [:]
    public var citations: [BlockKey: [Citation]] = [:]
    public var claims: [ClaimKey: ResolvedClaim] = [:]
    /// Where each metric's quote is, by metric id.
    public var metricLocations: [String: BlockKey] = [:]
    /// Charts by the place of their block (or of their entry in entities.yaml).
    public var charts: [ClaimKey: ChartData] = [:]
    public var checkedMetrics = 0
    public var unverifiedMetrics = 0
    public var checkedClaims = 0

    public func chart(in file: String, at position: TextPosition) -> ChartData? {
        charts[ClaimKey(file: file, position: position)]
    }

    public func claim(in file: String, at position: TextPosition) -> ResolvedClaim? {
        claims[ClaimKey(file: file, position: position)]
    }

    public static func markID(metric id: String) -> String { "m-" + id }

    /// A quote's mark id depends only on the source and the quote, so it stays
    /// the same however the rest of the source changes.
    public static func markID(slug: String, quote: String) -> String {
        var hasher = Hasher64()
        for v in QuoteText.normalize(quote) + [0] + slug.unicodeScalars.map(\.value) { hasher.mix(UInt64(v)) }
        let hex = String(hasher.value, radix: 16)
        return "q-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex.prefix(10)
    }
}
