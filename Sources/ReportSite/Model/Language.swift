// A language of the site: its code in file names (`zh`), its BCP 47 tag in
// `<html lang>` and hreflang (`zh-Hans`), and whether it is the default.

public struct Language: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code used in file names and `site.yaml` (`zh`, `en`).
    public let code: String
    /// True for the first language of `site.yaml`, whose pages live at the top of `Output/`.
    public let isDefault: Bool

    public init(code: String, isDefault: Bool) {
        self.code = code
        self.isDefault = isDefault
    }

    /// The tag for `<html lang>` and `hreflang`: Chinese is written in simplified script here.
    public var htmlTag: String {
        switch code {
        case "zh": return "zh-Hans"
        case "zh-tw", "zh-hk": return "zh-Hant"
        default: return code
        }
    }

    /// Folder of this language's pages inside `Output/` (empty for the default language).
    public var outputPrefix: String { isDefault ? "" : code + "/" }

    /// Whether text in this language is written without spaces between words.
    public var isCJK: Bool { code.hasPrefix("zh") || code == "ja" }

    public var description: String { code }

    public static func < (a: Language, b: Language) -> Bool { a.code < b.code }
}
