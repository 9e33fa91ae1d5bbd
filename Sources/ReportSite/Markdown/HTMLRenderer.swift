// Renders the Markdown value tree to HTML the way cmark-gfm does (so the GFM
// spec passes), plus what a report site needs on top: block ids and permalinks,
// CJK-aware soft breaks, and hooks through which pages rewrite links and
// replace code blocks (claims, page links, charts).

/// What a page can change about rendering. Every method has a default that
/// renders plain GFM.
public protocol HTMLRenderDelegate {
    /// The `href` to use for a link, or nil to render the link unchanged.
    func rewriteLink(_ link: Link) -> LinkRewrite?
    /// HTML to use instead of a fenced code block, or nil for the default.
    func renderCodeBlock(info: String, literal: String, position: TextPosition) -> String?
    /// HTML appended inside a citable block, after its content (e.g. "cited by").
    func blockAppendix(id: String) -> String
    /// Spans of the block's normalised text (see `QuoteText`) to wrap in `<mark id>`.
    func marks(forBlock id: String) -> [BlockMark]
}

/// How a link is rewritten by a page.
public enum LinkRewrite: Sendable, Equatable {
    /// Keep the link's content, point it elsewhere; `attributes` are added verbatim (already escaped).
    case href(String, attributes: String = "")
    /// Replace the whole link by this HTML.
    case html(String)
}

extension HTMLRenderDelegate {
    public func rewriteLink(_ link: Link) -> LinkRewrite? { nil }
    public func renderCodeBlock(info: String, literal: String, position: TextPosition) -> String? { nil }
    public func blockAppendix(id: String) -> String { "" }
    public func marks(forBlock id: String) -> [BlockMark] { [] }
}

/// The delegate for plain GFM rendering.
public struct PlainGFM: HTMLRenderDelegate {
    public init() {}
}

public struct HTMLRenderOptions: Sendable {
    /// Pass raw HTML through (with GFM's tag filter); otherwise it is omitted.
    public var unsafeHTML = false
    /// GFM's tag filter on raw HTML (only matters with `unsafeHTML`).
    public var tagFilter = true
    /// Write `id` attributes on citable blocks.
    public var blockIDs = true
    /// Add a `¶` link to each citable block; its accessible name is `labels.permalink`.
    public var permalinks = false
    /// Accessible names of what the renderer adds, in the page's language.
    public var labels = Labels()
    /// The page's language tag, set when it differs from the text's, so that
    /// the labels above are read in the page's language.
    public var labelLanguage: String?
    /// Table alignment as the obsolete `align` attribute (as the GFM spec
    /// writes it) instead of a class; valid HTML5 needs the class.
    public var alignAttribute = false

    public struct Labels: Sendable {
        public var permalink = ""
        public var footnotes = ""
        public var footnoteBackReference = ""
        public var table = ""
        public init(permalink: String = "", footnotes: String = "", footnoteBackReference: String = "", table: String = "") {
            self.permalink = permalink
            self.footnotes = footnotes
            self.footnoteBackReference = footnoteBackReference
            self.table = table
        }
    }

    public init(unsafeHTML: Bool = false, tagFilter: Bool = true, blockIDs: Bool = true, permalinks: Bool = false,
                labels: Labels = Labels(), labelLanguage: String? = nil, alignAttribute: Bool = false) {
        self.unsafeHTML = unsafeHTML
        self.tagFilter = tagFilter
        self.blockIDs = blockIDs
        self.permalinks = permalinks
        self.labels = labels
        self.labelLanguage = labelLanguage
        self.alignAttribute = alignAttribute
    }
}

public struct HTMLRenderer<Delegate: HTMLRenderDelegate> {
    public var options: HTMLRenderOptions
    public var delegate: Delegate
    private var out = ""
    /// Marks of the citable block being rendered, and how far into its normalised text we are.
    private var marks: [BlockMark] = []
    private var markPosition = 0
    private var markIDsWritten = Set<String>()

    public init(options: HTMLRenderOptions = HTMLRenderOptions(), delegate: Delegate) {
        self.options = options
        self.delegate = delegate
    }

    /// Renders a whole document.
    public mutating func render(_ blocks: [Block]) -> String {
        out = ""
        out.reserveCapacity(4096)
        var definitions: [Block] = []
        for block in blocks {
            if case .footnoteDefinition = block.kind { definitions.append(block) }
        }
        for block in blocks {
            if case .footnoteDefinition = block.kind { continue }
            render(block, tight: false)
        }
        if !definitions.isEmpty { renderFootnotes(definitions) }
        return out
    }

    /// Renders a run of inlines on their own (titles, table cells of page models).
    public mutating func renderInlines(_ inlines: [Inline]) -> String {
        out = ""
        render(inlines)
        return out
    }

    private mutating func cr() {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    private func idAttribute(_ id: String?, classes: [String] = []) -> String {
        var attrs = ""
        if options.blockIDs, let id { attrs += " id=\"\(HTMLEscaping.escape(id))\"" }
        if !classes.isEmpty { attrs += " class=\"\(HTMLEscaping.escape(classes.joined(separator: " ")))\"" }
        return attrs
    }

    /// ` lang="…"` for elements whose text is in the page's language inside text in another.
    private var labelLanguageAttribute: String {
        options.labelLanguage.map { " lang=\"\(HTMLEscaping.escape($0))\"" } ?? ""
    }

    private mutating func appendPermalink(_ id: String?) {
        guard let id else { return }
        if options.permalinks {
            out += " <a class=\"pilcrow\" href=\"#\(HTMLEscaping.escape(id))\" aria-label=\"\(HTMLEscaping.escape(options.labels.permalink))\"\(labelLanguageAttribute)>¶</a>"
        }
        out += delegate.blockAppendix(id: id)
    }

    private mutating func render(_ block: Block, tight: Bool) {
        switch block.kind {
        case .paragraph(let inlines):
            beginCitable(block.id)
            if tight && block.id == nil {
                render(inlines)
            } else {
                cr()
                out += "<p\(idAttribute(block.id, classes: block.classes))>"
                render(inlines)
                appendPermalink(block.id)
                out += "</p>\n"
            }
        case .heading(let level, let inlines):
            beginCitable(block.id)
            cr()
            out += "<h\(level)\(idAttribute(block.id, classes: block.classes))>"
            render(inlines)
            appendPermalink(block.id)
            out += "</h\(level)>\n"
        case .blockQuote(let children):
            beginCitable(block.id)
            cr()
            out += "<blockquote\(idAttribute(block.id, classes: block.classes))>\n"
            for child in children { render(child, tight: false) }
            if block.id != nil {
                cr()
                appendPermalink(block.id)
                cr()
            }
            out += "</blockquote>\n"
        case .list(let list):
            cr()
            if list.ordered {
                out += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
            } else {
                out += "<ul>\n"
            }
            for item in list.items {
                cr()
                beginCitable(item.id)
                out += "<li\(idAttribute(item.id, classes: item.classes))>"
                if let checked = item.task {
                    out += checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> "
                }
                for child in item.blocks { render(child, tight: list.tight) }
                if item.id != nil { appendPermalink(item.id) }
                out += "</li>\n"
            }
            out += list.ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let info, let literal):
            skipMarked(literal)
            cr()
            if let replacement = delegate.renderCodeBlock(info: info, literal: literal, position: block.position) {
                out += replacement
                cr()
                return
            }
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            out += HTMLEscaping.escape(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let literal):
            cr()
            out += rawHTML(literal)
            cr()
        case .thematicBreak:
            cr()
            out += "<hr />\n"
        case .table(let table):
            beginCitable(block.id)
            renderTable(table, id: block.id)
        case .footnoteDefinition:
            break
        }
    }

    private mutating func renderTable(_ table: MarkdownTable, id: String?) {
        cr()
        // Wide tables scroll sideways inside the wrapper, which keyboard users must be able to focus.
        if id != nil {
            out += "<div class=\"table-wrap\"\(idAttribute(id)) role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscaping.escape(options.labels.table))\"\(labelLanguageAttribute)>\n"
        }
        out += "<table>\n"
        let attribute = options.alignAttribute
        func align(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            let name: String
            switch table.alignments[column] {
            case .none: return ""
            case .left: name = "left"
            case .center: name = "center"
            case .right: name = "right"
            }
            return attribute ? " align=\"\(name)\"" : " class=\"align-\(name)\""
        }
        out += "<thead>\n<tr>\n"
        for (i, cell) in table.header.enumerated() {
            out += "<th\(align(i))>"
            render(cell)
            out += "</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (i, cell) in row.enumerated() {
                    out += "<td\(align(i))>"
                    render(cell)
                    out += "</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
        if id != nil {
            appendPermalink(id)
            cr()
            out += "</div>\n"
        }
    }

    private mutating func renderFootnotes(_ definitions: [Block]) {
        cr()
        out += "<section class=\"footnotes\">\n"
        if !options.labels.footnotes.isEmpty {
            out += "<h2 class=\"visually-hidden\"\(labelLanguageAttribute)>\(HTMLEscaping.escape(options.labels.footnotes))</h2>\n"
        }
        out += "<ol>\n"
        for (index, definition) in definitions.enumerated() {
            guard case .footnoteDefinition(_, let children) = definition.kind else { continue }
            let n = index + 1
            out += "<li id=\"fn\(n)\">\n"
            var backref = "<a href=\"#fnref\(n)\" class=\"footnote-backref\""
            if !options.labels.footnoteBackReference.isEmpty {
                backref += " aria-label=\"\(HTMLEscaping.escape(options.labels.footnoteBackReference))\"\(labelLanguageAttribute)"
            }
            backref += ">↩</a>"
            if case .paragraph(let inlines)? = children.last?.kind {
                for child in children.dropLast() { render(child, tight: false) }
                cr()
                out += "<p>"
                render(inlines)
                out += " \(backref)</p>\n"
            } else {
                for child in children { render(child, tight: false) }
                out += "\(backref)\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    private mutating func render(_ inlines: [Inline]) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let s):
                appendText(s)
            case .softBreak:
                let before = Self.lastCharacter(inlines[..<index])
                let after = Inline.firstCharacter(inlines[(index + 1)...])
                if SoftBreak.rendersAsSpace(before: before, after: after) { out += "\n" }
            case .lineBreak:
                out += "<br />\n"
            case .code(let s):
                out += "<code>"
                appendText(s)
                out += "</code>"
            case .html(let s):
                out += rawHTML(s)
            case .emphasis(let children):
                out += "<em>"; render(children); out += "</em>"
            case .strong(let children):
                out += "<strong>"; render(children); out += "</strong>"
            case .strikethrough(let children):
                out += "<del>"; render(children); out += "</del>"
            case .link(let link):
                renderLink(link)
            case .image(let image):
                out += "<img src=\"\(safeURL(image.destination))\" alt=\""
                let alt = Self.altText(image.children)
                out += HTMLEscaping.escape(alt)
                skipMarked(alt)
                out += "\""
                if !image.title.isEmpty { out += " title=\"\(HTMLEscaping.escape(image.title))\"" }
                out += " />"
            case .footnoteReference(let number):
                let n = HTMLEscaping.escape(number)
                out += "<sup class=\"footnote-ref\"><a href=\"#fn\(n)\" id=\"fnref\(n)\">\(n)</a></sup>"
            }
        }
    }

    private mutating func renderLink(_ link: Link) {
        var href = safeURL(link.destination)
        var extra = ""
        switch delegate.rewriteLink(link) {
        case .html(let html)?:
            out += html
            return
        case .href(let rewritten, let attributes)?:
            href = HTMLEscaping.escapeURL(rewritten)
            extra = attributes
        case nil:
            break
        }
        out += "<a href=\"\(href)\""
        if !link.title.isEmpty { out += " title=\"\(HTMLEscaping.escape(link.title))\"" }
        out += extra
        out += ">"
        render(link.children)
        out += "</a>"
    }

    /// A citable block starts: take its marks (only a citable block starts a new mark context;
    /// paragraphs inside a list item or quote continue their container's).
    private mutating func beginCitable(_ id: String?) {
        guard let id else { return }
        marks = delegate.marks(forBlock: id)
        markPosition = 0
    }

    /// Escapes text, wrapping the parts inside marks in `<mark>`; each text run
    /// opens and closes its own marks, so marks never cross element boundaries.
    private mutating func appendText(_ s: String) {
        guard !marks.isEmpty else {
            out += HTMLEscaping.escape(s)
            return
        }
        var open = false
        for scalar in s.unicodeScalars {
            if QuoteText.fold(scalar) != nil {
                let active = marks.filter { $0.range.contains(markPosition) }
                if active.isEmpty, open {
                    out += "</mark>"
                    open = false
                }
                let unwritten = active.filter { !markIDsWritten.contains($0.id) }
                if !active.isEmpty, !open {
                    out += "<mark"
                    if let first = unwritten.first {
                        out += " id=\"\(HTMLEscaping.escape(first.id))\""
                        markIDsWritten.insert(first.id)
                    }
                    out += ">"
                    open = true
                }
                // Marks that begin inside another: an anchor at their start.
                for extra in unwritten where !markIDsWritten.contains(extra.id) {
                    out += "<span id=\"\(HTMLEscaping.escape(extra.id))\"></span>"
                    markIDsWritten.insert(extra.id)
                }
                markPosition += 1
            }
            HTMLEscaping.append(scalar, to: &out)
        }
        if open { out += "</mark>" }
    }

    /// Text that counts in the block's normalised text but is not rendered as marked text.
    private mutating func skipMarked(_ s: String) {
        guard !marks.isEmpty else { return }
        markPosition += QuoteText.normalize(s).count
    }

    private func rawHTML(_ html: String) -> String {
        guard options.unsafeHTML else { return "<!-- raw HTML omitted -->" }
        return options.tagFilter ? HTMLEscaping.filterTags(html) : html
    }

    private func safeURL(_ url: String) -> String {
        if !options.unsafeHTML && HTMLEscaping.isDangerousURL(url) { return "" }
        return HTMLEscaping.escapeURL(url)
    }

    /// Image alt text: the plain text of the description, breaks as spaces.
    static func altText(_ inlines: [Inline]) -> String {
        var s = ""
        for inline in inlines {
            switch inline {
            case .text(let t), .code(let t), .html(let t): s += t
            case .softBreak, .lineBreak: s += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c): s += altText(c)
            case .link(let l), .image(let l): s += altText(l.children)
            case .footnoteReference: break
            }
        }
        return s
    }

    static func lastCharacter(_ inlines: ArraySlice<Inline>) -> Character? {
        for inline in inlines.reversed() {
            switch inline {
            case .text(let s), .code(let s): if let c = s.last { return c }
            case .emphasis(let c), .strong(let c), .strikethrough(let c):
                if let ch = lastCharacter(c[...]) { return ch }
            case .link(let l), .image(let l):
                if let ch = lastCharacter(l.children[...]) { return ch }
            case .softBreak, .lineBreak: return " "
            case .html, .footnoteReference: continue
            }
        }
        return nil
    }
}
