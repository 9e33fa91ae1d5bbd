// A report: the analysis readers come for, written once per language, whose
// claims link to the quotes that support them.

public struct Report: Sendable, Hashable, Identifiable {
    public var slug: String
    public var language: Language
    public var file: String
    public var title: String
    /// One sentence for lists; derived from the first paragraph when not given.
    public var summary: String?
    public var date: PartialDate?
    public var entities: [String]
    /// Order in lists, lower first.
    public var weight: Int
    public var draft: Bool
    public var blocks: [Block]
    public var citable: [CitableBlock]
    /// A hash of the file's text: what rebuilds compare to know whether it changed.
    public var contentHash: UInt64 = 0
    /// Its ```chart blocks, parsed; each one's place is its block's.
    public var charts: [ChartSpec] = []

    public var id: String { slug + "." + language.code }
}
