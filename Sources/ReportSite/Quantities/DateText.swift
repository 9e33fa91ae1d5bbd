// Writes a partial date the way each language does (`2021年11月`, `November 2021`),
// through Foundation's locale data rather than hand-made patterns.
import Foundation
import Synchronization

public enum DateText {
    /// Formatting a date builds an ICU formatter, which is slow; pages repeat the same few dates.
    private static let cache = Mutex<[String: String]>([:])

    public static func format(_ date: PartialDate, in language: Language) -> String {
        let key = date.description + "." + language.code
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let text = uncachedFormat(date, in: language)
        cache.withLock { $0[key] = text }
        return text
    }

    static func uncachedFormat(_ date: PartialDate, in language: Language) -> String {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month ?? 1
        components.day = date.day ?? 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let value = calendar.date(from: components) else { return date.description }
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: language.code == "zh" ? "zh_Hans_CN" : language.code)
        formatter.setLocalizedDateFormatFromTemplate(date.day != nil ? "yMMMMd" : date.month != nil ? "yMMMM" : "y")
        return formatter.string(from: value)
    }
}
