// A problem found in the input, with its place in a file. The engine collects
// these as values and never prints; the CLI formats and sorts them.

public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    /// Path of the file as the user would type it (relative to the working directory when possible).
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, file: String, line: Int = 1, column: Int = 1) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    public static func error(_ message: String, at place: SourcePlace) -> Diagnostic {
        Diagnostic(.error, message, file: place.file, line: place.line, column: place.column)
    }

    public static func warning(_ message: String, at place: SourcePlace) -> Diagnostic {
        Diagnostic(.warning, message, file: place.file, line: place.line, column: place.column)
    }

    /// `file:line:column: severity: message`, the form editors and compilers use.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.severity, a.message) < (b.file, b.line, b.column, b.severity, b.message)
    }
}

/// A place in a content file: what diagnostics point at.
public struct SourcePlace: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
    public init(file: String, _ position: TextPosition) {
        self.init(file: file, line: position.line, column: position.column)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
