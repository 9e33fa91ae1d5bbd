// What a Markdown link in content points at. Claims (`metric:`, `source:` with
// a quote) and page links (`report:`, `source:`, `entity:`, `metrics:`, a
// relative `.md` file) are rewritten; anything else is left as written.

public enum LinkTarget: Sendable, Equatable {
    /// `[](metric:ID)`: a metric's value, linked to its quote.
    case metric(String)
    /// `[text](source:SLUG "quote")`: prose claimed from a quote of a source.
    case quote(slug: String, quote: String)
    /// A link to a page of the site, optionally to a block of it.
    case page(PageReference, fragment: String?)
    /// Not ours: external URLs, in-page anchors, mail.
    case unchanged

    public static func parse(_ link: Link) -> LinkTarget {
        let destination = link.destination
        if let id = destination.dropPrefix("metric:") { return .metric(id) }
        if let rest = destination.dropPrefix("source:") {
            let (slug, fragment) = rest.splitFragment()
            if !link.title.isEmpty && fragment == nil { return .quote(slug: slug, quote: link.title) }
            return .page(.source(slug), fragment: fragment)
        }
        if let rest = destination.dropPrefix("report:") {
            let (slug, fragment) = rest.splitFragment()
            return .page(.report(slug), fragment: fragment)
        }
        if let rest = destination.dropPrefix("entity:") {
            let (id, fragment) = rest.splitFragment()
            return .page(.entity(id), fragment: fragment)
        }
        if let rest = destination.dropPrefix("metrics:") {
            let (_, fragment) = rest.splitFragment()
            return .page(.metrics, fragment: fragment)
        }
        // A relative link to another content file: ../sources/x.zh.md or ../reports/y.en.md#p3.
        if !destination.contains(":"), !destination.hasPrefix("/"), !destination.hasPrefix("#") {
            let (path, fragment) = Substring(destination).splitFragment()
            let parts = path.split(separator: "/")
            if let name = parts.last, let (slug, _) = FileName.parse(String(name)), parts.count >= 2 {
                switch parts[parts.count - 2] {
                case "sources": return .page(.source(slug), fragment: fragment)
                case "reports": return .page(.report(slug), fragment: fragment)
                default: break
                }
            }
        }
        return .unchanged
    }
}

/// A page named by what it is, in no particular language.
public enum PageReference: Sendable, Hashable {
    case source(String)
    case report(String)
    case entity(String)
    case metrics
}

extension String {
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}

extension StringProtocol {
    /// `slug#p3` → (`slug`, `p3`).
    func splitFragment() -> (String, String?) {
        guard let hash = firstIndex(of: "#") else { return (String(self), nil) }
        let fragment = String(self[index(after: hash)...])
        return (String(self[..<hash]), fragment.isEmpty ? nil : fragment)
    }
}
