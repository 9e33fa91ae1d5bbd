// Trailing block attributes: `Text {#id}`, `Text {.caption}`, `Text {#id .a .b}`.
// The attribute is removed from the text; the id names the block, the classes style it.

public struct BlockAttributes: Sendable, Equatable {
    public var id: String?
    public var classes: [String]

    /// Removes a trailing attribute from the inlines of a paragraph or heading
    /// and returns it, or returns nil and leaves the inlines alone.
    public static func strip(from inlines: inout [Inline]) -> BlockAttributes? {
        guard case .text(let text)? = inlines.last, text.hasSuffix("}"),
              let open = text.lastIndex(of: "{") else { return nil }
        let body = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let attributes = parse(body) else { return nil }
        var rest = String(text[..<open])
        guard rest.isEmpty || rest.last == " " || rest.last == "\t" else { return nil }
        while rest.last == " " || rest.last == "\t" { rest.removeLast() }
        inlines.removeLast()
        if !rest.isEmpty { inlines.append(.text(rest)) }
        // A heading like `## Title {#x}` may leave a trailing soft break behind.
        while let last = inlines.last, last == .softBreak || last == .lineBreak { inlines.removeLast() }
        return attributes
    }

    /// Parses `#id .class .class` (the part between the braces).
    static func parse(_ body: Substring) -> BlockAttributes? {
        var id: String?
        var classes: [String] = []
        let parts = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !parts.isEmpty else { return nil }
        for part in parts {
            if part.hasPrefix("#"), id == nil, isName(part.dropFirst()) {
                id = String(part.dropFirst())
            } else if part.hasPrefix("."), isName(part.dropFirst()) {
                classes.append(String(part.dropFirst()))
            } else {
                return nil
            }
        }
        return BlockAttributes(id: id, classes: classes)
    }

    /// A name starts with a letter and goes on with letters, digits, `-` and `_`.
    static func isName(_ s: Substring) -> Bool {
        guard let first = s.first, first.isLetter else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
