// Builds fixture sites and the sample site in temporary folders and reads the
// output back, the way a user would look at it.
import Foundation
import Testing
@testable import ReportSite

enum Repo {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content")
    static let templates = root.appendingPathComponent("Templates")
    static let fixtures = root.appendingPathComponent("Tests/SiteTests/Fixtures")
}

/// A site in its own temporary folder: Content/ (copied from a fixture or the
/// sample), the repo's Templates/, and an Output/ to build into.
struct TestSite: Sendable {
    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }
    var templates: URL { folder.appendingPathComponent("Templates") }
    var output: URL { folder.appendingPathComponent("Output") }

    /// Copies `content` (a fixture name, or nil for the sample) and the theme into a new folder.
    init(fixture: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = fixture.map { Repo.fixtures.appendingPathComponent("\($0)/Content") } ?? Repo.content
        try FileManager.default.copyItem(at: source, to: content)
        try FileManager.default.copyItem(at: Repo.templates, to: templates)
    }

    func build(dryRun: Bool = false) async -> BuildResult {
        await Builder.build(BuildOptions(contentRoot: content, templatesRoot: templates, outputRoot: output, dryRun: dryRun))
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func page(_ outputPath: String) throws -> String {
        try read("Output/" + outputPath)
    }

    /// The diagnostics of a build of a fixture after writing `files` into it (the site is removed after).
    static func diagnostics(of fixture: String, writing files: [String: String]) async throws -> [String] {
        let site = try TestSite(fixture: fixture)
        defer { site.remove() }
        for (path, text) in files { try site.write(path, text) }
        return await site.build().diagnostics.map(\.description)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Every file under a folder with its bytes, by relative path: two trees are
/// byte-identical when these are equal.
func snapshot(of folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
    let base = folder.standardizedFileURL.path + "/"
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let path = url.standardizedFileURL.path
        files[String(path.dropFirst(base.count))] = FileManager.default.contents(atPath: path)
    }
    return files
}

/// Attribute values of a kind (`href`, `src`, `id`) in an HTML page.
func attributeValues(_ name: String, in html: String) -> [String] {
    let pattern = try! Regex("\\s\(name)=\"([^\"]*)\"")
    return html.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
}

extension String {
    /// Undoes the entity escaping of attribute values (`&amp;` etc.).
    var htmlUnescaped: String {
        replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
