// Times ReportSite against Hugo on the same pages, alternating runs in one
// session: full builds of both, then ReportSite's no-change rebuild, a rebuild
// after one report paragraph changed, and one after a source paragraph changed.
// Medians of the runs; peak memory from /usr/bin/time -v.
import Foundation

struct Measurement {
    var seconds: Double
    var peakKB: Int
}

struct HugoComparison {
    let reportsite: String   // path to the release binary
    let hugo: String
    let runs: Int

    /// Runs a command in a folder under /usr/bin/time -v; its wall time and peak RSS.
    func measure(_ arguments: [String], in folder: URL) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-v"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "true"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let elapsed = start.duration(to: clock.now)
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "bench", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed: \(report.suffix(2000))"])
        }
        let peak = report.split(separator: "\n").first { $0.contains("Maximum resident set size") }
            .flatMap { Int($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) } ?? 0
        return Measurement(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, peakKB: peak)
    }

    /// Appends text to the first paragraph that starts with `marker` in a file.
    func edit(_ file: URL, round: Int) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        guard let end = text.range(of: "\n\n", range: text.index(text.startIndex, offsetBy: min(text.count - 1, 400))..<text.endIndex) else { return }
        text.insert(contentsOf: file.lastPathComponent.hasSuffix(".en.md") ? " Edited (\(round))." : "(修改\(round))", at: end.lowerBound)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    func compare(reports: Int, corpus: URL, sample: URL, templates: URL) throws -> [String: [Measurement]] {
        try CorpusGenerator(sample: sample, templates: templates).generate(reports: reports, into: corpus)
        let site = corpus.appendingPathComponent("site"), hugoSite = corpus.appendingPathComponent("hugo")
        var results: [String: [Measurement]] = [:]
        let fm = FileManager.default
        for round in 1...runs {
            try? fm.removeItem(at: site.appendingPathComponent("Output"))
            try? fm.removeItem(at: site.appendingPathComponent(".reportsite"))
            results["full", default: []].append(try measure([reportsite, "build"], in: site))
            try? fm.removeItem(at: hugoSite.appendingPathComponent("public"))
            results["hugo", default: []].append(try measure([hugo, "--quiet"], in: hugoSite))
            results["nochange", default: []].append(try measure([reportsite, "build"], in: site))
            try edit(site.appendingPathComponent("Content/reports/report-00042.zh.md"), round: round)
            results["report", default: []].append(try measure([reportsite, "build"], in: site))
            try edit(site.appendingPathComponent("Content/sources/dalian-2022.en.md"), round: round)
            results["source", default: []].append(try measure([reportsite, "build"], in: site))
        }
        return results
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The Markdown table of one corpus size.
    static func table(reports: Int, files: Int, megabytes: Double, runs: Int, _ r: [String: [Measurement]]) -> String {
        func t(_ k: String) -> Double { median(r[k]!.map(\.seconds)) }
        func m(_ k: String) -> Double { Double(r[k]!.map(\.peakKB).max()!) / 1024 }
        let full = t("full"), hugo = t("hugo")
        var out = "### \(reports) reports (\(files) Markdown files, \(String(format: "%.0f", megabytes)) MB), median of \(runs) runs\n\n"
        out += "| build | median wall time | peak RSS | ratio |\n|---|---:|---:|---|\n"
        out += String(format: "| Hugo, full build | %.2f s | %.0f MB | |\n", hugo, m("hugo"))
        out += String(format: "| ReportSite, full build | %.2f s | %.0f MB | %.2f× Hugo's time, %.2f× its memory |\n", full, m("full"), full / hugo, m("full") / m("hugo"))
        out += String(format: "| ReportSite, no change | %.3f s | %.0f MB | %.1f%% of a full build |\n", t("nochange"), m("nochange"), t("nochange") / full * 100)
        out += String(format: "| ReportSite, one report paragraph edited | %.2f s | %.0f MB | %.0f%% of a full build |\n", t("report"), m("report"), t("report") / full * 100)
        out += String(format: "| ReportSite, one source paragraph edited | %.2f s | %.0f MB | %.0f%% of a full build |\n", t("source"), m("source"), t("source") / full * 100)
        return out + "\n"
    }
}
