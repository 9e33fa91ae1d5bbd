// What a page's HTML depends on, as one hash, so a rebuild can keep a page
// whose inputs did not change without rendering it. Report and source pages
// (nearly all pages of a large site) get digests; the pages that summarise the
// whole site (home, metrics, entities, 404) are always rendered.

struct PageDigests {
    /// Everything every page may show: site settings, entities, indicators,
    /// metrics, the sources' texts and the theme.
    let shared: UInt64
    let site: Site
    let resolution: Resolution

    init(site: Site, resolution: Resolution, inputs: [String: BuildCache.FileStamp], files: [String: UInt64]) {
        self.site = site
        self.resolution = resolution
        var h = Hasher64()
        h.add(BuildCache.formatVersion)
        // Every input except reports, by content where we hold it, else by the file's stamp.
        for (path, hash) in files.sorted(by: { $0.key < $1.key }) { h.add(path); h.add(hash) }
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("c:reports/") && files[path] == nil {
            h.add(path); h.add(UInt64(stamp.size)); h.add(UInt64(bitPattern: stamp.modified))
        }
        shared = h.value
    }

    func digest(_ page: PlannedPage) -> UInt64? {
        var h = Hasher64()
        h.add(shared)
        h.add(page.path)
        switch page.kind {
        case .report(let slug):
            // The report shown in this language (its own, or the fallback).
            guard let report = site.reportForDisplay(slug, in: page.language) else { return nil }
            h.add(report.file)
            h.add(report.contentHash)
            return h.value
        case .source(let slug):
            // The source's texts are in `shared`; what other pages say about it is its citations.
            for key in resolution.citations.keys.filter({ $0.slug == slug }).sorted(by: { $0.blockID < $1.blockID }) {
                h.add(key.blockID)
                for citation in resolution.citations[key]! where citation.language == page.language {
                    h.add(citation.anchor); h.add(citation.label); h.add("\(citation.page)")
                }
            }
            for key in resolution.marks.keys.filter({ $0.slug == slug }).sorted(by: { $0.blockID < $1.blockID }) {
                h.add(key.blockID)
                for mark in resolution.marks[key]! { h.add(mark.id); h.add(UInt64(mark.range.lowerBound)); h.add(UInt64(mark.range.upperBound)) }
            }
            return h.value
        case .home, .metrics, .entity, .notFound:
            return nil
        }
    }
}

