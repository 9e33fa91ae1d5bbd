// Content file names: `<slug>.<lang>.md`, where a slug is `[a-z0-9]+(-[a-z0-9]+)*`.

public enum FileName {
    /// True for a valid slug: lowercase letters and digits in groups joined by single hyphens.
    public static func isSlug(_ s: some StringProtocol) -> Bool {
        guard !s.isEmpty, s.first != "-", s.last != "-", !s.contains("--") else { return false }
        return s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Splits `slug.lang.md`; nil when the name does not have that shape.
    public static func parse(_ name: String) -> (slug: String, language: String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == "md", isSlug(parts[0]), !parts[1].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}
