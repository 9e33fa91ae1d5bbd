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

    private func claimHref(_ claim: ResolvedClaim) -> String {
        context.link(to: SitePath.of(.source(slug: claim.slug), in: language)) + "#" + claim.markID
    }

    func marks(forBlock id: String) -> [BlockMark] {
        guard let slug = markedSource else { return [] }
        return resolution.marks[BlockKey(slug: slug, blockID: id)] ?? []
    }

    /// "Cited by": the pages in this language that cite the block, each linking to the exact claim.
    func blockAppendix(id: String) -> String {
        guard let slug = markedSource,
              let citations = resolution.citations[BlockKey(slug: slug, blockID: id)]?.filter({ $0.language == language }),
              !citations.isEmpty else { return "" }
        var seen = Set<String>()
        var links: [String] = []
        for citation in citations {
            let page = SitePath.of(PageKind(citation.page), in: language)
            let label: String
            switch citation.page {
            case .metrics:
                label = context.site.metric(citation.label).map { context.metricDescription($0) } ?? citation.label
            default:
                label = citation.label
            }
            let href = context.link(to: page) + "#" + citation.anchor
            guard seen.insert(href).inserted else { continue }
            links.append("<a href=\"\(HTMLEscaping.escapeURL(href))\">\(HTMLEscaping.escape(label))</a>")
        }
        let strings = context.strings
        return " <span class=\"cited-by\"\(context.labelLanguage(for: markedSource))><span class=\"cited-by__label\">\(HTMLEscaping.escape(strings(.citedBy, language)))</span> "
            + links.joined(separator: "<span class=\"cited-by__sep\">\(HTMLEscaping.escape(strings(.listSeparator, language)))</span>") + "</span>"
    }
}
