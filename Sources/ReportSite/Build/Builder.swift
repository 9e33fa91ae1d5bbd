// Orchestrates a build: load → plan → render (in parallel) → write → swap.
// The engine returns diagnostics and counts; it never prints.
import Foundation

public struct BuildOptions: Sendable {
    public var contentRoot: URL
    public var templatesRoot: URL
    public var outputRoot: URL
    /// Render everything but write nothing (`reportsite check`).
    public var dryRun: Bool

    public init(contentRoot: URL, templatesRoot: URL, outputRoot: URL, dryRun: Bool = false) {
        self.contentRoot = contentRoot.standardizedFileURL
        self.templatesRoot = templatesRoot.standardizedFileURL
        self.outputRoot = outputRoot.standardizedFileURL
        self.dryRun = dryRun
    }

    /// The build's own folder, next to Output/: staging now, the incremental cache later.
    public var cacheRoot: URL {
        outputRoot.deletingLastPathComponent().appendingPathComponent(".reportsite")
    }
}

public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var pages = 0
    public var files = 0
    public var sources = 0
    public var metrics = 0
    public var unverifiedMetrics = 0
    public var claims = 0
    public var succeeded: Bool { !diagnostics.hasErrors }
}

public enum Builder {
    public static func build(_ options: BuildOptions) async -> BuildResult {
        if let problem = unsafeOutput(options) {
            return BuildResult(diagnostics: [problem])
        }
        let (loaded, diagnostics) = ContentLoader(contentRoot: options.contentRoot, templatesRoot: options.templatesRoot).load()
        var result = BuildResult(diagnostics: diagnostics)
        guard let site = loaded, !diagnostics.hasErrors else { return result }
        let (resolution, problems) = Resolver(site: site).resolve()
        result.diagnostics += problems
        result.metrics = resolution.checkedMetrics
        result.unverifiedMetrics = resolution.unverifiedMetrics
        result.claims = resolution.checkedClaims
        guard !problems.hasErrors else { return result }
        if site.config.baseURL == nil {
            result.diagnostics.append(Diagnostic(.warning, "sitemap.xml not written: set base_url to the address the site is published at",
                                                 file: ContentFile.displayPath(options.contentRoot.appendingPathComponent("site.yaml"))))
        }
        let plan = Plan(site: site)
        result.sources = site.sources.count
        result.pages = plan.pages.count
        result.files = plan.files.count
        let writer = OutputWriter(output: options.outputRoot, cache: options.cacheRoot)
        do throws(OutputWriter.Failure) {
            if !options.dryRun {
                try writer.begin()
                try writer.createFolders(for: plan.files.map { path(of: $0) })
            }
            try await render(plan, site: site, resolution: resolution, writer: options.dryRun ? nil : writer)
            if !options.dryRun { try writer.commit() }
        } catch {
            writer.abandon()
            result.diagnostics.append(Diagnostic(.error, error.message, file: error.path))
        }
        return result
    }

    static func path(of file: PlannedFile) -> String {
        switch file {
        case .page(let page): return page.path
        case .asset(let asset): return "assets/" + asset.path
        case .sitemap: return "sitemap.xml"
        }
    }

    /// Renders and writes every planned file, at most one task per core at a time.
    static func render(_ plan: Plan, site: Site, resolution: Resolution, writer: OutputWriter?) async throws(OutputWriter.Failure) {
        let renderer = PageRenderer(site: site, resolution: resolution)
        let pages = plan.pages
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let failure: OutputWriter.Failure? = await withTaskGroup(of: OutputWriter.Failure?.self) { group in
            var next = 0
            func submit() {
                let file = plan.files[next]
                next += 1
                group.addTask {
                    let bytes: [UInt8]
                    switch file {
                    case .page(let page): bytes = Array(renderer.render(page).utf8)
                    case .asset(let asset): bytes = asset.bytes
                    case .sitemap: bytes = Array(Sitemap.render(pages: pages, baseURL: site.config.baseURL ?? "").utf8)
                    }
                    do throws(OutputWriter.Failure) { try writer?.write(path(of: file), bytes: bytes) } catch { return error }
                    return nil
                }
            }
            while next < min(width, plan.files.count) { submit() }
            var firstFailure: OutputWriter.Failure?
            for await outcome in group {
                if let outcome, firstFailure == nil { firstFailure = outcome }
                if next < plan.files.count, firstFailure == nil { submit() }
            }
            return firstFailure
        }
        if let failure { throw failure }
    }

    /// Refuses output folders whose replacement would destroy input: the
    /// content or templates folder, a folder containing them, or the file-system root.
    static func unsafeOutput(_ options: BuildOptions) -> Diagnostic? {
        let output = options.outputRoot.resolvingSymlinksInPath().path
        let display = ContentFile.displayPath(options.outputRoot)
        if output == "/" || output == FileManager.default.homeDirectoryForCurrentUser.path {
            return Diagnostic(.error, "refusing to use \(output) as the output folder", file: display)
        }
        for input in [options.contentRoot, options.templatesRoot] {
            let path = input.resolvingSymlinksInPath().path
            if path == output || path.hasPrefix(output + "/") || output.hasPrefix(path + "/") {
                return Diagnostic(.error, "the output folder must not contain or lie inside \(ContentFile.displayPath(input))", file: display)
            }
        }
        return nil
    }
}
