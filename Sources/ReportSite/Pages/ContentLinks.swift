// How Markdown of sources and reports renders on a page: claims become links
// to the marked quote in the source page of the page's language, page links
// (`report:`, `source:`, `entity:`, `metrics:`, `../x.zh.md`) become relative
// links in that language, and on source pages quotes are marked and cited
// blocks list what cites them.

struct ContentLinks: HTMLRenderDelegate {
    let context: PageContext
    /// The file being rendered, whose claims the resolution knows by position.
    let file: String
    /// On a source page: the source whose marks and citations to show.
    var markedSource: String?
    /// The language of the text being rendered (UI text inside it is marked when it differs from the page's).
    var contentLanguage: Language

    var resolution: Resolution { context.resolution }
    var language: Language { context.language }

    func rewriteLink(_ link: Link) -> LinkRewrite? {
        switch LinkTarget.parse(link) {
        case .metric(let id):
            guard let claim = resolution.claim(in: file, at: link.position), let metric = context.site.metric(id) else { return nil }
            let href = claimHref(claim)
            var classes = "claim claim-metric"
            if !metric.verify { classes += " claim-unverified" }
            let attributes = " id=\"\(HTMLEscaping.escape(claim.id))\" class=\"\(classes)\" title=\"\(HTMLEscaping.escape(context.metricDescription(metric)))\""
            if link.children.isEmpty {
                return .html("<a href=\"\(HTMLEscaping.escapeURL(href))\"\(attributes)>\(HTMLEscaping.escape(QuantityFormatter.format(metric, in: language)))</a>")
            }
            return .href(href, attributes: attributes)
        case .quote:
            guard let claim = resolution.claim(in: file, at: link.position) else { return nil }
            return .href(claimHref(claim), attributes: " id=\"\(HTMLEscaping.escape(claim.id))\" class=\"claim claim-quote\"")
        case .page(let reference, let fragment):
            let path = SitePath.of(PageKind(reference), in: language)
            return .href(context.link(to: path) + (fragment.map { "#" + $0 } ?? ""))
        case .unchanged:
            return nil
        }
    }

    /// A ```chart block becomes its figure; the marks link to quotes in the source pages of this language.
    func renderCodeBlock(info: String, literal: String, position: TextPosition) -> String? {
        guard info.split(separator: " ").first == "chart", let data = resolution.chart(in: file, at: position) else { return nil }
        return context.chartFigure(data, id: "chart-\(position.line)")
    }

    private func claimHref(_ claim: ResolvedClaim) -> String {
        context.link(to: SitePath.of(.source(slug: claim.slug), in: language)) + "#" + claim.markID
    }

    func marks(forBlock id: String) -> [BlockMark] {
        guard let slug = markedSource else { return [] }
        return resolution.marks[BlockKey(slug: slug, blockID: id)] ?? []
    }

    /// "Cited by": the pages in this language that cite the block, each once, its
    /// title linking to the first claim and small numbers to the others.
    func blockAppendix(id: String) -> String {
        guard let slug = markedSource,
              let citations = resolution.citations[BlockKey(slug: slug, blockID: id)]?.filter({ $0.language == language }),
              !citations.isEmpty else { return "" }
        let strings = context.strings
        // Grouped by citing page, in the order first cited (a block may be cited by thousands of reports).
        var pages: [(PageReference, [Citation])] = []
        var index: [PageReference: Int] = [:]
        for citation in citations {
            if let i = index[citation.page] { pages[i].1.append(citation) } else {
                index[citation.page] = pages.count
                pages.append((citation.page, [citation]))
            }
        }
        let items = pages.map { page, group -> String in
            let path = context.link(to: SitePath.of(PageKind(page), in: language))
            let title: String
            switch page {
            case .metrics: title = strings(.metricsTitle, language)
            case .report(let slug): title = context.site.reportForDisplay(slug, in: language)?.title ?? group[0].label
            default: title = group[0].label
            }
            var html = "<a href=\"\(HTMLEscaping.escapeURL(path + "#" + group[0].anchor))\">\(HTMLEscaping.escape(title))</a>"
            if group.count > 1 {
                html += " <span class=\"cited-by__more\">" + group.enumerated().dropFirst().map { n, citation in
                    "<a href=\"\(HTMLEscaping.escapeURL(path + "#" + citation.anchor))\">\(n + 1)</a>"
                }.joined(separator: " ") + "</span>"
            }
            return html
        }
        return " <span class=\"cited-by\"\(contentLanguage == language ? "" : " lang=\"\(language.htmlTag)\"")><span class=\"cited-by__label\">\(HTMLEscaping.escape(strings(.citedBy, language)))</span> "
            + LocaleText.list(items, in: language) + "</span>"
    }
}
