// sitemap.xml with every page and its hreflang alternates. Sitemaps need
// absolute URLs, so it is written only when site.yaml sets base_url.

public enum Sitemap {
    public static func render(pages: [PlannedPage], baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for page in pages.sorted(by: { $0.path < $1.path }) where page.kind != .notFound {
            out += "  <url>\n    <loc>\(HTMLEscaping.escape(baseURL + page.path))</loc>\n"
            for alternate in page.alternates {
                out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language.htmlTag)\" href=\"\(HTMLEscaping.escape(baseURL + alternate.path))\"/>\n"
            }
            out += "  </url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}
