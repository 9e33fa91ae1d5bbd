// Splits a Markdown file into its YAML front matter (between `---` lines) and
// its body, remembering where the body starts so positions stay file-relative.

struct FrontMatter {
    /// The YAML text between the delimiters.
    var yaml: String
    /// Lines before the YAML text (the opening `---`): YAML line 1 is file line 2.
    var yamlLineOffset: Int { 1 }
    /// The Markdown after the closing delimiter.
    var body: String
    /// Lines before the body, to add to Markdown positions.
    var bodyLineOffset: Int

    /// Splits `text`; nil with a diagnostic when there is no front matter or it is not closed.
    static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard text.hasPrefix("---\n") || text == "---" else {
            diagnostics.append(Diagnostic(.error, "missing front matter: the file must start with a line '---', then YAML (title: …), then '---'", file: file))
            return nil
        }
        var lineNumber = 1
        var yamlLines: [Substring] = []
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<end]
            lineNumber += 1
            if line == "---" || line == "..." {
                let bodyStart = end < text.endIndex ? text.index(after: end) : end
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"), body: String(text[bodyStart...]), bodyLineOffset: lineNumber)
            }
            yamlLines.append(line)
            index = end < text.endIndex ? text.index(after: end) : end
        }
        diagnostics.append(Diagnostic(.error, "front matter is not closed: add a line '---' after the YAML", file: file, line: 1))
        return nil
    }
}
