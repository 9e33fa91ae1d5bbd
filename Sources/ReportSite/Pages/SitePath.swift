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
        // Called for every link of every page: compare folder prefixes byte by byte, no splitting.
        let f = Array(from.utf8), t = Array(to.utf8)
        var common = 0   // length of the shared folder prefix, ending after a "/"
        var i = 0
        while i < f.count, i < t.count, f[i] == t[i] {
            if f[i] == UInt8(ascii: "/") { common = i + 1 }
            i += 1
        }
        var ups = 0
        for b in f[common...] where b == UInt8(ascii: "/") { ups += 1 }
        var out = ""
        for _ in 0..<ups { out += "../" }
        out += String(decoding: t[common...], as: UTF8.self)
        return out
    }

    /// True for a path that stays inside Output/: relative, no `..`, no empty or dot segments.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
