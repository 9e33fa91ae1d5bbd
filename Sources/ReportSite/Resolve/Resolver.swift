// The `resolve` stage: checks every metric against its quote and every claim
// and page link against the model, and records the results (marks, claim ids,
// citations). Nothing is rendered while this finds errors.

public struct Resolver: Sendable {
    let site: Site
    let index: QuoteIndex

    public init(site: Site) {
        self.site = site
        // Quotes are located in the originals, whatever the page's language.
        index = QuoteIndex(sources: site.sources.filter { !$0.isTranslation })
    }

    public func resolve() -> (Resolution, [Diagnostic]) {
        var resolution = Resolution()
        var diagnostics: [Diagnostic] = []
        checkMetrics(&resolution, &diagnostics)
        diagnostics += TranslationChecker(site: site).check()
        for report in site.reports {
            // A report cites in every language whose page shows it (its own, and those without a translation).
            let shownIn = site.config.languages.filter { site.reportForDisplay(report.slug, in: $0)?.id == report.id }
            checkLinks(in: report.blocks, file: report.file, citing: .report(report.slug), languages: shownIn,
                       label: report.title, claims: true, &resolution, &diagnostics)
        }
        // Charts of reports and of entity dashboards, keyed by where they are written.
        for spec in site.reports.flatMap(\.charts) + site.entities.flatMap(\.charts) {
            guard let data = ChartData.resolve(spec, site: site, diagnostics: &diagnostics) else { continue }
            resolution.charts[ClaimKey(spec.place)] = data
        }
        for source in site.sources {
            checkLinks(in: source.blocks, file: source.file, citing: .source(source.slug), languages: [source.language],
                       label: source.title, claims: false, &resolution, &diagnostics)
        }
        for key in resolution.marks.keys { resolution.marks[key] = Array(Set(resolution.marks[key]!)).sorted() }
        for key in resolution.citations.keys { resolution.citations[key] = Array(Set(resolution.citations[key]!)).sorted() }
        return (resolution, diagnostics)
    }

    // MARK: Metrics

    /// Checks one metric: its quote is found exactly once and states its value in its unit.
    public func verify(_ metric: Metric) -> (QuoteLocation?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let location = locate(metric.quote, in: metric.source, at: metric.quotePlace, &diagnostics) else { return (nil, diagnostics) }
        if metric.verify, !NumberReader.states(metric.quote, value: metric.value, unit: metric.unit) {
            let stated = NumberReader.numbers(in: metric.quote).filter { $0.unit != nil }
            var message = "quote “\(metric.quote)” does not state \(metric.valueText)\(metric.unit.zh)"
            if !stated.isEmpty {
                let quoteChars = Array(metric.quote)
                message += "; it states " + stated.map { String(quoteChars[$0.range]) }.joined(separator: ", ")
            }
            diagnostics.append(.error(message, at: metric.valuePlace))
        }
        return (location, diagnostics)
    }

    private func checkMetrics(_ resolution: inout Resolution, _ diagnostics: inout [Diagnostic]) {
        for metric in site.metrics {
            let (found, problems) = verify(metric)
            diagnostics += problems
            guard let location = found else { continue }
            let key = BlockKey(slug: metric.source, blockID: location.blockID)
            let markID = Resolution.markID(metric: metric.id)
            resolution.metricLocations[metric.id] = key
            resolution.marks[key, default: []].append(BlockMark(range: location.range, id: markID))
            for language in site.config.languages {
                resolution.citations[key, default: []].append(Citation(page: .metrics, language: language, anchor: markID, label: metric.id))
            }
            resolution.checkedMetrics += 1
            if !metric.verify { resolution.unverifiedMetrics += 1 }
        }
    }

    /// Finds a quote, or reports why not at `place`.
    private func locate(_ quote: String, in slug: String, at place: SourcePlace, _ diagnostics: inout [Diagnostic]) -> QuoteLocation? {
        switch index.find(quote, in: slug) {
        case .found(let location):
            return location
        case .ambiguous(let ids):
            diagnostics.append(.error("quote “\(quote)” occurs in \(ids.count) blocks of \(slug) (\(ids.joined(separator: ", "))); quote more of the passage to make it unique", at: place))
        case .notFound(let suggestion):
            var message = "quote “\(quote)” not found in \(slug)"
            if let s = suggestion {
                message += "; did you mean “\(s.passage)” (\(s.blockID), \(s.distance) edit\(s.distance == 1 ? "" : "s") away)?"
            }
            diagnostics.append(.error(message, at: place))
        case .unknownSource:
            diagnostics.append(.error(EditDistance.unknown("source", slug, among: site.sourceSlugs), at: place))
        }
        return nil
    }

    // MARK: Claims and page links

    private func checkLinks(in blocks: [Block], file: String, citing page: PageReference, languages: [Language], label: String,
                            claims: Bool, _ resolution: inout Resolution, _ diagnostics: inout [Diagnostic]) {
        let language = languages.first ?? site.config.defaultLanguage
        var usedIDs = Set<String>()
        func claimID(_ base: String) -> String {
            var id = base, n = 2
            while !usedIDs.insert(id).inserted { id = "\(base)-\(n)"; n += 1 }
            return id
        }
        for link in LinkWalker.links(in: blocks) {
            let place = SourcePlace(file: file, link.position)
            switch LinkTarget.parse(link) {
            case .metric(let id):
                guard claims else { continue }
                guard let metric = site.metric(id) else {
                    diagnostics.append(.error(EditDistance.unknown("metric", id, among: site.metrics.map(\.id)), at: place))
                    continue
                }
                let text = Inline.plainText(link.children)
                if !text.trimmingCharacters(in: .whitespaces).isEmpty, !Self.statesValue(text, of: metric, in: language) {
                    diagnostics.append(.error("link text “\(text)” does not state the value of \(id) (\(QuantityFormatter.format(metric, in: language)))", at: place))
                }
                guard let key = resolution.metricLocations[id] else { continue }  // its quote error is already reported
                let claim = ResolvedClaim(id: claimID("c-" + id), markID: Resolution.markID(metric: id), slug: metric.source,
                                          blockID: key.blockID, metricID: id)
                record(claim, key: key, file: file, link: link, page: page, languages: languages, label: label, &resolution)
            case .quote(let slug, let quote):
                guard claims else { continue }
                guard let location = locate(quote, in: slug, at: place, &diagnostics) else { continue }
                let markID = Resolution.markID(slug: slug, quote: quote)
                let key = BlockKey(slug: slug, blockID: location.blockID)
                resolution.marks[key, default: []].append(BlockMark(range: location.range, id: markID))
                let claim = ResolvedClaim(id: claimID("c-" + markID), markID: markID, slug: slug, blockID: location.blockID, metricID: nil)
                record(claim, key: key, file: file, link: link, page: page, languages: languages, label: label, &resolution)
            case .page(let reference, let fragment):
                checkPage(reference, fragment: fragment, at: place, &diagnostics)
            case .unchanged:
                continue
            }
        }
    }

    private func record(_ claim: ResolvedClaim, key: BlockKey, file: String, link: Link, page: PageReference, languages: [Language],
                        label: String, _ resolution: inout Resolution) {
        resolution.claims[ClaimKey(file: file, position: link.position)] = claim
        let order = resolution.claims.count
        for language in languages {
            resolution.citations[key, default: []].append(Citation(page: page, language: language, anchor: claim.id, label: label, order: order))
        }
        resolution.checkedClaims += 1
    }

    /// Link text must state the metric's value in the page's language: Chinese
    /// in the metric's unit (`464个`), English in its own scale (`464`, `CNY 214.3 billion`, `two`).
    static func statesValue(_ text: String, of metric: Metric, in language: Language) -> Bool {
        if language.isCJK { return NumberReader.states(text, value: metric.value, unit: metric.unit) }
        let stated = NumberReader.numbers(in: text).map(\.value) + NumberReader.englishWordValues(in: text)
        func states(_ targets: [Double]) -> Bool { stated.contains { s in targets.contains { NumberReader.sameMagnitude(s, $0) } } }
        if states([metric.value, metric.value * metric.unit.scale]) { return true }
        // Else the number the English formatter itself writes (`40,000 mu` for 4万亩), formatted only when needed.
        return states(NumberReader.numbers(in: QuantityFormatter.format(metric, in: language)).map(\.value))
    }

    private func checkPage(_ reference: PageReference, fragment: String?, at place: SourcePlace, _ diagnostics: inout [Diagnostic]) {
        switch reference {
        case .source(let slug):
            guard let source = site.original(of: slug) else {
                diagnostics.append(.error(EditDistance.unknown("source", slug, among: site.sourceSlugs), at: place))
                return
            }
            if let fragment, !source.citable.contains(where: { $0.id == fragment }) {
                diagnostics.append(.error("source '\(slug)' has no block '\(fragment)'", at: place))
            }
        case .report(let slug):
            if !site.reportSlugs.contains(slug) {
                diagnostics.append(.error(EditDistance.unknown("report", slug, among: site.reportSlugs), at: place))
            }
        case .entity(let id):
            if site.entity(id) == nil {
                diagnostics.append(.error(EditDistance.unknown("entity", id, among: site.entities.map(\.id)), at: place))
            }
        case .metrics:
            if let fragment, site.metric(fragment.dropPrefix("m-") ?? fragment) == nil {
                diagnostics.append(.error(EditDistance.unknown("metric", fragment, among: site.metrics.map(\.id)), at: place))
            }
        }
    }
}

/// Every link of a block tree, in document order.
enum LinkWalker {
    static func links(in blocks: [Block]) -> [Link] {
        var out: [Link] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let l): out.append(l); visit(l.children)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): visit(c)
                case .image(let l): visit(l.children)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let i), .heading(_, let i): visit(i)
                case .blockQuote(let c), .footnoteDefinition(_, let c): visit(c)
                case .list(let l): l.items.forEach { visit($0.blocks) }
                case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach { visit($0) }
                case .codeBlock, .htmlBlock, .thematicBreak: break
                }
            }
        }
        visit(blocks)
        return out
    }
}
