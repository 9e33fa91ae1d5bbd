// The libFuzzer harness (`make fuzz`): runs libFuzzer's driver on one stage of
// the engine. REPORTSITE_FUZZ_TARGET names the stage (document, metrics, chart,
// numbers, quotes); the sample site in the working folder (Content/ and
// Templates/) gives inputs real ids to refer to. Every other argument is
// libFuzzer's. Built only when REPORTSITE_FUZZ is set (see Package.swift).
import CFuzzerDriver
import Foundation
import ReportSite

let environment = ProcessInfo.processInfo.environment
guard let name = environment["REPORTSITE_FUZZ_TARGET"], let target = Fuzzing.Target(rawValue: name) else {
    let names = Fuzzing.Target.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("reportsite-fuzz: set REPORTSITE_FUZZ_TARGET to one of \(names)\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: environment["REPORTSITE_FUZZ_SITE"] ?? FileManager.default.currentDirectoryPath)
let (site, diagnostics) = ContentLoader(contentRoot: folder.appendingPathComponent("Content"),
                                        templatesRoot: folder.appendingPathComponent("Templates")).load()
guard let site else {
    FileHandle.standardError.write(Data("reportsite-fuzz: the site in \(folder.path) does not load:\n\(diagnostics.map(\.description).joined(separator: "\n"))\n".utf8))
    exit(2)
}

/// Read by the C callback, which cannot capture: set once before the driver starts.
enum Harness {
    nonisolated(unsafe) static var fuzzing: Fuzzing?
    nonisolated(unsafe) static var target = Fuzzing.Target.document
}
Harness.fuzzing = Fuzzing(site: site)
Harness.target = target

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
// A broken promise is a crash to libFuzzer, which then saves the input.
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    if let broken = Harness.fuzzing?.run(Harness.target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []) {
        FileHandle.standardError.write(Data("fuzzing: broken promise: \(broken)\n".utf8))
        abort()
    }
    return 0
})
