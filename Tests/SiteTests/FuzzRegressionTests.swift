// Replays what the fuzzers (`make fuzz`) found: every input kept under
// Tests/Fuzz/regressions/<target>/ once crashed that stage or broke one of its
// promises (see Fuzzing). A crash stops this test process the way it stopped
// the fuzzer; a broken promise fails the test. The sample's own files go
// through every stage too.
import Foundation
import Testing
@testable import ReportSite

@Suite struct FuzzRegressionTests {
    static let fuzzing: Fuzzing = {
        let (site, diagnostics) = ContentLoader(contentRoot: Repo.content, templatesRoot: Repo.templates).load()
        guard let site else { fatalError("the sample site does not load: \(diagnostics)") }
        return Fuzzing(site: site)
    }()

    static let regressions = Repo.root.appendingPathComponent("Tests/Fuzz/regressions")

    static func inputs(_ target: Fuzzing.Target) -> [URL] {
        ContentFile.sortedEntries(of: regressions.appendingPathComponent(target.rawValue)).filter { !$0.lastPathComponent.hasPrefix(".") }
    }

    @Test(arguments: Fuzzing.Target.allCases)
    func crashInputsStayFixed(_ target: Fuzzing.Target) throws {
        for url in Self.inputs(target) {
            let broken = Self.fuzzing.run(target, Array(try Data(contentsOf: url)))
            #expect(broken == nil, "\(url.lastPathComponent): \(broken.map(String.init(describing:)) ?? "")")
        }
    }

    /// Folders of targets that never crashed are absent (git keeps no empty folder); the others hold their inputs.
    @Test func crashInputsAreKept() {
        let kept = Fuzzing.Target.allCases.flatMap { Self.inputs($0) }
        #expect(kept.count >= 5, "\(kept.map(\.lastPathComponent))")
        #expect(Set(Fuzzing.Target.allCases.filter { !Self.inputs($0).isEmpty }).isSuperset(of: [.document, .metrics, .numbers, .quotes]))
    }

    /// The sample's files, as the seed corpus gives them to the fuzzers, keep every promise.
    @Test func sampleFilesKeepThePromises() throws {
        var inputs: [(Fuzzing.Target, [UInt8])] = []
        for folder in ["sources", "reports"] {
            for url in ContentFile.sortedEntries(of: Repo.content.appendingPathComponent(folder)) {
                inputs.append((.document, Array(try Data(contentsOf: url))))
            }
        }
        for url in ContentFile.sortedEntries(of: Repo.content.appendingPathComponent("metrics")) {
            inputs.append((.metrics, Array(try Data(contentsOf: url))))
        }
        inputs += [
            (.chart, Array("type: bar\ntitle: { zh: 甲, en: A }\nselect: { indicator: key-projects }\n".utf8)),
            (.numbers, Array("实施重点项目464个,总投资达2143亿元,近8000亿元,20余家".utf8)),
            (.quotes, Array("总投资达2143亿元\n葫芦岛市实施重点项目464个,总投资达2143亿元。\n\n另一段。\n".utf8)),
        ]
        for (target, bytes) in inputs {
            let broken = Self.fuzzing.run(target, bytes)
            #expect(broken == nil, "\(target): \(broken.map(String.init(describing:)) ?? "")")
        }
    }

    /// A broken promise is a value saying which, not a stopped process.
    @Test func brokenPromisesAreReported() {
        let outside = Diagnostic(.error, "x", file: Fuzzing.file, line: 5)
        #expect(throws: Fuzzing.BrokenPromise.self) { try Fuzzing.checkPlaces([outside], lines: 2) }
        #expect(throws: Fuzzing.BrokenPromise.self) { try Fuzzing.checkSafe("<p><script>1</script></p>", what: "page") }
    }

    /// The scanner behind the hostile-content promise finds what it must.
    @Test(arguments: [
        "<p><script>alert(1)</script></p>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<svg><a xlink:href='javascript:1'/></svg>",
        "<DIV OnMouseOver=\"x\">", "<iframe src=\"x\"></iframe>",
    ])
    func safetyScannerCatchesScript(_ html: String) {
        #expect(HTMLSafety.firstProblem(in: html) != nil)
    }

    @Test(arguments: [
        "<p>onclick=alert(1) &lt;script&gt;</p>", "<a href=\"https://example.org/javascript:x\">on</a>",
        "<!-- <script> -->", "<p class=\"one\" data-on=\"x\">t</p>",
    ])
    func safetyScannerLeavesTextAlone(_ html: String) {
        #expect(HTMLSafety.firstProblem(in: html) == nil)
    }
}
