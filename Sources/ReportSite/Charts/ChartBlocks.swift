// Finds the fenced ```chart blocks of a document, wherever they are nested.

/// The fenced ```chart blocks of a block tree, in document order.
enum ChartBlocks {
    static func blocks(in blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block.kind {
            case .codeBlock(let info, _): return info.split(separator: " ").first == "chart" ? [block] : []
            case .blockQuote(let c), .footnoteDefinition(_, let c): return Self.blocks(in: c)
            case .list(let l): return l.items.flatMap { Self.blocks(in: $0.blocks) }
            default: return []
            }
        }
    }
}
