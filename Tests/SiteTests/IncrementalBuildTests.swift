// Rebuilds: after any edit, an incremental build (with the cache) writes
// exactly what a clean build writes; files that did not change are kept, with
// their modification times; a damaged cache is ignored with a warning.
import Foundation
import Testing
@testable import ReportSite

@Suite struct IncrementalBuildTests {
    /// Edits an author makes, each applied in turn to the same site.
    static let edits: [(String, @Sendable (TestSite) throws -> Void)] = [
        ("edit a paragraph of a report", { site in
            let path = "Content/reports/huludao.zh.md"
            try site.write(path, try site.read(path).replacingOccurrences(of: "。\n\n", with: "。补充一句。\n\n", options: [], range: nil))
        }),
        ("add a report", { site in
            try site.write("Content/reports/new-one.zh.md", "---\ntitle: 新报告\nentities: [dalian]\n---\n大连[](metric:dalian-2022.gdp)。\n")
        }),
        ("change a string of the theme", { site in
            let path = "Templates/i18n/en.yaml"
            try site.write(path, try site.read(path).replacingOccurrences(of: "nav_home: Home", with: "nav_home: Start"))
        }),
        ("remove a report", { site in
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("reports/new-one.zh.md"))
        }),
        ("rename an entity", { site in
            let path = "Content/entities.yaml"
            try site.write(path, try site.read(path).replacingOccurrences(of: "en: Dalian }", with: "en: Dalian City }"))
        }),
        ("retitle an English report", { site in
            let path = "Content/reports/yingkou.en.md"
            try site.write(path, try site.read(path).replacingOccurrences(of: "---\ntitle: \"", with: "---\ntitle: \"Revised — "))
        }),
        ("edit a translation", { site in
            let path = "Content/sources/dalian-2022.en.md"
            try site.write(path, try site.read(path).replacingOccurrences(of: "Key points", with: "Key Points"))
        }),
    ]

    @Test func incrementalBuildsEqualCleanBuildsAfterEveryEdit() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        for (name, edit) in Self.edits {
            try edit(site)
            let incremental = await site.build()
            #expect(incremental.succeeded, "\(name): \(incremental.diagnostics)")
            // A clean build of the same input, in another folder, without a cache.
            let clean = try TestSite()
            defer { clean.remove() }
            try FileManager.default.removeItem(at: clean.content)
            try FileManager.default.removeItem(at: clean.templates)
            try FileManager.default.copyItem(at: site.content, to: clean.content)
            try FileManager.default.copyItem(at: site.templates, to: clean.templates)
            #expect(await clean.build().succeeded)
            let a = snapshot(of: site.output), b = snapshot(of: clean.output)
            #expect(a.keys.sorted() == b.keys.sorted(), "\(name): different files")
            for (path, data) in a where b[path] != data { Issue.record("\(name): \(path) differs from a clean build") }
        }
    }

    @Test func unchangedFilesAreKeptWithTheirModificationTimes() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        func stamp(_ path: String) throws -> (Date, Int) {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)
            return (attributes[.modificationDate] as! Date, attributes[.systemFileNumber] as! Int)
        }
        let before = try stamp("sources/yingkou-2023.html"), report = try stamp("reports/dalian.html")
        let path = "Content/reports/dalian.zh.md"
        let text = try site.read(path)
        // The front matter's title only (chart blocks have titles too).
        try site.write(path, text.replacingOccurrences(of: "---\ntitle: ", with: "---\ntitle: (修订)"))
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.kept > 0 && result.kept < result.files)
        #expect(try stamp("sources/yingkou-2023.html") == before)
        #expect(try stamp("reports/dalian.html").1 != report.1)
    }

    @Test func aSecondBuildWithNoChangeDoesNothing() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = snapshot(of: site.output)
        let again = await site.build()
        #expect(again.upToDate)
        #expect(snapshot(of: site.output) == before)
    }

    /// An upgraded or rebuilt engine may write different pages from the same input: it trusts no cache.
    @Test func aCacheFromAnotherEngineIsNotTrusted() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        var options = BuildOptions(contentRoot: site.content, templatesRoot: site.templates, outputRoot: site.output)
        options.engine = "engine-a"
        #expect(await Builder.build(options).succeeded)
        #expect(await Builder.build(options).upToDate)
        options.engine = "engine-b"
        let other = await Builder.build(options)
        #expect(other.succeeded && !other.upToDate && other.pages > 0)
    }

    @Test(arguments: ["reportsite-cache 2\nthis is not a manifest\n", "garbage", "reportsite-cache 0\n", "reportsite-cache 2\nout\tindex.html\tzz\n"])
    func aDamagedCacheIsIgnoredWithAWarning(_ manifest: String) async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let clean = snapshot(of: site.output)
        try site.write(".reportsite/manifest", manifest)
        let result = await site.build()
        #expect(result.succeeded && !result.upToDate)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.file.hasSuffix(".reportsite/manifest") && $0.message.contains("ignoring it") })
        #expect(snapshot(of: site.output) == clean)
    }
}
