// What the last successful build read and wrote, kept in `.reportsite/manifest`
// next to Output/. It lets a rebuild skip everything when no input changed,
// and keep (not rewrite) every output file whose bytes did not change, so their
// modification times survive. A missing, corrupt or foreign cache is ignored.
import Foundation

public struct BuildCache: Sendable, Equatable {
    /// Changes whenever the engine would write different output for the same input.
    public static let formatVersion = "reportsite-cache 2"

    /// Input files (relative to their root, prefixed `c:` or `t:`) → size and modification time.
    public var inputs: [String: FileStamp]
    /// Output files (relative to Output/) → hash of their bytes.
    public var outputs: [String: UInt64]
    /// Pages (relative to Output/) → the digest of what they were rendered from.
    public var digests: [String: UInt64] = [:]
    /// The folders the build used; a cache for other folders is foreign.
    public var roots: String
    /// Which build of the engine wrote it: a new engine may write different pages from the same input.
    public var engine: String = ""

    public struct FileStamp: Sendable, Equatable {
        public var size: Int
        public var modified: Int64
    }

    /// FNV-1a over a file's bytes: enough to tell "same bytes as last time".
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        Hasher64.hash(bytes)
    }

    /// Size and modification time of every file under the input folders.
    public static func stampInputs(content: URL, templates: URL) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for (prefix, root) in [("c:", content), ("t:", templates)] {
            let base = root.standardizedFileURL.path + "/"
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = walker.nextObject() as? String {
                var info = stat()
                guard stat(base + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                stamps[prefix + relative] = FileStamp(size: Int(info.st_size),
                                                      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
            }
        }
        return stamps
    }

    // MARK: Reading and writing the manifest (one line per entry, tab-separated)

    static func read(from url: URL) -> (BuildCache?, problem: String?) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil) }
        guard let text = String(data: data, encoding: .utf8) else { return (nil, "build cache is not text; ignoring it and building everything") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.first == Substring(formatVersion) else {
            return (nil, "build cache was written by another version of reportsite; ignoring it and building everything")
        }
        lines = lines.dropFirst()
        var cache = BuildCache(inputs: [:], outputs: [:], roots: "")
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "roots" where fields.count == 2:
                cache.roots = String(fields[1])
            case "engine" where fields.count == 2:
                cache.engine = String(fields[1])
            case "in" where fields.count == 4:
                guard let size = Int(fields[2]), let modified = Int64(fields[3]) else { return (nil, corrupt) }
                cache.inputs[String(fields[1])] = FileStamp(size: size, modified: modified)
            case "out" where fields.count == 3 || fields.count == 4:
                guard let hash = UInt64(fields[2], radix: 16) else { return (nil, corrupt) }
                cache.outputs[String(fields[1])] = hash
                if fields.count == 4 {
                    guard let digest = UInt64(fields[3], radix: 16) else { return (nil, corrupt) }
                    cache.digests[String(fields[1])] = digest
                }
            default:
                return (nil, corrupt)
            }
        }
        return (cache, nil)
    }

    private static let corrupt = "build cache is damaged; ignoring it and building everything"

    func write(to url: URL) throws {
        var text = Self.formatVersion + "\nroots\t" + roots + "\nengine\t" + engine + "\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) { text += "in\t\(path)\t\(stamp.size)\t\(stamp.modified)\n" }
        for (path, hash) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out\t\(path)\t\(String(hash, radix: 16))"
            if let digest = digests[path] { text += "\t" + String(digest, radix: 16) }
            text += "\n"
        }
        let temporary = url.appendingPathExtension("tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
