import Testing
@testable import ReportSite

@Suite struct DiagnosticFormatterTests {
    let diagnostics = [
        Diagnostic(.warning, "unknown key", file: "b.md", line: 2, column: 1),
        Diagnostic(.error, "bad, really: bad", file: "a.md", line: 10, column: 3),
        Diagnostic(.error, "first", file: "a.md", line: 2, column: 7),
    ]

    @Test func humanIsSortedFileLineColumn() {
        #expect(DiagnosticFormatter().format(diagnostics) == """
            a.md:2:7: error: first
            a.md:10:3: error: bad, really: bad
            b.md:2:1: warning: unknown key
            """)
    }

    @Test func githubAnnotations() {
        let text = DiagnosticFormatter(format: .github).format([diagnostics[1]])
        #expect(text == "::error file=a.md,line=10,col=3::bad, really: bad")
    }

    @Test func jsonIsMachineReadable() {
        let text = DiagnosticFormatter(format: .json).format([Diagnostic(.error, "say \"hi\"", file: "a.md", line: 1, column: 2)])
        #expect(text == #"[{"file":"a.md","line":1,"column":2,"severity":"error","message":"say \"hi\""}]"#)
    }
}
