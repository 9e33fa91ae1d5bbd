import Testing
@testable import ReportSite

@Suite struct SitePathTests {
    @Test(arguments: [
        ("index.html", "sources/a.html", "sources/a.html"),
        ("sources/a.html", "index.html", "../index.html"),
        ("sources/a.html", "sources/b.html", "b.html"),
        ("en/sources/a.html", "sources/a.html", "../../sources/a.html"),
        ("en/index.html", "en/sources/a.html", "sources/a.html"),
        ("en/sources/a.html", "assets/site.css", "../../assets/site.css"),
        ("404.html", "en/index.html", "en/index.html"),
        ("sources/a.html", "sources/a.html", "a.html"),
    ])
    func relativeLinks(from: String, to: String, expected: String) {
        #expect(SitePath.relative(from: from, to: to) == expected)
    }

    @Test func pagePathsFollowTheContract() {
        let zh = Language(code: "zh", isDefault: true), en = Language(code: "en", isDefault: false)
        #expect(SitePath.of(.home, in: zh) == "index.html")
        #expect(SitePath.of(.home, in: en) == "en/index.html")
        #expect(SitePath.of(.source(slug: "dalian-2022"), in: zh) == "sources/dalian-2022.html")
        #expect(SitePath.of(.source(slug: "dalian-2022"), in: en) == "en/sources/dalian-2022.html")
        #expect(SitePath.of(.notFound, in: en) == "404.html")
    }

    @Test(arguments: ["../x.html", "/etc/passwd", "a/../../b", "", "a//b", "./a"])
    func pathsOutsideOutputAreRejected(_ path: String) {
        #expect(!SitePath.isContained(path))
    }
}
