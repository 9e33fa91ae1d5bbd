// `reportsite serve` as a browser uses it: pages come with the live-reload
// script, an edit makes open pages reload, a broken edit shows its errors
// (and leaves Output/ alone), and a fix reloads again.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import ReportSite
@testable import ReportSiteServe

/// A minimal HTTP client over a socket: enough to read a server-sent event stream.
final class EventClient: @unchecked Sendable {
    private let fd: Int32
    private var received = ""

    init(port: UInt16, path: String) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads until `text` has arrived (after what was already consumed) or the deadline passes.
    func wait(for text: String, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if let range = received.range(of: text) {
                let upTo = String(received[..<range.upperBound])
                received = String(received[range.upperBound...])
                return upTo
            }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 { received += String(decoding: buffer[..<n], as: UTF8.self) }
        }
        return nil
    }

    deinit { close(fd) }
}

@Suite(.serialized) struct ServeTests {
    @Test func servedPagesReloadAfterEditsAndShowBuildErrors() async throws {
        let site = try TestSite(fixture: "minimal")
        defer { site.remove() }
        let server = try DevServer(options: BuildOptions(contentRoot: site.content, templatesRoot: site.templates, outputRoot: site.output), port: 0) { _ in }
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        try await server.waitUntilListening()
        let port = try #require(await server.listeningPort)

        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/sources/alpha.html")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let html = String(decoding: data, as: UTF8.self)
        #expect(html.contains("<script src=\"/_reportsite/live.js\"></script>\n</body>"))
        // The script is added when serving, never to the files in Output/.
        #expect(!(try site.page("sources/alpha.html")).contains("_reportsite"))
        let (missing, notFound) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/no/such/page.html")!)
        #expect((notFound as? HTTPURLResponse)?.statusCode == 404 && !missing.isEmpty)

        let events = try EventClient(port: port, path: "/_reportsite/events")
        #expect(events.wait(for: ": connected", seconds: 5) != nil)

        try site.write("Content/sources/alpha.zh.md", try site.read("Content/sources/alpha.zh.md").replacingOccurrences(of: "第一段。", with: "第一段,已修改。"))
        #expect(events.wait(for: "event: reload", seconds: 60) != nil, "no reload after an edit")
        #expect(try site.page("sources/alpha.html").contains("第一段,已修改。"))

        let before = snapshot(of: site.output)
        try site.write("Content/sources/beta.zh.md", "---\ntitle: [broken\n---\n正文。\n")
        let shown = events.wait(for: "beta.zh.md", seconds: 60) ?? ""
        #expect(shown.contains("event: failed\ndata: "), "the page is not told of the error: \(shown)")
        #expect(snapshot(of: site.output) == before)

        try site.write("Content/sources/beta.zh.md", "---\ntitle: 第二篇\n---\n只有一段。\n")
        #expect(events.wait(for: "event: reload", seconds: 60) != nil, "no reload after the fix")
        await server.stop()
    }
}
