// Whatever the input, a build ends with diagnostics, never a crash. Each case
// is a folder under Fixtures/bad-input/: files laid over a copy of the minimal
// fixture site, and `expected.txt`, which says what the build must report:
//
//     # what the case plants
//     error Content/sources/beta.zh.md:3 invalid YAML     (file:line, then part of the message)
//     warning Content/site.yaml:5 did you mean 'base_url'
//     succeeds                                            (the build must succeed)
//     remove Templates/layouts/report.mustache            (delete a file of the copy first)
//
// To see a case by hand: copy Fixtures/minimal and the case's files into one
// folder, add the repository's Templates/, and run `reportsite build` there.
// Every case also checks that Output/ is byte for byte what it was after a
// failed build, and that nothing but Output/ and the cache folder was written.
import Foundation
import Testing
@testable import ReportSite

struct BadInputCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable {
        var severity: Diagnostic.Severity
        var file: String
        var line: Int
        var message: String
    }

    var name: String
    var folder: URL
    var succeeds = false
    var expected: [Expected] = []
    var remove: [String] = []
    var testDescription: String { name }

    static let root = Repo.fixtures.appendingPathComponent("bad-input")

    static func all() -> [BadInputCase] {
        ContentFile.sortedEntries(of: root).map { folder in
            var c = BadInputCase(name: folder.lastPathComponent, folder: folder)
            let text = (try? String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let words = line.split(separator: " ", maxSplits: 2).map(String.init)
                switch words[0] {
                case "succeeds": c.succeeds = true
                case "remove": c.remove.append(words[1])
                case "error", "warning":
                    let colon = words[1].lastIndex(of: ":") ?? words[1].endIndex
                    c.expected.append(Expected(severity: words[0] == "error" ? .error : .warning, file: String(words[1][..<colon]),
                                               line: Int(words[1][colon...].dropFirst()) ?? 0, message: words.count > 2 ? words[2] : ""))
                default: break
                }
            }
            return c
        }
    }

    /// Lays the case's files (symbolic links as links) over the site folder.
    func apply(to site: TestSite) throws {
        let fm = FileManager.default
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else { return }
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count))
            guard relative != "expected.txt" else { continue }
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            let destination = site.folder.appendingPathComponent(relative)
            if values.isSymbolicLink == true {
                try? fm.removeItem(at: destination)
                try fm.createSymbolicLink(atPath: destination.path, withDestinationPath: fm.destinationOfSymbolicLink(atPath: url.path))
            } else if values.isRegularFile == true {
                try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? fm.removeItem(at: destination)
                try fm.copyItem(at: url, to: destination)
            }
        }
        for path in remove { try fm.removeItem(at: site.folder.appendingPathComponent(path)) }
    }
}

@Suite struct BadInputTests {
    static let cases = BadInputCase.all()

    /// Every file of the site folder except Output/ and the cache: what a build must not touch.
    static func inputs(_ site: TestSite) -> [String: Data] {
        snapshot(of: site.folder).filter { !$0.key.hasPrefix("Output/") && !$0.key.hasPrefix(".reportsite/") }
    }

    @Test func thereAreCasesForEveryKindOfMistake() {
        #expect(Self.cases.count >= 25)
        for c in Self.cases { #expect(c.succeeds || c.expected.contains { $0.severity == .error }, "\(c.name) expects nothing") }
    }

    @Test(arguments: cases)
    func badInputIsADiagnosticNeverACrash(_ input: BadInputCase) async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = snapshot(of: site.output)
        try input.apply(to: site)
        let inputsBefore = Self.inputs(site)
        let result = await site.build()
        let found = result.diagnostics.map(\.description)
        #expect(result.succeeded == input.succeeds, "\(input.name): \(found)")
        if !input.succeeds {
            #expect(snapshot(of: site.output) == before, "\(input.name): Output/ changed")
        }
        for expected in input.expected {
            let hit = result.diagnostics.contains {
                $0.severity == expected.severity && $0.file.hasSuffix(expected.file) && $0.line == expected.line
                    && (expected.message.isEmpty || $0.message.contains(expected.message))
            }
            #expect(hit, "\(input.name): no \(expected.severity) at \(expected.file):\(expected.line) saying '\(expected.message)' in \(found)")
        }
        #expect(Self.inputs(site) == inputsBefore, "\(input.name): the build wrote outside Output/")
    }

    @Test func aTwentyMegabyteArticleBuilds() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let paragraph = "葫芦岛市实施重点项目464个,总投资达2143亿元,年度计划完成投资313亿元,截至目前,393个项目开工。大项目顶天立地,中小企业亦如雨后春笋茁壮成长。\n\n"
        let count = 20_000_000 / paragraph.utf8.count
        try site.write("Content/sources/gamma.zh.md", "---\ntitle: 示例\n---\n" + String(repeating: paragraph, count: count))
        let result = await site.build()
        #expect(result.succeeded, "\(result.diagnostics.prefix(3))")
        #expect(try site.page("sources/gamma.html").contains("id=\"p\(count)\""))
    }
}
