// Reads one input file as text the way every loader needs it: inside its root
// folder (no symlink escapes), valid UTF-8 (else the line of the first bad
// byte), without a byte-order mark, with CRLF line ends turned into LF.
import Foundation

public struct ContentFile: Sendable {
    /// Path for diagnostics: relative to the working directory where possible.
    public var displayPath: String
    public var text: String

    /// Reads `url`, which must lie inside `root` once symlinks are resolved.
    public static func read(_ url: URL, root: URL, diagnostics: inout [Diagnostic]) -> ContentFile? {
        let display = displayPath(url)
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved == rootPath || resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
            diagnostics.append(Diagnostic(.error, "file leads outside \(displayPath(root)) (symbolic link to \(resolved)); content must live inside its folder", file: display))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(Diagnostic(.error, "cannot read file", file: display))
            return nil
        }
        return decode(data, displayPath: display, diagnostics: &diagnostics)
    }

    /// A file's bytes as text: valid UTF-8 (else the position of the first bad byte), no BOM, LF line ends.
    public static func decode(_ data: Data, displayPath display: String, diagnostics: inout [Diagnostic]) -> ContentFile? {
        guard let decoded = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: data)
            diagnostics.append(Diagnostic(.error, "file is not valid UTF-8", file: display, line: line, column: column))
            return nil
        }
        var text = decoded
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return ContentFile(displayPath: display, text: text)
    }

    /// The path as a user would type it from the working directory.
    public static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1, i = 0
        let bytes = [UInt8](data)
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > bytes.count { return (line, column) }
            if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return (line, column) }
            if b == 10 { line += 1; column = 1 } else { column += length }
            i += length
        }
        return (line, column)
    }

    /// Lists a folder's entries sorted by name (never in file-system order), skipping hidden files.
    public static func sortedEntries(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
