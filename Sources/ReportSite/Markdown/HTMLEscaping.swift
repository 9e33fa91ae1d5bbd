// Escaping for HTML text, attribute values and URLs, matching cmark's output
// byte for byte so the GFM spec keeps passing.

public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`: safe in text and in double-quoted attributes.
    public static func escape(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 { needs = true; break }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// Appends one scalar, escaped for text and double-quoted attributes.
    @inline(__always)
    public static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(scalar)
        }
    }

    /// Percent-encodes a URL for an `href`/`src` attribute: bytes outside the
    /// URL-safe ASCII set are %XX-encoded, existing escapes are kept, and
    /// `&` and `'` become entities.
    public static func escapeURL(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in s.utf8 {
            if urlSafe[Int(b)] {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b == UInt8(ascii: "&") {
                out += "&amp;"
            } else if b == UInt8(ascii: "'") {
                out += "&#x27;"
            } else {
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(b >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(b & 0xF)]))
            }
        }
        return out
    }

    private static let urlSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = true }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = true }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = true }
        for c in "-_.~:/?#@!$()*+,;=%" { table[Int(c.asciiValue!)] = true }
        return table
    }()

    /// True for URL schemes that run code or read local files; these are
    /// dropped unless raw HTML is allowed (images may use inline raster data).
    public static func isDangerousURL(_ url: String) -> Bool {
        let lower = url.prefix(32).lowercased()
        if lower.hasPrefix("data:") {
            for safe in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lower.hasPrefix(safe) {
                return false
            }
            return true
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }

    /// GFM's tag filter: neutralises the opening `<` of tags that would change
    /// how the rest of the page is parsed (`<script>`, `<style>`, `<iframe>`, …).
    public static func filterTags(_ html: String) -> String {
        guard html.contains("<") else { return html }
        let bytes = Array(html.utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), isFilteredTag(bytes, at: i + 1) {
                out.append(contentsOf: Array("&lt;".utf8))
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let filteredTags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    private static func isFilteredTag(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { i += 1 }
        for tag in filteredTags {
            let t = Array(tag.utf8)
            guard i + t.count <= bytes.count else { continue }
            var match = true
            for k in 0..<t.count where bytes[i + k] | 0x20 != t[k] { match = false; break }
            guard match else { continue }
            let end = i + t.count
            if end == bytes.count { return false }
            let next = bytes[end]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") || next == 0x0C {
                return true
            }
            if next == UInt8(ascii: "/"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
