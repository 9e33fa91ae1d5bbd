// The `reportsite` executable: a thin terminal face over the engine. It parses
// arguments, runs the engine, prints diagnostics and a summary, and sets the exit code.
import ArgumentParser
import Dispatch
import Foundation
import ReportSite
import ReportSiteServe

@main
struct ReportSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportsite",
        abstract: "Builds a bilingual report site whose every number is checked against its source.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ExtractCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

/// Where the site's folders are, shared by every command.
struct SiteFolders: ParsableArguments {
    @Option(help: "The content folder (site.yaml, sources/, …).")
    var content = "Content"

    @Option(help: "The theme folder (layouts, partials, i18n, assets).")
    var templates = "Templates"

    @Option(help: "The folder the site is written to; replaced as a whole on success.")
    var output = "Output"

    @Option(help: "How diagnostics are printed: human, json or github (workflow annotations).")
    var format: DiagnosticFormatOption = .human

    func options(dryRun: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil) -> BuildOptions {
        var options = BuildOptions(contentRoot: URL(fileURLWithPath: content), templatesRoot: URL(fileURLWithPath: templates),
                                   outputRoot: URL(fileURLWithPath: output), dryRun: dryRun, progress: progress)
        options.engine = Self.engineIdentity
        return options
    }

    /// This binary's size and modification time: a rebuilt or upgraded reportsite renders everything anew.
    static let engineIdentity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}

enum DiagnosticFormatOption: String, ExpressibleByArgument, CaseIterable {
    case human, json, github
    var format: DiagnosticFormat { DiagnosticFormat(rawValue: rawValue)! }
}

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Check the content and write the site to the output folder.")

    @OptionGroup var folders: SiteFolders

    func run() async throws {
        try await Terminal.run(folders, dryRun: false)
    }
}

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Run every check and render every page, but write nothing.")

    @OptionGroup var folders: SiteFolders

    func run() async throws {
        try await Terminal.run(folders, dryRun: true)
    }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1, rebuild on every change and reload open pages.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "The port to listen on (127.0.0.1 only).")
    var port: UInt16 = 4000

    func run() async throws {
        let formatter = DiagnosticFormatter(format: folders.format.format,
                                            color: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        let server = try DevServer(options: folders.options(dryRun: false), port: port) { result in
            if !result.diagnostics.isEmpty {
                FileHandle.standardError.write(Data((formatter.format(result.diagnostics) + "\n").utf8))
            }
            let stamp = Date().formatted(date: .omitted, time: .standard)
            if result.upToDate {
                say("[\(stamp)] up to date (\(result.files) files).")
            } else if result.succeeded {
                say("[\(stamp)] built \(result.pages) pages (\(result.written) written, \(result.kept) unchanged); pages reload.")
            } else {
                say("[\(stamp)] build failed with \(result.diagnostics.errorCount) errors; Output/ is unchanged, pages show the errors.")
            }
        }
        // Ctrl-C stops the server and ends the command cleanly.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let serving = Task { try await server.run() }
        interrupt.setEventHandler { serving.cancel() }
        interrupt.resume()
        Task {
            try await server.waitUntilListening()
            say("Serving \(folders.output)/ at http://127.0.0.1:\(port)/ — watching \(folders.content)/ and \(folders.templates)/; Ctrl-C to stop.")
        }
        do {
            try await serving.value
        } catch is CancellationError {
        } catch {
            await server.stop()
            FileHandle.standardError.write(Data("serve: \(error)\n".utf8))
            throw ExitCode(1)
        }
        await server.stop()
        say("Stopped.")
    }
}

/// A line on standard output, written at once (a log or pipe sees it immediately).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print candidate metrics YAML for every number with a unit in a source, each with its shortest unique quote.")

    @Argument(help: "The slug of the source (e.g. huludao-2021).")
    var slug: String

    @OptionGroup var folders: SiteFolders

    func run() async throws {
        let options = folders.options(dryRun: true)
        let (site, diagnostics) = ContentLoader(contentRoot: options.contentRoot, templatesRoot: options.templatesRoot).load()
        guard let site, let source = site.original(of: slug) else {
            let text = DiagnosticFormatter(format: folders.format.format).format(diagnostics)
            FileHandle.standardError.write(Data((text.isEmpty ? "unknown source '\(slug)'" : text).utf8 + [10]))
            throw ExitCode(1)
        }
        let index = QuoteIndex(sources: site.sources.filter { !$0.isTranslation })
        let candidates = MetricExtractor.candidates(in: source, index: index)
        print(MetricExtractor.yaml(for: source, candidates: candidates, entity: source.entities.first), terminator: "")
    }
}

/// "Rendering 1200/2058 files…" on one terminal line, once a build has run for a second.
struct ProgressLine: Sendable {
    let start: ContinuousClock.Instant

    func show(_ done: Int, _ total: Int) {
        guard start.duration(to: ContinuousClock.now) > .seconds(1), done % 25 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2KRendering \(done)/\(total) files…".utf8))
    }
}

/// Prints what a build found, the way compilers do, and the one-line summary.
enum Terminal {
    static func run(_ folders: SiteFolders, dryRun: Bool) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let environment = ProcessInfo.processInfo.environment
        // A progress line only for a person at a terminal, and only once a build has taken a second.
        let interactive = isatty(STDERR_FILENO) != 0 && environment["CI"] == nil && folders.format == .human
        let line = ProgressLine(start: start)
        var progress: (@Sendable (Int, Int) -> Void)?
        if interactive { progress = { @Sendable done, total in line.show(done, total) } }
        let result = await Builder.build(folders.options(dryRun: dryRun, progress: progress))
        if interactive, start.duration(to: clock.now) > .seconds(1) { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        let elapsed = start.duration(to: clock.now)
        let color = folders.format == .human && isatty(STDERR_FILENO) != 0 && environment["NO_COLOR"] == nil
        if !result.diagnostics.isEmpty {
            let text = DiagnosticFormatter(format: folders.format.format, color: color).format(result.diagnostics)
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let time = String(format: "%.2f s", seconds)
        let errors = result.diagnostics.errorCount, warnings = result.diagnostics.warningCount
        let tally = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if result.succeeded, result.upToDate {
            print("Up to date: no input changed since the last build (\(result.files) files in \(folders.output)/); \(time).")
        } else if result.succeeded {
            let verb = dryRun ? "Checked" : "Built"
            let target = dryRun ? "" : " into \(folders.output)/"
            let unverified = result.unverifiedMetrics > 0 ? " (\(result.unverifiedMetrics) marked verify: false)" : ""
            print("Checked \(result.metrics) metrics\(unverified) and \(result.claims) claims against their sources.")
            let kept = dryRun || result.kept == 0 ? "" : ", \(result.kept) unchanged"
            print("\(verb) \(result.pages) pages from \(result.sources) source files (\(result.files) files\(kept))\(target) in \(time); \(tally).")
        } else {
            let kept = dryRun ? "" : "; \(folders.output)/ left unchanged"
            FileHandle.standardError.write(Data("Build failed: \(tally)\(kept).\n".utf8))
            throw ExitCode(1)
        }
    }
}
