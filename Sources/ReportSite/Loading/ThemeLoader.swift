// Loads `Templates/`: layouts and partials into a Mustache library, the
// string tables, and the assets. Checks what Mustache itself would let pass
// silently: a missing layout or partial, a `{{t.key}}` absent from a
// language's string table.
import Foundation
import Mustache

struct ThemeLoader {
    let root: URL
    let languages: [Language]

    func load(diagnostics: inout [Diagnostic]) -> Theme? {
        let before = diagnostics.errorCount
        var library = MustacheLibrary()
        var sources: [(name: String, file: ContentFile)] = []
        for folder in ["layouts", "partials"] {
            for url in ContentFile.sortedEntries(of: root.appendingPathComponent(folder)) where url.pathExtension == "mustache" {
                guard let file = ContentFile.read(url, root: root, diagnostics: &diagnostics) else { continue }
                let name = url.deletingPathExtension().lastPathComponent
                if let other = sources.first(where: { $0.name == name }) {
                    diagnostics.append(Diagnostic(.error, "template name '\(name)' is used twice (also \(other.file.displayPath))", file: file.displayPath))
                    continue
                }
                do {
                    library.register(try MustacheTemplate(string: file.text), named: name)
                    sources.append((name, file))
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(Diagnostic(.error, "template syntax: \(error.error)", file: file.displayPath,
                                                  line: error.context.lineNumber, column: error.context.columnNumber))
                } catch {
                    diagnostics.append(Diagnostic(.error, "template syntax: \(error)", file: file.displayPath))
                }
            }
        }
        let names = Set(sources.map(\.name))
        for layout in Theme.requiredLayouts where !names.contains(layout) {
            diagnostics.append(Diagnostic(.error, "missing template '\(layout)': add layouts/\(layout).mustache",
                                          file: ContentFile.displayPath(root.appendingPathComponent("layouts"))))
        }
        let strings = loadStrings(diagnostics: &diagnostics)
        for (_, file) in sources {
            checkReferences(in: file, templates: names, strings: strings, diagnostics: &diagnostics)
        }
        let assets = loadAssets(diagnostics: &diagnostics)
        guard diagnostics.errorCount == before else { return nil }
        return Theme(library: library, strings: StringTables(strings), assets: assets)
    }

    /// `i18n/<lang>.yaml` for each language: flat `key: text` maps with the same keys.
    private func loadStrings(diagnostics: inout [Diagnostic]) -> [String: [String: String]] {
        var tables: [String: [String: String]] = [:]
        var files: [String: String] = [:]
        for language in languages {
            let url = root.appendingPathComponent("i18n/\(language.code).yaml")
            let display = ContentFile.displayPath(url)
            files[language.code] = display
            guard FileManager.default.fileExists(atPath: url.path) else {
                diagnostics.append(Diagnostic(.error, "missing string table for language '\(language.code)'", file: display))
                continue
            }
            guard let file = ContentFile.read(url, root: root, diagnostics: &diagnostics),
                  let yaml = YAMLValue.parse(file.text, file: display, diagnostics: &diagnostics),
                  let map = yaml.mapping("string table", diagnostics: &diagnostics) else { continue }
            var table: [String: String] = [:]
            for pair in map.pairs {
                if let s = pair.value.string("'\(pair.key)'", diagnostics: &diagnostics) { table[pair.key] = s }
            }
            tables[language.code] = table
        }
        let allKeys = Set(tables.values.flatMap(\.keys)).union(UIString.allCases.map(\.rawValue)).sorted()
        for language in languages {
            guard let table = tables[language.code], let file = files[language.code] else { continue }
            for key in allKeys where table[key] == nil {
                diagnostics.append(Diagnostic(.error, "string table for '\(language.code)' has no key '\(key)'", file: file))
            }
        }
        return tables
    }

    /// Partials (`{{> name}}`), parents (`{{< name}}`) and strings (`{{t.key}}`) a template names must exist.
    private func checkReferences(in file: ContentFile, templates: Set<String>, strings: [String: [String: String]], diagnostics: inout [Diagnostic]) {
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !templates.contains(name) {
                        diagnostics.append(Diagnostic(.error, "template '\(name)' not found (no layouts/\(name).mustache or partials/\(name).mustache)",
                                                      file: file.displayPath, line: index + 1, column: column))
                    }
                } else {
                    let name = tag.drop(while: { "{&#^/".contains($0) }).trimmingCharacters(in: .whitespaces)
                    if name.hasPrefix("t.") {
                        let key = String(name.dropFirst(2))
                        for language in languages where strings[language.code] != nil && strings[language.code]?[key] == nil {
                            diagnostics.append(Diagnostic(.error, "string '\(key)' is missing from the '\(language.code)' string table",
                                                          file: file.displayPath, line: index + 1, column: column))
                        }
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
    }

    private func loadAssets(diagnostics: inout [Diagnostic]) -> [ThemeAsset] {
        let assetsRoot = root.appendingPathComponent("assets")
        var out: [ThemeAsset] = []
        func walk(_ folder: URL, prefix: String) {
            for url in ContentFile.sortedEntries(of: folder) {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                let relative = prefix + url.lastPathComponent
                if isDirectory.boolValue {
                    walk(url, prefix: relative + "/")
                } else if let data = FileManager.default.contents(atPath: url.path) {
                    out.append(ThemeAsset(path: relative, bytes: [UInt8](data)))
                } else {
                    diagnostics.append(Diagnostic(.error, "cannot read asset", file: ContentFile.displayPath(url)))
                }
            }
        }
        walk(assetsRoot, prefix: "")
        return out
    }
}
