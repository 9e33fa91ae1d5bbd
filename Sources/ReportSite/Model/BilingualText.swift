// A text given once per site language (`{ zh: …, en: … }`). Loading guarantees
// every site language is present, so lookups never silently fall back.

public struct BilingualText: Sendable, Hashable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`; loading has checked that it exists.
    public subscript(language: Language) -> String {
        values[language.code] ?? ""
    }

    public subscript(code: String) -> String? {
        values[code]
    }
}
