// What must never appear in markup the site writes: a script element, an
// event-handler attribute, a javascript: URL. The fuzzers check every HTML and
// SVG they render with it; its own tests show what it catches.
/// A scanner for what must never appear in rendered markup. Text is escaped by
/// the renderer, so every `<` starts a tag.
enum HTMLSafety {
    static func firstProblem(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "!") {  // comment
                while j + 2 < bytes.count, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                i = j + 3
                continue
            }
            var end = j
            while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            let tag = String(decoding: bytes[j..<min(end, bytes.count)], as: UTF8.self)
            if let problem = problem(inTag: tag) { return "\(problem) in <\(tag.prefix(120))>" }
            i = end + 1
        }
        return nil
    }

    static func problem(inTag tag: String) -> String? {
        let lower = tag.lowercased()
        let chars = Array(lower)
        var k = chars.prefix { $0 == "/" }.count
        let name = String(chars[k...].prefix { !$0.isWhitespace && $0 != "/" })
        if ["script", "iframe", "object", "embed", "style"].contains(name) { return "a <\(name)> element" }
        k += name.count
        // Attribute names: a name after whitespace, up to '=', whitespace or the end; values skipped whole.
        while k < chars.count {
            while k < chars.count, chars[k].isWhitespace || chars[k] == "/" { k += 1 }
            let start = k
            while k < chars.count, !chars[k].isWhitespace, chars[k] != "=", chars[k] != "/" { k += 1 }
            let attribute = String(chars[start..<k])
            var value = ""
            if k < chars.count, chars[k] == "=" {
                k += 1
                if k < chars.count, chars[k] == "\"" || chars[k] == "'" {
                    let quote = chars[k]
                    k += 1
                    let valueStart = k
                    while k < chars.count, chars[k] != quote { k += 1 }
                    value = String(chars[valueStart..<min(k, chars.count)])
                    k += 1
                } else {
                    let valueStart = k
                    while k < chars.count, !chars[k].isWhitespace { k += 1 }
                    value = String(chars[valueStart..<k])
                }
            }
            if attribute.hasPrefix("on") { return "an event-handler attribute '\(attribute)'" }
            if ["href", "src", "xlink:href", "action", "formaction"].contains(attribute) {
                let scheme = value.htmlEntitiesDecodedForScheme.filter { !$0.isWhitespace && !$0.isASCIIControl }
                if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:text/html") {
                    return "a script URL '\(value.prefix(60))'"
                }
            }
        }
        return nil
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 32 || $0 == 127 } ?? false }
}

private extension String {
    /// Enough entity decoding to see a URL's scheme as a browser would (`&#106;avascript:`).
    var htmlEntitiesDecodedForScheme: String {
        guard contains("&") else { return self }
        var out = ""
        var rest = Substring(self)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...].dropFirst()
            guard let semi = after.prefix(12).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let entity = after[..<semi]
            var scalar: Unicode.Scalar?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
            else { scalar = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&"][String(entity)] }
            if let scalar { out.unicodeScalars.append(scalar) } else { out += "&" + entity + ";" }
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }
}
