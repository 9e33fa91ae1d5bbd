// Orchestrates a build: load → plan → render (in parallel) → write → swap.
// The engine returns diagnostics and counts; it never prints.
import Foundation

public struct BuildOptions: Sendable {
    public var contentRoot: URL
    public var templatesRoot: URL
    public var outputRoot: URL
    /// Render everything but write nothing (`reportsite check`).
    public var dryRun: Bool
    /// Told how many files are done out of how many, as rendering goes (for a progress line).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Identifies the running engine (the CLI passes its binary's size and time): a rebuild
    /// by a different engine renders everything, since it may write different pages.
    public var engine: String = ""

    public init(contentRoot: URL, templatesRoot: URL, outputRoot: URL, dryRun: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.contentRoot = contentRoot.standardizedFileURL
        self.templatesRoot = templatesRoot.standardizedFileURL
        self.outputRoot = outputRoot.standardizedFileURL
        self.dryRun = dryRun
        self.progress = progress
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
    /// Files written anew, and files kept because their bytes did not change.
    public var written = 0
    public var kept = 0
    /// No input changed since the last build: nothing was done.
    public var upToDate = false
    public var succeeded: Bool { !diagnostics.hasErrors }
}

public enum Builder {
    public static func build(_ options: BuildOptions) async -> BuildResult {
        if let problem = unsafeOutput(options) {
            return BuildResult(diagnostics: [problem])
        }
        // The inputs as they are now, before anything is read: an edit during the build is seen next time.
        let stamps = BuildCache.stampInputs(content: options.contentRoot, templates: options.templatesRoot)
        let roots = [options.contentRoot, options.templatesRoot, options.outputRoot].map(\.path).joined(separator: "|")
        let manifest = options.cacheRoot.appendingPathComponent("manifest")
        var cacheDiagnostics: [Diagnostic] = []
        var previous: BuildCache?
        if !options.dryRun {
            let (cache, problem) = BuildCache.read(from: manifest)
            if let problem { cacheDiagnostics.append(Diagnostic(.warning, problem, file: ContentFile.displayPath(manifest))) }
            previous = cache?.roots == roots && cache?.engine == options.engine ? cache : nil
            if let cache = previous, cache.inputs == stamps, outputsExist(cache, in: options.outputRoot) {
                var result = BuildResult(diagnostics: cacheDiagnostics)
                result.upToDate = true
                result.files = cache.outputs.count
                result.kept = cache.outputs.count
                return result
            }
        }
        let (loaded, diagnostics) = ContentLoader(contentRoot: options.contentRoot, templatesRoot: options.templatesRoot).load()
        var result = BuildResult(diagnostics: cacheDiagnostics + diagnostics)
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
            let digests = PageDigests(site: site, resolution: resolution, inputs: stamps, files: [:])
            let hashes = try await render(plan, site: site, resolution: resolution, writer: options.dryRun ? nil : writer,
                                          previous: previous, digests: digests, progress: options.progress)
            if !options.dryRun {
                try writer.commit()
                result.written = hashes.filter { !$0.kept }.count
                result.kept = hashes.count - result.written
                var cache = BuildCache(inputs: stamps, outputs: Dictionary(uniqueKeysWithValues: hashes.map { ($0.path, $0.hash) }), roots: roots)
                cache.engine = options.engine
                cache.digests = Dictionary(uniqueKeysWithValues: hashes.compactMap { file in file.digest.map { (file.path, $0) } })
                do { try cache.write(to: manifest) } catch {
                    result.diagnostics.append(Diagnostic(.warning, "cannot save the build cache; the next build will do everything", file: ContentFile.displayPath(manifest)))
                }
            }
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

    /// Every output of the last build is still there (a quick check: the manifest says what they hold).
    static func outputsExist(_ cache: BuildCache, in output: URL) -> Bool {
        let base = output.path + "/"
        return !cache.outputs.isEmpty && cache.outputs.keys.allSatisfy { access(base + $0, F_OK) == 0 }
    }

    struct WrittenFile: Sendable {
        var path: String
        var hash: UInt64
        var kept: Bool
        var digest: UInt64? = nil
    }

    /// Renders and writes every planned file, at most one task per core at a time.
    static func render(_ plan: Plan, site: Site, resolution: Resolution, writer: OutputWriter?,
                       previous cache: BuildCache?, digests: PageDigests,
                       progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(OutputWriter.Failure) -> [WrittenFile] {
        let previous = cache?.outputs ?? [:]
        let renderer = PageRenderer(site: site, resolution: resolution)
        let pages = plan.pages
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let outcome: Result<[WrittenFile], OutputWriter.Failure> = await withTaskGroup(of: Result<WrittenFile, OutputWriter.Failure>.self) { group in
            var next = 0
            func submit() {
                let file = plan.files[next]
                next += 1
                group.addTask {
                    let path = path(of: file)
                    // A page rendered last time from the same inputs is kept without rendering it again.
                    var digest: UInt64?
                    if case .page(let page) = file { digest = digests.digest(page) }
                    if let writer, let digest, let hash = previous[path], cache?.digests[path] == digest, writer.keep(path) {
                        return .success(WrittenFile(path: path, hash: hash, kept: true, digest: digest))
                    }
                    let bytes: [UInt8]
                    switch file {
                    case .page(let page): bytes = Array(renderer.render(page).utf8)
                    case .asset(let asset): bytes = asset.bytes
                    case .sitemap: bytes = Array(Sitemap.render(pages: pages, baseURL: site.config.baseURL ?? "").utf8)
                    }
                    guard let writer else { return .success(WrittenFile(path: path, hash: 0, kept: false)) }
                    do throws(OutputWriter.Failure) {
                        let hash = try writer.write(path, bytes: bytes, previousHash: previous[path])
                        return .success(WrittenFile(path: path, hash: hash, kept: previous[path] == hash, digest: digest))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            while next < min(width, plan.files.count) { submit() }
            var written: [WrittenFile] = []
            var firstFailure: OutputWriter.Failure?
            for await outcome in group {
                switch outcome {
                case .success(let file): written.append(file)
                case .failure(let error): if firstFailure == nil { firstFailure = error }
                }
                progress?(written.count, plan.files.count)
                if next < plan.files.count, firstFailure == nil { submit() }
            }
            if let firstFailure { return .failure(firstFailure) }
            return .success(written)
        }
        return try outcome.get()
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
