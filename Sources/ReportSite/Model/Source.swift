// A published document that claims are checked against, in one language:
// its front matter and its parsed, numbered blocks.

public struct Source: Sendable, Hashable, Identifiable {
    public var slug: String
    public var language: Language
    /// The file it was read from, relative to the working directory (for diagnostics).
    public var file: String
    public var title: String
    public var subtitle: String?
    public var author: String?
    public var publication: String?
    public var date: PartialDate?
    public var entities: [String]
    /// For a translation: the code of the language it was translated from.
    public var translationOf: String?
    public var blocks: [Block]
    /// The citable blocks in document order.
    public var citable: [CitableBlock]
    /// A hash of the file's text: what rebuilds compare to know whether it changed.
    public var contentHash: UInt64 = 0

    public init(slug: String, language: Language, file: String, title: String, subtitle: String? = nil, author: String? = nil,
                publication: String? = nil, date: PartialDate? = nil, entities: [String], translationOf: String? = nil,
                blocks: [Block], citable: [CitableBlock]) {
        self.slug = slug
        self.language = language
        self.file = file
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.publication = publication
        self.date = date
        self.entities = entities
        self.translationOf = translationOf
        self.blocks = blocks
        self.citable = citable
    }

    public var id: String { slug + "." + language.code }
    public var isTranslation: Bool { translationOf != nil }
}
