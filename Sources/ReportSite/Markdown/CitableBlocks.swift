// Numbers the citable blocks of a document: every paragraph, heading, list item,
// table and block quote gets `p1`, `p2`, … in document order, or its explicit
// `{#id}`. A list item or block quote is cited as a whole, so the blocks inside
// it are not numbered separately (a quote then matches exactly one block).

/// The kinds of block that can be cited; a translation must match them one to one.
public enum CitableKind: Sendable, Hashable, CustomStringConvertible {
    case paragraph
    case heading(level: Int)
    case listItem
    case table
    case blockQuote

    public var description: String {
        switch self {
        case .paragraph: return "paragraph"
        case .heading(let level): return "heading (level \(level))"
        case .listItem: return "list item"
        case .table: return "table"
        case .blockQuote: return "block quote"
        }
    }
}

/// One citable block: its id, kind, place and the text a reader sees in it.
public struct CitableBlock: Sendable, Hashable {
    public var id: String
    public var kind: CitableKind
    public var position: TextPosition
    public var text: String
}

public enum CitableBlocks {
    /// Strips block attributes, assigns ids, and lists the citable blocks in order.
    /// Duplicate ids are reported against `file`.
    public static func number(_ blocks: [Block], file: String) -> (blocks: [Block], citable: [CitableBlock], diagnostics: [Diagnostic]) {
        var numberer = Numberer(file: file)
        let numbered = blocks.map { numberer.visit($0) }
        return (numbered, numberer.citable, numberer.diagnostics)
    }

    private struct Numberer {
        let file: String
        var counter = 0
        var citable: [CitableBlock] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: TextPosition] = [:]

        init(file: String) {
            self.file = file
        }

        mutating func claim(_ attributes: BlockAttributes?, position: TextPosition, kind: CitableKind, text: String) -> String {
            counter += 1
            let id = attributes?.id ?? "p\(counter)"
            if let first = seen[id] {
                diagnostics.append(.error("duplicate block id '\(id)' (first used at line \(first.line))", at: SourcePlace(file: file, position)))
            } else {
                seen[id] = position
            }
            citable.append(CitableBlock(id: id, kind: kind, position: position, text: text))
            return id
        }

        mutating func visit(_ block: Block) -> Block {
            var block = block
            switch block.kind {
            case .paragraph(var inlines):
                let attributes = BlockAttributes.strip(from: &inlines)
                block.kind = .paragraph(inlines)
                apply(attributes, to: &block, kind: .paragraph, text: Inline.plainText(inlines))
            case .heading(let level, var inlines):
                let attributes = BlockAttributes.strip(from: &inlines)
                block.kind = .heading(level: level, inlines)
                apply(attributes, to: &block, kind: .heading(level: level), text: Inline.plainText(inlines))
            case .table(let table):
                block.id = claim(nil, position: block.position, kind: .table, text: Self.text(of: table))
            case .blockQuote(var children):
                let attributes = Self.stripLastParagraph(&children)
                block.kind = .blockQuote(children)
                apply(attributes, to: &block, kind: .blockQuote, text: Self.text(of: children))
            case .list(var list):
                for i in list.items.indices {
                    var item = list.items[i]
                    let attributes = Self.stripLastParagraph(&item.blocks)
                    item.id = claim(attributes, position: item.position, kind: .listItem, text: Self.text(of: item.blocks))
                    item.hasExplicitID = attributes?.id != nil
                    item.classes = attributes?.classes ?? []
                    list.items[i] = item
                }
                block.kind = .list(list)
            case .codeBlock, .htmlBlock, .thematicBreak, .footnoteDefinition:
                break
            }
            return block
        }

        mutating func apply(_ attributes: BlockAttributes?, to block: inout Block, kind: CitableKind, text: String) {
            block.id = claim(attributes, position: block.position, kind: kind, text: text)
            block.hasExplicitID = attributes?.id != nil
            block.classes = attributes?.classes ?? []
        }

        static func stripLastParagraph(_ blocks: inout [Block]) -> BlockAttributes? {
            guard let last = blocks.indices.last, case .paragraph(var inlines) = blocks[last].kind else { return nil }
            let attributes = BlockAttributes.strip(from: &inlines)
            blocks[last].kind = .paragraph(inlines)
            return attributes
        }

        /// The visible text of nested blocks, one line per block.
        static func text(of blocks: [Block]) -> String {
            blocks.map { block -> String in
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines): return Inline.plainText(inlines)
                case .blockQuote(let children): return text(of: children)
                case .list(let list): return list.items.map { text(of: $0.blocks) }.joined(separator: "\n")
                case .table(let table): return text(of: table)
                case .codeBlock(_, let literal): return literal
                case .htmlBlock, .thematicBreak, .footnoteDefinition: return ""
                }
            }.filter { !$0.isEmpty }.joined(separator: "\n")
        }

        static func text(of table: MarkdownTable) -> String {
            ([table.header] + table.rows).map { row in row.map(Inline.plainText).joined(separator: "\t") }.joined(separator: "\n")
        }
    }
}
