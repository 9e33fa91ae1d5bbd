// Parses Markdown with cmark-gfm (table, strikethrough, autolink, tagfilter,
// footnotes) and copies the C tree into the Swift `Block`/`Inline` values.
import CCmarkGFM
import Synchronization

/// Parses GitHub-flavoured Markdown into a `MarkdownDocument`.
public struct MarkdownParser: Sendable {
    /// Lines to add to every position, so that positions in a body that follows
    /// front matter point at the right line of the file.
    public var lineOffset: Int
    /// The cmark-gfm syntax extensions to enable.
    public var extensions: [String]
    /// Parse `[^label]` footnotes.
    public var footnotes: Bool

    public init(lineOffset: Int = 0, extensions: [String] = MarkdownParser.siteExtensions, footnotes: Bool = true) {
        self.lineOffset = lineOffset
        self.extensions = extensions
        self.footnotes = footnotes
    }

    /// What site content is parsed with: GFM's tables, strikethrough, autolinks,
    /// tag filter and task lists.
    public static let siteExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Deeper nesting than this (block quotes in block quotes, emphasis in
    /// emphasis…) is cut off and reported: every later stage walks the tree
    /// recursively, and no real document nests this deep.
    public static let maximumNesting = 100

    /// The blocks of `text`; content nested deeper than `maximumNesting` is left out.
    public func parse(_ text: String) -> [Block] {
        parseDocument(text).blocks
    }

    /// cmark-gfm keeps the special characters of its inline extensions (`~`, `:`, `w`…)
    /// in one global table that every parse fills on entering its inline phase and
    /// empties on leaving it: two parses at once can strip `~~` from each other
    /// (seen as a flaky strikethrough spec example). Parses take turns in the C
    /// library; converting the tree to Swift values stays parallel.
    static let cmarkLock = Mutex(())

    /// The blocks, and where nesting first went past `maximumNesting`, if it did.
    public func parseDocument(_ text: String) -> (blocks: [Block], tooDeep: TextPosition?) {
        CmarkExtensions.ensureRegistered()
        let options = footnotes ? CMARK_OPT_FOOTNOTES : CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return ([], nil) }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = text
        utf8.makeContiguousUTF8()  // outside the lock: a copy, if one is needed, is made in parallel
        let parsed = Self.cmarkLock.withLock { _ -> ParsedRoot in
            utf8.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return ParsedRoot(node: cmark_parser_finish(parser))
        }
        guard let root = parsed.node else { return ([], nil) }
        defer { cmark_node_free(root) }
        var converter = NodeConverter(lineOffset: lineOffset, lines: LineColumns(text))
        let blocks = converter.blocks(under: root)
        // Only text with asterisks left over can need the CJK emphasis rule.
        return (text.utf8.contains(UInt8(ascii: "*")) ? CJKEmphasis.apply(blocks) : blocks, converter.tooDeep)
    }
}

/// Registers the GFM extensions exactly once per process.
enum CmarkExtensions {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func ensureRegistered() {
        _ = registered
    }
}

/// Turns cmark's byte columns into Unicode-scalar columns (as YAML marks
/// count), so a diagnostic in Chinese text points at the character.
struct LineColumns {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ text: String) {
        bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == 10 { lineStarts.append(i + 1) }
    }

    func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(1, byteColumn) }
        let start = lineStarts[line - 1]
        let end = min(bytes.count, start + byteColumn - 1)
        guard start < end else { return byteColumn }
        // Count bytes that begin a scalar (everything but UTF-8 continuation bytes).
        return bytes[start..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

/// Walks one cmark tree; extension node types are told apart by their type string.
private struct NodeConverter {
    let lineOffset: Int
    let lines: LineColumns
    private var depth = 0
    /// Where nesting first went past the limit.
    private(set) var tooDeep: TextPosition?

    /// Runs `body` one level deeper, or returns `empty` (and remembers where) past the limit.
    private mutating func nested<T>(_ node: OpaquePointer, empty: T, _ body: (inout NodeConverter) -> T) -> T {
        guard depth < MarkdownParser.maximumNesting else {
            if tooDeep == nil { tooDeep = position(node) }
            return empty
        }
        depth += 1
        defer { depth -= 1 }
        return body(&self)
    }

    init(lineOffset: Int, lines: LineColumns) {
        self.lineOffset = lineOffset
        self.lines = lines
    }

    private func position(_ node: OpaquePointer) -> TextPosition {
        let line = Int(cmark_node_get_start_line(node))
        return TextPosition(line: line + lineOffset,
                            column: lines.scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
    }

    private func literal(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    private func typeString(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_type_string(node) else { return "" }
        return String(cString: c)
    }

    private func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    mutating func blocks(under node: OpaquePointer) -> [Block] {
        nested(node, empty: []) { converter in converter.children(node).compactMap { converter.block($0) } }
    }

    mutating func block(_ node: OpaquePointer) -> Block? {
        let type = cmark_node_get_type(node)
        let pos = position(node)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return Block(kind: .paragraph(inlines(under: node)), position: pos)
        case CMARK_NODE_HEADING:
            return Block(kind: .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node)), position: pos)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(kind: .blockQuote(blocks(under: node)), position: pos)
        case CMARK_NODE_LIST:
            let items = children(node).map { item in
                ListItem(blocks: blocks(under: item), position: position(item),
                         task: typeString(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil)
            }
            let list = MarkdownList(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
            return Block(kind: .list(list), position: pos)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return Block(kind: .codeBlock(info: info, literal: literal(node)), position: pos)
        case CMARK_NODE_HTML_BLOCK:
            return Block(kind: .htmlBlock(literal(node)), position: pos)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(kind: .thematicBreak, position: pos)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return Block(kind: .footnoteDefinition(label: literal(node), blocks(under: node)), position: pos)
        default:
            if typeString(node) == "table" { return Block(kind: .table(table(node)), position: pos) }
            return nil
        }
    }

    mutating func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch UInt8(raw[i]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(node) {
            let cells = children(row).map { inlines(under: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    mutating func inlines(under node: OpaquePointer) -> [Inline] {
        nested(node, empty: []) { $0.inlineChildren(of: node) }
    }

    private mutating func inlineChildren(of node: OpaquePointer) -> [Inline] {
        var out: [Inline] = []
        for child in children(node) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT:
                // cmark splits text at brackets and entities; merge neighbours so
                // that quote search and attribute stripping see whole runs.
                let s = literal(child)
                if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + s) } else { out.append(.text(s)) }
            case CMARK_NODE_SOFTBREAK: out.append(.softBreak)
            case CMARK_NODE_LINEBREAK: out.append(.lineBreak)
            case CMARK_NODE_CODE: out.append(.code(literal(child)))
            case CMARK_NODE_HTML_INLINE: out.append(.html(literal(child)))
            case CMARK_NODE_EMPH: out.append(.emphasis(inlines(under: child)))
            case CMARK_NODE_STRONG: out.append(.strong(inlines(under: child)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let link = Link(
                    destination: cmark_node_get_url(child).map { String(cString: $0) } ?? "",
                    title: cmark_node_get_title(child).map { String(cString: $0) } ?? "",
                    children: inlines(under: child),
                    position: position(child))
                out.append(cmark_node_get_type(child) == CMARK_NODE_LINK ? .link(link) : .image(link))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                out.append(.footnoteReference(literal(child)))
            default:
                if typeString(child) == "strikethrough" { out.append(.strikethrough(inlines(under: child))) }
            }
        }
        return out
    }
}

/// The finished tree handed out of the lock; only the parse that made it uses it.
private struct ParsedRoot: @unchecked Sendable {
    let node: OpaquePointer?
}
