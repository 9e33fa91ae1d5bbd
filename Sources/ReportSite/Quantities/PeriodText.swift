// Writes a period the way each language does: `2023年上半年` / `H1 2023`.
import Foundation

public enum PeriodText {
    public static func format(_ period: Period, in language: Language) -> String {
        let zh = language.isCJK
        switch period.kind {
        case .year(let y): return zh ? "\(y)年" : "\(y)"
        case .half(let y, let h): return zh ? "\(y)年\(h == 1 ? "上" : "下")半年" : "H\(h) \(y)"
        case .quarter(let y, let q): return zh ? "\(y)年\(["一", "二", "三", "四"][q - 1])季度" : "Q\(q) \(y)"
        case .month(let y, let m):
            guard let date = PartialDate(String(format: "%04d-%02d", y, m)) else { return period.description }
            return DateText.format(date, in: language)
        case .span(let a, let b): return zh ? "\(a)—\(b)年" : "\(a)–\(b)"
        }
    }
}
