// Length, reading time and summaries the way each language counts: characters
// for Chinese (about 400 a minute), words for English (about 220 a minute).

public enum TextStats {
    /// Minutes to read `text` in `language`, at least one.
    public static func readingMinutes(_ text: String, in language: Language) -> Int {
        if language.isCJK {
            let characters = text.unicodeScalars.filter { Character($0).isCJKWide || $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
            return max(1, Int((Double(characters) / 400).rounded()))
        }
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        return max(1, Int((Double(words) / 220).rounded()))
    }

    /// The first sentences of `text` that fit in `limit` characters, cut at a
    /// sentence end (`。！？` or `. ! ?`), never mid-word; the first sentence whole if it is longer.
    public static func summary(_ text: String, limit: Int = 120) -> String {
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        var lastEnd: Int?
        for (i, c) in chars.enumerated() {
            let isEnd = "。！？".contains(c) || (".!?".contains(c) && (i + 1 == chars.count || chars[i + 1] == " "))
            guard isEnd else { continue }
            if i + 1 > limit, lastEnd != nil { break }
            lastEnd = i + 1
            if i + 1 > limit { break }
        }
        guard let end = lastEnd else { return String(chars) }
        return String(chars[..<end])
    }
}
