// The only code that touches Output/. A build writes into a staging folder in
// the cache folder (`.reportsite/`, next to Output/) and, only once every file
// is written, swaps it with Output/ in one atomic rename: a failed or killed
// build leaves the previous site exactly as it was.
import CPlatform
import Foundation

public struct OutputWriter: Sendable {
    public let output: URL
    public let cache: URL
    public var staging: URL { cache.appendingPathComponent("staging") }
    private var retired: URL { cache.appendingPathComponent("retired") }

    public init(output: URL, cache: URL) {
        self.output = output.standardizedFileURL
        self.cache = cache.standardizedFileURL
    }

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    private var fileManager: FileManager { FileManager.default }

    /// Starts a build: clears what an interrupted build may have left and creates the staging folder.
    public func begin() throws(Failure) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(path: ContentFile.displayPath(output), message: "output path exists and is not a folder")
        }
        do {
            for leftover in [staging, retired] where fileManager.fileExists(atPath: leftover.path) {
                try fileManager.removeItem(at: leftover)
            }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: ContentFile.displayPath(cache), message: "cannot prepare the staging folder: \(error.localizedDescription)")
        }
    }

    /// Creates the folders the files will go in (done once, before parallel writes).
    public func createFolders(for paths: [String]) throws(Failure) {
        let folders = Set(paths.compactMap { path -> String? in
            guard let slash = path.lastIndex(of: "/") else { return nil }
            return String(path[..<slash])
        })
        for folder in folders.sorted() {
            do {
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw Failure(path: folder, message: "cannot create folder: \(error.localizedDescription)")
            }
        }
    }

    /// Writes one file of the new site into staging and returns the hash of its
    /// bytes. `path` is relative to Output/. When the previous build wrote the
    /// same bytes there, that file is linked into the new site instead of
    /// rewritten, so it keeps its modification time.
    @discardableResult
    public func write(_ path: String, bytes: some Collection<UInt8>, previousHash: UInt64? = nil) throws(Failure) -> UInt64 {
        guard SitePath.isContained(path) else {
            throw Failure(path: path, message: "refusing to write outside the output folder")
        }
        let hash = BuildCache.hash(bytes)
        let url = staging.appendingPathComponent(path)
        if previousHash == hash, link(output.appendingPathComponent(path).path, url.path) == 0 {
            return hash
        }
        let data = Data(bytes)
        do {
            try data.write(to: url)
        } catch {
            throw Failure(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        return hash
    }

    /// Puts the staged site in place of Output/ in one step and discards the old one.
    public func commit() throws(Failure) {
        let outputPath = output.path
        if !fileManager.fileExists(atPath: outputPath) {
            try? fileManager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(staging.path, outputPath) == 0 else {
                throw Failure(path: ContentFile.displayPath(output), message: "cannot move the new site in place: \(String(cString: strerror(errno)))")
            }
            return
        }
        if reportsite_exchange_paths(staging.path, outputPath) == 0 {
            try? fileManager.removeItem(at: staging)
            return
        }
        // File systems without an atomic exchange: two renames, the old site kept until the new one is in place.
        guard rename(outputPath, retired.path) == 0 else {
            throw Failure(path: ContentFile.displayPath(output), message: "cannot replace the output folder: \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, outputPath) == 0 else {
            _ = rename(retired.path, outputPath)
            throw Failure(path: ContentFile.displayPath(output), message: "cannot move the new site in place: \(String(cString: strerror(errno)))")
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Links the previous build's file into the new site unchanged; false when it is not there.
    public func keep(_ path: String) -> Bool {
        guard SitePath.isContained(path) else { return false }
        return link(output.appendingPathComponent(path).path, staging.appendingPathComponent(path).path) == 0
    }

    /// Throws away a staged build; Output/ is untouched.
    public func abandon() {
        try? fileManager.removeItem(at: staging)
    }
}
