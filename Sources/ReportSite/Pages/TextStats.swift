// Length, reading time and summaries the way each language counts: characters
// for Chinese (about 400 a minute), words for English (about 220 a minute).

public enum TextStats {
    /// Minutes to read `text` in `language`, at least one.
    public static func readingMinutes(_ text: String, in language: Language) -> Int {
        if language.isCJK {
            // Characters that are read: everything but white space and ASCII punctuation.
            var characters = 0
            for scalar in text.unicodeScalars where scalar.value > 0x7F || (scalar.value >= 0x30 && (scalar.value <= 0x39 || scalar.value >= 0x41)) {
                characters += 1
            }
            return max(1, Int((Double(characters) / 400).rounded()))
        }
        var words = 0, inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { words += 1 }
            inWord = !space
        }
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
