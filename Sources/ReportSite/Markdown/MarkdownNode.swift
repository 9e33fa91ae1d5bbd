// The Markdown document as an immutable, Sendable Swift value tree.
// cmark-gfm's C nodes are neither Sendable nor safe to read from several
// threads (reading a literal may cache), so the parser copies them into these
// values once; everything downstream (block ids, quote search, rendering) reads
// only this tree.

/// A position in a text file, 1-based; columns count Unicode scalars (one per Chinese character).
public struct TextPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A block of a Markdown document.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph([Inline])
        case heading(level: Int, [Inline])
        case blockQuote([Block])
        case list(MarkdownList)
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case thematicBreak
        case table(MarkdownTable)
        case footnoteDefinition(label: String, [Block])
    }

    public var kind: Kind
    /// Where the block starts in its file (line numbers already include any front matter).
    public var position: TextPosition
    /// The block's id in the page: `p1`, `p2`, … or an explicit `{#id}`; nil for blocks that are not citable.
    public var id: String?
    /// True when `id` came from an explicit `{#id}` in the text.
    public var hasExplicitID: Bool = false
    /// Classes from a trailing `{.class}` attribute (`caption`, `credit`, …).
    public var classes: [String] = []

    public init(kind: Kind, position: TextPosition, id: String? = nil) {
        self.kind = kind
        self.position = position
        self.id = id
    }
}

public struct MarkdownList: Sendable, Hashable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
}

public struct ListItem: Sendable, Hashable {
    public var blocks: [Block]
    public var position: TextPosition
    /// For a task list item, whether it is checked; nil for an ordinary item.
    public var task: Bool?
    public var id: String?
    public var hasExplicitID: Bool = false
    public var classes: [String] = []
}

public struct MarkdownTable: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
}

/// An inline element of a paragraph, heading or table cell.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(Link)
    case image(Link)
    /// A footnote reference, by the number of its definition (cmark-gfm numbers them in order of first use).
    case footnoteReference(String)
}

/// A link or image: destination, title, content, and where it starts in the file.
public struct Link: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    public var position: TextPosition
}

extension Inline {
    /// The text a reader sees, with soft breaks resolved the CJK-aware way.
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        appendPlainText(inlines, to: &out)
        return out
    }

    private static func appendPlainText(_ inlines: [Inline], to out: inout String) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .html: break
            case .softBreak:
                if SoftBreak.rendersAsSpace(before: out.last, after: firstCharacter(inlines[(index + 1)...])) { out += " " }
            case .lineBreak: out += "\n"
            case .emphasis(let c), .strong(let c), .strikethrough(let c): appendPlainText(c, to: &out)
            case .link(let l), .image(let l): appendPlainText(l.children, to: &out)
            case .footnoteReference: break
            }
        }
    }

    /// The first visible character of a run of inlines (used to decide soft breaks).
    static func firstCharacter(_ inlines: ArraySlice<Inline>) -> Character? {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): if let c = s.first { return c }
            case .emphasis(let c), .strong(let c), .strikethrough(let c):
                if let ch = firstCharacter(c[...]) { return ch }
            case .link(let l), .image(let l):
                if let ch = firstCharacter(l.children[...]) { return ch }
            case .softBreak, .lineBreak: return " "
            case .html, .footnoteReference: continue
            }
        }
        return nil
    }
}

/// How a soft line break reads: between two CJK characters it is nothing
/// (hard-wrapped Chinese must not grow spaces), elsewhere a space. Chinese
/// text often uses ASCII punctuation (`464个,总投资`): a break between it and
/// a CJK character is nothing too. Between a CJK character and a Latin
/// letter or digit it stays a space, as mixed Chinese–English text is set.
public enum SoftBreak {
    public static func rendersAsSpace(before: Character?, after: Character?) -> Bool {
        guard let before, let after else { return true }
        if before.isCJKWide && after.isCJKWide { return false }
        if before.isCJKWide && after.isASCIIPunctuation { return false }
        if before.isASCIIPunctuation && after.isCJKWide { return false }
        return true
    }
}

extension Character {
    var isASCIIPunctuation: Bool {
        guard let a = asciiValue else { return false }
        return (0x21...0x2F).contains(a) || (0x3A...0x40).contains(a) || (0x5B...0x60).contains(a) || (0x7B...0x7E).contains(a)
    }

    /// Han, kana, hangul, CJK punctuation and full-width forms: characters that
    /// take a full em and are written without spaces between words.
    public var isCJKWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7:
            // Curly quotes, em dash, ellipsis and middle dot sit inside Chinese text as full-width marks.
            return true
        default:
            return false
        }
    }
}
