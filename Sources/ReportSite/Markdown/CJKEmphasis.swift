// CommonMark's flanking rules leave the asterisks of `这是**“三大目标”**的文字`
// in the text: the opening `**` follows a letter and precedes punctuation, so
// it cannot open. Chinese puts full-width punctuation directly against words,
// so after parsing we pair delimiters that failed only for that reason: a run
// whose neighbour on the outer side is a CJK character or whose inner side is
// CJK punctuation.

enum CJKEmphasis {
    /// Applies the rule to every text run of a block tree.
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.map(apply)
    }

    static func apply(_ block: Block) -> Block {
        var block = block
        switch block.kind {
        case .paragraph(let inlines): block.kind = .paragraph(apply(inlines))
        case .heading(let level, let inlines): block.kind = .heading(level: level, apply(inlines))
        case .blockQuote(let children): block.kind = .blockQuote(apply(children))
        case .list(var list):
            for i in list.items.indices { list.items[i].blocks = apply(list.items[i].blocks) }
            block.kind = .list(list)
        case .table(var table):
            table.header = table.header.map(apply)
            table.rows = table.rows.map { $0.map(apply) }
            block.kind = .table(table)
        case .footnoteDefinition(let label, let children): block.kind = .footnoteDefinition(label: label, apply(children))
        case .codeBlock, .htmlBlock, .thematicBreak: break
        }
        return block
    }

    static func apply(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let s) where s.contains("*"): out += split(s)
            case .emphasis(let c): out.append(.emphasis(apply(c)))
            case .strong(let c): out.append(.strong(apply(c)))
            case .strikethrough(let c): out.append(.strikethrough(apply(c)))
            case .link(var l): l.children = apply(l.children); out.append(.link(l))
            default: out.append(inline)
            }
        }
        return out
    }

    /// Finds `**x**` (then `*x*`) pairs in one text run that the CJK rule allows.
    static func split(_ text: String) -> [Inline] {
        let chars = Array(text)
        for width in [2, 1] {
            var i = 0
            while i + width < chars.count {
                guard isRun(chars, at: i, width: width) else { i += 1; continue }
                var j = i + width + 1
                while j + width <= chars.count {
                    if isRun(chars, at: j, width: width) { break }
                    j += 1
                }
                guard j + width <= chars.count else { break }
                let inner = Array(chars[(i + width)..<j])
                if allowed(before: i > 0 ? chars[i - 1] : nil, inner: inner, after: j + width < chars.count ? chars[j + width] : nil) {
                    let head = String(chars[..<i]), tail = String(chars[(j + width)...])
                    let middle = split(String(inner))
                    var result: [Inline] = head.isEmpty ? [] : [.text(head)]
                    result.append(width == 2 ? .strong(middle) : .emphasis(middle))
                    result += tail.isEmpty ? [] : split(tail)
                    return result
                }
                i = j
            }
        }
        return [.text(text)]
    }

    /// A delimiter run of exactly `width` asterisks at `i`.
    static func isRun(_ chars: [Character], at i: Int, width: Int) -> Bool {
        guard i + width <= chars.count else { return false }
        for k in 0..<width where chars[i + k] != "*" { return false }
        if i > 0, chars[i - 1] == "*" { return false }
        if i + width < chars.count, chars[i + width] == "*" { return false }
        return true
    }

    static func allowed(before: Character?, inner: [Character], after: Character?) -> Bool {
        guard let first = inner.first, let last = inner.last, !first.isWhitespace, !last.isWhitespace else { return false }
        let opens = (before?.isCJKWide ?? false) || first.isCJKPunctuation
        let closes = (after?.isCJKWide ?? false) || last.isCJKPunctuation
        return opens && closes && (first.isCJKPunctuation || last.isCJKPunctuation)
    }
}

extension Character {
    /// Full-width punctuation and the curly quotes Chinese text uses.
    var isCJKPunctuation: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || (0xFF3B...0xFF40).contains(v) || (0xFF5B...0xFF65).contains(v) || [0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014].contains(v)
    }
}
