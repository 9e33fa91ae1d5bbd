// Runs the GFM spec (0.29) and its extension examples through our parser and
// renderer, from ../shared/spec (or $GFM_SPEC_DIR). The spec is not copied
// into the repo; where it is absent these tests are skipped, and `make spec`
// says so.
import Foundation
import Testing
@testable import ReportSite

struct SpecExample: Sendable, CustomTestStringConvertible {
    var file: String
    var number: Int
    var line: Int
    var section: String
    var markdown: String
    var html: String
    /// The extensions the example is written for (`table`, `autolink`, …), or `disabled`.
    var extensions: [String]
    var testDescription: String { "\(file) example \(number) (line \(line), \(section))" }
}

enum GFMSpec {
    static var directory: URL? {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["GFM_SPEC_DIR"].map { URL(fileURLWithPath: $0) },
                          repo.deletingLastPathComponent().appendingPathComponent("shared/spec")]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("gfm-spec.txt").path)
        }
    }

    static var isAvailable: Bool { directory != nil }

    static func examples(in name: String) -> [SpecExample] {
        guard let dir = directory, let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0  // 0 outside, 1 markdown, 2 html
        var markdown = "", html = "", start = 0, extensions: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if state == 0 {
                if line.hasPrefix("#") { section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
                if line.hasPrefix(fence + " example") {
                    state = 1; markdown = ""; html = ""; start = index + 1
                    extensions = line.split(separator: " ").dropFirst(2).map(String.init)
                }
            } else if state == 1 {
                if line == "." { state = 2 } else { markdown += line + "\n" }
            } else {
                if line == fence {
                    state = 0
                    examples.append(SpecExample(file: name, number: examples.count + 1, line: start, section: section,
                                                markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                                                html: html.replacingOccurrences(of: "→", with: "\t"), extensions: extensions))
                } else { html += line + "\n" }
            }
        }
        return examples
    }

    /// Renders with everything a source page adds (block ids, permalinks), then removes what we add.
    /// The core spec is run with only the extensions an example names (as
    /// cmark-gfm's own spec runner does); the extension examples with all of them.
    static func render(_ example: SpecExample) -> String {
        let all = example.file == "gfm-extensions.txt"
        let extensions = all ? MarkdownParser.siteExtensions : example.extensions
        let parser = MarkdownParser(extensions: extensions, footnotes: all)
        let (blocks, _, _) = CitableBlocks.number(parser.parse(example.markdown), file: "spec")
        let labels = HTMLRenderOptions.Labels(permalink: "link", footnotes: "Notes", footnoteBackReference: "back", table: "table")
        let options = HTMLRenderOptions(unsafeHTML: true, tagFilter: extensions.contains("tagfilter"), blockIDs: true,
                                        permalinks: true, labels: labels, alignAttribute: true)
        var renderer = HTMLRenderer(options: options, delegate: PlainGFM())
        return normalizeAdded(renderer.render(blocks))
    }

    static func normalizeAdded(_ html: String) -> String {
        var s = html.replacingOccurrences(of: ##" <a class="pilcrow" href="#p\d+" aria-label="link">¶</a>"##, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #" id="p\d+""#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<div class="table-wrap" role="region" tabindex="0" aria-label="table">\n"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: "<h2 class=\"visually-hidden\">Notes</h2>\n", with: "")
        s = s.replacingOccurrences(of: " aria-label=\"back\">↩", with: ">↩")
        s = s.replacingOccurrences(of: #"</table>\n\n?</div>\n"#, with: "</table>\n", options: .regularExpression)
        // A permalink-less container keeps the newline cr() added before the removed link.
        s = s.replacingOccurrences(of: "\n\n</blockquote>", with: "\n</blockquote>")
        return s
    }
}

@Suite(.enabled(if: GFMSpec.isAvailable, "GFM spec not found: set GFM_SPEC_DIR or place it at ../shared/spec"))
struct GFMSpecTests {
    /// Examples marked `disabled` (two task-list examples whose markup the
    /// extension file specifies differently) and `<IGNORE>` are not run, as upstream.
    static func runnable(_ file: String) -> [SpecExample] {
        GFMSpec.examples(in: file).filter { !$0.extensions.contains("disabled") && $0.html != "<IGNORE>\n" }
    }

    @Test(arguments: runnable("gfm-spec.txt"))
    func specExample(_ example: SpecExample) {
        #expect(GFMSpec.render(example) == example.html, "\(example.markdown)")
    }

    @Test(arguments: runnable("gfm-extensions.txt"))
    func extensionExample(_ example: SpecExample) {
        #expect(GFMSpec.render(example) == example.html, "\(example.markdown)")
    }

    @Test func specHasAllExamples() {
        #expect(GFMSpec.examples(in: "gfm-spec.txt").count == 673)
    }
}
