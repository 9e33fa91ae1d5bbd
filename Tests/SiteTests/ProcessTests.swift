// The `reportsite` command as CI runs it: output does not depend on the time
// zone, locale, working directory or the order files were created in; and a
// build killed at any moment leaves the previous Output/ complete and intact.
import Foundation
import Testing
@testable import ReportSite

enum CLI {
    /// The `reportsite` binary `swift test` built next to the test bundle.
    static let binary: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportsite")

    static func start(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @discardableResult
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Int32 {
        let process = try start(arguments, in: folder, environment: environment)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite(.serialized) struct ProcessTests {
    @Test func outputIsTheSameWhateverTheZoneLocaleFolderOrFileOrder() throws {
        let first = try TestSite()
        defer { first.remove() }
        #expect(try CLI.run(["build"], in: first.folder, environment: ["TZ": "UTC", "LANG": "C", "CI": "true"]) == 0)
        // The same content, its files created in reverse order, built from another folder in another zone and locale.
        let second = try TestSite()
        defer { second.remove() }
        let sources = second.content.appendingPathComponent("sources")
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        let texts = try names.map { try Data(contentsOf: sources.appendingPathComponent($0)) }
        for name in names { try FileManager.default.removeItem(at: sources.appendingPathComponent(name)) }
        for (name, text) in zip(names, texts).reversed() { try text.write(to: sources.appendingPathComponent(name)) }
        let status = try CLI.run(["build", "--content", second.content.path, "--templates", second.templates.path, "--output", second.output.path],
                                 in: URL(fileURLWithPath: "/"), environment: ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "CI": "true"])
        #expect(status == 0)
        let a = snapshot(of: first.output), b = snapshot(of: second.output)
        #expect(a.count > 60 && a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func aBuildKilledAtAnyMomentLeavesThePreviousOutputIntact() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(try CLI.run(["build"], in: site.folder, environment: ["CI": "true"]) == 0)
        let old = snapshot(of: site.output)
        let saved = site.folder.appendingPathComponent("saved-output")
        try FileManager.default.copyItem(at: site.output, to: saved)
        // An edit that changes many pages, so that a rebuild rewrites a lot.
        let path = "Templates/i18n/zh.yaml"
        try site.write(path, try site.read(path).replacingOccurrences(of: "nav_home: 首页", with: "nav_home: 主页"))
        var seed: UInt64 = 20261122
        var killedBeforeTheEnd = 0
        for round in 0..<24 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let delay = Double((seed >> 33) % 400) / 1000   // 0 to 0.4 s into a build of about a second
            let process = try CLI.start(["build"], in: site.folder, environment: ["CI": "true"])
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL); killedBeforeTheEnd += 1 }
            process.waitUntilExit()
            let now = snapshot(of: site.output)
            if now == old { continue }
            // The only other acceptable state is the complete new site; then put the old one back for the next round.
            #expect(now.count == old.count && now["index.html"].map { String(decoding: $0, as: UTF8.self).contains("主页") } == true,
                    "round \(round): Output/ is neither the old site nor the complete new one")
            try FileManager.default.removeItem(at: site.output)
            try FileManager.default.copyItem(at: saved, to: site.output)
            try? FileManager.default.removeItem(at: site.folder.appendingPathComponent(".reportsite"))
        }
        #expect(killedBeforeTheEnd >= 20)
    }
}
