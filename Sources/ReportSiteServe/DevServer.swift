// `reportsite serve`: builds the site, serves Output/ on 127.0.0.1, watches
// Content/ and Templates/, rebuilds incrementally after each change, and tells
// open pages to reload (or shows the build's errors over them).
import FlyingFox
import FlyingSocks
import Foundation
import ReportSite

public actor DevServer {
    public let options: BuildOptions
    public let port: UInt16
    private let server: HTTPServer
    private let hub = EventHub()
    private var stamps: [String: BuildCache.FileStamp] = [:]
    /// Told of every build: its result, and whether it was the first.
    private let report: @Sendable (BuildResult) -> Void

    public init(options: BuildOptions, port: UInt16, report: @escaping @Sendable (BuildResult) -> Void) throws {
        self.options = options
        self.port = port
        self.report = report
        // IPv4 loopback only: the site is for the author's own browser.
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 3600, logger: .disabled)
    }

    /// The port the server listens on (useful with port 0).
    public var listeningPort: UInt16? {
        get async {
            guard case .ip4(_, let port)? = await server.listeningAddress else { return nil }
            return port
        }
    }

    /// Builds once, then serves and watches until cancelled.
    public func run() async throws {
        await rebuild()
        let output = options.outputRoot
        let hub = self.hub
        await server.appendRoute(HTTPRoute("GET \(LiveReload.scriptPath)")) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                         body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute(HTTPRoute("GET \(LiveReload.eventsPath)")) { _ in
            let stream = await hub.connect()
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventBytes(chunks: stream)))
        }
        await server.appendRoute("GET *") { request in
            Self.file(for: request.path, in: output)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch() }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Waits for the first build to finish and the server to listen.
    public func waitUntilListening(timeout: TimeInterval = 120) async throws {
        try await server.waitUntilListening(timeout: timeout)
    }

    public func stop() async {
        await hub.finishAll()
        await server.stop(timeout: 1)
    }

    /// Polls the input folders' file stamps; cheap enough at a few times a second.
    private func watch() async throws {
        while true {
            try await Task.sleep(for: .milliseconds(250))
            let now = BuildCache.stampInputs(content: options.contentRoot, templates: options.templatesRoot)
            if now != stamps { await rebuild() }
        }
    }

    private func rebuild() async {
        stamps = BuildCache.stampInputs(content: options.contentRoot, templates: options.templatesRoot)
        let result = await Builder.build(options)
        report(result)
        if result.succeeded {
            await hub.broadcast("reload")
        } else {
            await hub.broadcast("failed", DiagnosticFormatter().format(result.diagnostics.filter { $0.severity == .error }))
        }
    }

    /// A file of Output/ for a request path; HTML gets the live-reload script.
    static func file(for requestPath: String, in output: URL) -> HTTPResponse {
        var path = requestPath.removingPercentEncoding ?? requestPath
        if path.hasSuffix("/") { path += "index.html" }
        let relative = String(path.drop { $0 == "/" })
        var isDirectory: ObjCBool = false
        var url = output.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url = url.appendingPathComponent("index.html")
        }
        // Never outside Output/.
        guard SitePath.isContained(relative.isEmpty ? "index.html" : relative),
              let data = FileManager.default.contents(atPath: url.path) else {
            let notFound = FileManager.default.contents(atPath: output.appendingPathComponent("404.html").path) ?? Data("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                                body: Data(LiveReload.inject(into: String(decoding: notFound, as: UTF8.self)).utf8))
        }
        let type = contentType(url.pathExtension)
        if url.pathExtension == "html" {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                                body: Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self)).utf8))
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    static func contentType(_ ext: String) -> String {
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
