// What lists of reports show (title, summary, date, reading time), computed
// once per build and language rather than on every page that lists them: the
// home page and each entity dashboard may list thousands of reports.

struct ReportCard: Sendable {
    var slug: String
    var title: String
    var summary: String
    var date: PartialDate?
    var dateText: String?
    /// Set when the report shown is in another language than the page's.
    var contentLanguage: Language?
    var entities: [String]
    var readingMinutes: Int
}

struct ReportCards: Sendable {
    private let cards: [String: ReportCard]
    private let byEntity: [String: [String]]

    init(site: Site) {
        var cards: [String: ReportCard] = [:]
        var byEntity: [String: [String]] = [:]
        var dateTexts: [String: String] = [:]   // formatting dates is costly; few distinct dates repeat
        for language in site.config.languages {
            for slug in site.reportSlugs {
                guard let report = site.reportForDisplay(slug, in: language) else { continue }
                var dateText: String?
                if let date = report.date {
                    let key = date.description + "." + language.code
                    dateText = dateTexts[key] ?? DateText.format(date, in: language)
                    dateTexts[key] = dateText
                }
                let firstParagraph = report.citable.first { $0.kind == .paragraph }?.text ?? ""
                cards[slug + "." + language.code] = ReportCard(
                    slug: slug, title: report.title, summary: report.summary ?? TextStats.summary(firstParagraph), date: report.date,
                    dateText: dateText, contentLanguage: report.language == language ? nil : report.language, entities: report.entities,
                    readingMinutes: TextStats.readingMinutes(report.citable.map(\.text).joined(separator: "\n"), in: report.language))
                for entity in report.entities { byEntity[entity + "." + language.code, default: []].append(slug) }
            }
        }
        self.cards = cards
        self.byEntity = byEntity
    }

    func card(_ slug: String, in language: Language) -> ReportCard? { cards[slug + "." + language.code] }

    /// The reports that cover an entity, in list order.
    func reports(covering entity: String, in language: Language) -> [String] { byEntity[entity + "." + language.code] ?? [] }
}
