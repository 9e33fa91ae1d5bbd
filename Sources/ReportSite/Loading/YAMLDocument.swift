// Reads YAML with Yams into nodes that keep their line and column, so every
// problem in site.yaml, entities, metrics or front matter points at its line.
import Yams

/// A YAML node together with the file it came from.
struct YAMLValue {
    let node: Node
    let file: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int
    /// Where the YAML text ends in its file: libyaml marks an empty document, a value
    /// or an error at the very end on the line after the last one, which may not exist.
    var end = TextPosition(line: .max, column: 1)

    var place: SourcePlace {
        let position = TextPosition(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        return SourcePlace(file: file, min(position, end))
    }

    /// A node inside this one (same file and lines).
    func child(_ node: Node) -> YAMLValue {
        YAMLValue(node: node, file: file, lineOffset: lineOffset, end: end)
    }

    /// The end of the last line of `text` (a final newline ends that line; it starts no other).
    static func end(of text: String, lineOffset: Int) -> TextPosition {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return TextPosition(line: lines.count + lineOffset, column: (lines.last?.count ?? 0) + 1)
    }

    /// Deeper YAML than this is refused before parsing: Yams builds nodes recursively,
    /// and thousands of levels would exhaust a thread's stack.
    static let maximumNesting = 200

    /// Parses YAML text; a syntax error becomes a diagnostic at its line.
    static func parse(_ text: String, file: String, lineOffset: Int = 0, diagnostics: inout [Diagnostic]) -> YAMLValue? {
        if let line = tooDeep(text) {
            diagnostics.append(Diagnostic(.error, "YAML nested deeper than \(maximumNesting) levels is not supported", file: file, line: line + lineOffset))
            return nil
        }
        let end = end(of: text, lineOffset: lineOffset)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return YAMLValue(node: Node.mapping(Node.Mapping([])), file: file, lineOffset: lineOffset, end: end)
            }
            return YAMLValue(node: node, file: file, lineOffset: lineOffset, end: end)
        } catch let error as YamlError {
            var found = diagnostic(for: error, file: file, lineOffset: lineOffset)
            if TextPosition(line: found.line, column: found.column) > end { (found.line, found.column) = (end.line, end.column) }
            diagnostics.append(found)
        } catch {
            diagnostics.append(Diagnostic(.error, "invalid YAML: \(error)", file: file, line: lineOffset + 1))
        }
        return nil
    }

    /// The line where flow brackets (`[`, `{`, outside quotes) or indentation first nest too deep.
    static func tooDeep(_ text: String) -> Int? {
        var depth = 0, line = 1, quote: UInt8? = nil, atLineStart = true, indent = 0
        for b in text.utf8 {
            if b == 10 { line += 1; atLineStart = true; indent = 0; continue }
            if atLineStart {
                if b == 32 { indent += 1; if indent > maximumNesting * 2 { return line }; continue }
                atLineStart = false
            }
            if let q = quote {
                if b == q { quote = nil }
                continue
            }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumNesting { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml notices an unclosed bracket where the text ends; say where the construct began too.
            let detail = context.map { " \($0.text) (which starts at line \($0.mark.line + lineOffset))" } ?? ""
            return Diagnostic(.error, "invalid YAML: \(problem)\(detail)", file: file, line: mark.line + lineOffset, column: mark.column)
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "invalid YAML: \(problem)", file: file, line: lineOffset + 1)
        default:
            return Diagnostic(.error, "invalid YAML: \(error)", file: file, line: lineOffset + 1)
        }
    }

    var isNull: Bool {
        if case .scalar(let s) = node { return s.style == .plain && (s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL") }
        return false
    }

    /// The node as a mapping, or an error saying what was expected.
    func mapping(_ what: String, diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard case .mapping(let m) = node else {
            diagnostics.append(.error("\(what) must be a mapping (key: value)", at: place))
            return nil
        }
        var pairs: [(key: String, keyPlace: SourcePlace, value: YAMLValue)] = []
        var seen: [String: SourcePlace] = [:]
        for (k, v) in m {
            let key = child(k)
            guard let name = k.scalar?.string else {
                diagnostics.append(.error("\(what): keys must be plain strings", at: key.place))
                continue
            }
            if let first = seen[name] {
                diagnostics.append(.error("duplicate key '\(name)' (first at line \(first.line))", at: key.place))
                continue
            }
            seen[name] = key.place
            pairs.append((name, key.place, child(v)))
        }
        return YAMLMapping(what: what, place: place, pairs: pairs)
    }

    /// A scalar's text, or an error saying a string was expected.
    func string(_ what: String, diagnostics: inout [Diagnostic]) -> String? {
        guard case .scalar(let s) = node else {
            diagnostics.append(.error("\(what) must be a single value, not a list or mapping", at: place))
            return nil
        }
        return s.string
    }

    func stringList(_ what: String, diagnostics: inout [Diagnostic]) -> [(String, SourcePlace)] {
        guard case .sequence(let seq) = node else {
            diagnostics.append(.error("\(what) must be a list, e.g. [a, b]", at: place))
            return []
        }
        return seq.compactMap { item in
            let value = child(item)
            return value.string("each item of \(what)", diagnostics: &diagnostics).map { ($0, value.place) }
        }
    }

    func bool(_ what: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard case .scalar(let s) = node, let b = Bool.construct(from: s) else {
            diagnostics.append(.error("\(what) must be true or false", at: place))
            return nil
        }
        return b
    }

    /// A bilingual text `{ zh: …, en: … }` with every site language present.
    func bilingual(_ what: String, languages: [Language], diagnostics: inout [Diagnostic]) -> BilingualText? {
        guard let map = mapping(what, diagnostics: &diagnostics) else { return nil }
        map.checkKeys(languages.map(\.code), diagnostics: &diagnostics, unknownIsError: true)
        var values: [String: String] = [:]
        for language in languages {
            guard let v = map[language.code] else {
                diagnostics.append(.error("\(what) has no '\(language.code)' text; every site language is required", at: place))
                continue
            }
            if let s = v.string("\(what).\(language.code)", diagnostics: &diagnostics) { values[language.code] = s }
        }
        return values.count == languages.count ? BilingualText(values) : nil
    }
}

/// A YAML mapping whose keys are strings, in file order.
struct YAMLMapping {
    let what: String
    let place: SourcePlace
    let pairs: [(key: String, keyPlace: SourcePlace, value: YAMLValue)]

    subscript(key: String) -> YAMLValue? {
        pairs.first { $0.key == key }?.value
    }

    /// Reports keys outside `allowed`, suggesting the nearest valid one.
    func checkKeys(_ allowed: [String], diagnostics: inout [Diagnostic], unknownIsError: Bool = false) {
        for pair in pairs where !allowed.contains(pair.key) {
            let message = EditDistance.unknown("key", pair.key, among: allowed, context: " in \(what)",
                                               otherwise: " (known keys: \(allowed.joined(separator: ", ")))")
            diagnostics.append(Diagnostic(unknownIsError ? .error : .warning, message, file: pair.keyPlace.file,
                                          line: pair.keyPlace.line, column: pair.keyPlace.column))
        }
    }

    /// A required string; a missing or empty one is an error at the mapping.
    func requiredString(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let value = self[key], !value.isNull else {
            diagnostics.append(.error("\(what) is missing required '\(key)'", at: place))
            return nil
        }
        guard let s = value.string("'\(key)'", diagnostics: &diagnostics) else { return nil }
        if s.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(.error("'\(key)' must not be empty", at: value.place))
            return nil
        }
        return s
    }

    func optionalString(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        return value.string("'\(key)'", diagnostics: &diagnostics)
    }
}

