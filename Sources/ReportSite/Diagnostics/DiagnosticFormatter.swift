// Turns diagnostics into text for people (human), tools (json) and GitHub
// Actions annotations (github).
import Foundation

public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case human, json, github
}

public struct DiagnosticFormatter: Sendable {
    public var format: DiagnosticFormat
    public var color: Bool

    public init(format: DiagnosticFormat = .human, color: Bool = false) {
        self.format = format
        self.color = color
    }

    /// Formats diagnostics sorted by file, line and column, one per line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sorted()
        switch format {
        case .human:
            return sorted.map(human).joined(separator: "\n")
        case .github:
            return sorted.map(github).joined(separator: "\n")
        case .json:
            return "[" + sorted.map(json).joined(separator: ",\n ") + "]"
        }
    }

    private func human(_ d: Diagnostic) -> String {
        guard color else { return d.description }
        let tint = d.severity == .error ? "\u{1B}[1;31m" : d.severity == .warning ? "\u{1B}[1;35m" : "\u{1B}[1;36m"
        return "\u{1B}[1m\(d.file):\(d.line):\(d.column):\u{1B}[0m \(tint)\(d.severity.rawValue):\u{1B}[0m \(d.message)"
    }

    private func github(_ d: Diagnostic) -> String {
        let kind = d.severity == .note ? "notice" : d.severity.rawValue
        func property(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A")
                .replacingOccurrences(of: ",", with: "%2C")
        }
        let message = d.message.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
        return "::\(kind) file=\(property(d.file)),line=\(d.line),col=\(d.column)::\(message)"
    }

    private func json(_ d: Diagnostic) -> String {
        "{\"file\":\(jsonString(d.file)),\"line\":\(d.line),\"column\":\(d.column),\"severity\":\"\(d.severity.rawValue)\",\"message\":\(jsonString(d.message))}"
    }

    private func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
