// Estimates how wide text renders without a font: wide (CJK) characters take
// about 1 em, Latin letters and digits about 0.55 em. Good enough to size
// margins and to wrap or shorten labels so they do not overlap.

public enum TextWidth {
    /// Width of `text` in pixels at `fontSize`.
    public static func estimate(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for c in text {
            if c.isCJKWide { ems += 1 }
            else if c == " " { ems += 0.3 }
            else if "il.,:;|'!·".contains(c) { ems += 0.3 }
            else if c.isUppercase || "mwMW%".contains(c) { ems += 0.75 }
            else { ems += 0.55 }
        }
        return ems * fontSize
    }

    /// Splits `text` into at most `maxLines` lines of at most `width` pixels;
    /// the last line ends in `…` when the text does not fit. Latin text breaks
    /// between words, CJK text between any two characters.
    public static func wrap(_ text: String, width: Double, fontSize: Double, maxLines: Int = 2) -> [String] {
        guard estimate(text, fontSize: fontSize) > width else { return [text] }
        var tokens = ArraySlice(tokenize(text))
        var lines: [String] = []
        var current = ""
        while let token = tokens.first, lines.count < maxLines {
            let candidate = current.isEmpty ? String(token.drop { $0 == " " }) : current + token
            if estimate(candidate, fontSize: fontSize) <= width {
                current = candidate
                tokens.removeFirst()
            } else if current.isEmpty {
                // One word wider than the line: break it between characters.
                var head = ""
                for c in candidate where estimate(head + String(c), fontSize: fontSize) <= width { head.append(c) }
                if head.isEmpty { head = String(candidate.prefix(1)) }
                lines.append(head)
                tokens[tokens.startIndex] = String(candidate.dropFirst(head.count))
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty {
            if lines.count < maxLines { lines.append(current) } else { tokens.insert(current, at: tokens.startIndex) }
        }
        if !tokens.isEmpty, let last = lines.indices.last {
            lines[last] = shorten(lines[last], width: width, fontSize: fontSize)
        }
        return lines
    }

    /// Cuts `text` so that it and a trailing `…` fit in `width`.
    public static func shorten(_ text: String, width: Double, fontSize: Double) -> String {
        var out = ""
        for c in text {
            if estimate(out + String(c) + "…", fontSize: fontSize) > width { break }
            out.append(c)
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Words with their leading space for Latin text; single characters for CJK.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for c in text {
            if c.isCJKWide {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(c))
            } else if c == " " {
                if !word.isEmpty { tokens.append(word) }
                word = " "
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}

