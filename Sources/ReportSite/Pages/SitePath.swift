// Where each page lives inside Output/, per CONTENT-FORMAT "Output", and the
// relative links between them. Paths are relative to Output/ and always name
// a file, so the site reads the same from a server and from `file://`.

/// What a page shows.
public enum PageKind: Sendable, Hashable {
    case home
    case source(slug: String)
    case report(slug: String)
    case metrics
    case entity(id: String)
    case notFound

    /// The kind of page a content link names.
    public init(_ reference: PageReference) {
        switch reference {
        case .source(let slug): self = .source(slug: slug)
        case .report(let slug): self = .report(slug: slug)
        case .entity(let id): self = .entity(id: id)
        case .metrics: self = .metrics
        }
    }
}

public enum SitePath {
    /// The path of a page inside Output/ (e.g. `en/sources/dalian-2022.html`).
    public static func of(_ kind: PageKind, in language: Language) -> String {
        switch kind {
        case .home: return language.outputPrefix + "index.html"
        case .source(let slug): return language.outputPrefix + "sources/\(slug).html"
        case .report(let slug): return language.outputPrefix + "reports/\(slug).html"
        case .metrics: return language.outputPrefix + "metrics.html"
        case .entity(let id): return language.outputPrefix + "entities/\(id).html"
        case .notFound: return "404.html"
        }
    }

    public static let stylesheet = "assets/site.css"
    /// The theme's only script: the language switcher keeps the reader's #fragment.
    public static let script = "assets/lang-switch.js"

    /// The link from the page at `from` to the file at `to`, both relative to Output/:
    /// `../sources/x.html`, never absolute, never ending in `/`.
    public static func relative(from: String, to: String) -> String {
        let fromDirs = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let toParts = to.split(separator: "/", omittingEmptySubsequences: false)
        let toDirs = toParts.dropLast()
        var common = 0
        while common < fromDirs.count, common < toDirs.count,
              fromDirs[fromDirs.startIndex + common] == toDirs[toDirs.startIndex + common] { common += 1 }
        let ups = Array(repeating: "..", count: fromDirs.count - common)
        let downs = toParts.dropFirst(common).map(String.init)
        return (ups + downs).joined(separator: "/")
    }

    /// True for a path that stays inside Output/: relative, no `..`, no empty or dot segments.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
