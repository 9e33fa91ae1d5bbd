// Per-language writing of numbers, lists and sort order, from Foundation's
// locale data (ICU): the one place that knows which locale a language uses.
import Foundation

public enum LocaleText {
    /// The Foundation locale for a site language: simplified Chinese, British English
    /// (the sample's spelling: metres, tonnes; lists without a serial comma).
    public static func locale(_ language: Language) -> Locale {
        switch language.code {
        case "zh": return Locale(identifier: "zh_Hans_CN")
        case "en": return Locale(identifier: "en_GB")
        default: return Locale(identifier: language.code)
        }
    }

    /// `15,650`, `214.3`: grouped, with as many decimals as the value has.
    public static func number(_ value: Decimal, in language: Language) -> String {
        value.formatted(.number.locale(locale(language)).precision(.fractionLength(0...8)))
    }

    /// `葫芦岛、营口和大连` / `Huludao, Yingkou and Dalian`.
    public static func list(_ items: [String], in language: Language) -> String {
        items.formatted(.list(type: .and).locale(locale(language)))
    }

    /// Sorts names the way the language's readers expect (pinyin order for Chinese).
    public static func sorted<T>(_ items: [T], by name: (T) -> String, in language: Language) -> [T] {
        let l = locale(language)
        return items.sorted { name($0).compare(name($1), locale: l) == .orderedAscending }
    }
}
