// Finds the numbers a Chinese or English text states, with the unit that
// follows: Arabic digits (thousands separators, decimals, full-width digits),
// percentages, Chinese numerals (两, 十二, 一百二十, 三千五百, 半), mixed forms
// (1.2万, 3万多) and English multipliers (214.3 billion). A pure function.

/// One number found in a text.
public struct StatedNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as written, with 万/亿/million multipliers applied (`3万多户` → 30000).
    public var value: Double
    /// The unit written right after it, if one of the unit table.
    public var unit: Unit?
    /// Character offsets of the number and its unit in the text.
    public var range: Range<Int>
    /// A word that makes the number approximate: 多, 余, 近, 约, 超过 …
    public var approximation: String?
    /// Written with Chinese numerals (两, 十二) or English words (two) rather than digits.
    public var inWords = false

    /// The value in the base unit of its kind (`2143亿元` → 2.143e11).
    public var magnitude: Double { value * (unit?.scale ?? 1) }

    public var description: String {
        "\(value)\(unit?.zh ?? "")\(approximation.map { "(\($0))" } ?? "")"
    }
}

public enum NumberReader {
    /// All numbers in `text`, in order.
    public static func numbers(in text: String) -> [StatedNumber] {
        numbers(in: Array(text))
    }

    public static func numbers(in chars: [Character]) -> [StatedNumber] {
        var out: [StatedNumber] = []
        var i = 0
        while i < chars.count {
            if let found = arabic(chars, at: i) ?? chinese(chars, at: i) {
                out.append(found)
                i = max(found.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Arabic digits

    static func digit(_ c: Character) -> Int? {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return nil }
        if (0x30...0x39).contains(v) { return Int(v - 0x30) }
        if (0xFF10...0xFF19).contains(v) { return Int(v - 0xFF10) }
        return nil
    }

    static func isDecimalPoint(_ c: Character) -> Bool { c == "." || c == "．" }
    static func isGroupSeparator(_ c: Character) -> Bool { c == "," || c == "，" }

    static func arabic(_ chars: [Character], at start: Int) -> StatedNumber? {
        guard digit(chars[start]) != nil else { return nil }
        // A digit glued to a Latin letter or another digit run is part of a name (G7, 5G), not a quantity.
        if start > 0, digit(chars[start - 1]) != nil || isDecimalPoint(chars[start - 1]) && start > 1 && digit(chars[start - 2]) != nil { return nil }
        var i = start
        var text = ""
        while i < chars.count, let d = digit(chars[i]) {
            text.append(Character(String(d)))
            i += 1
            // A thousands separator counts only when exactly three digits follow.
            if i + 3 < chars.count + 1, i < chars.count, isGroupSeparator(chars[i]),
               (1...3).allSatisfy({ i + $0 < chars.count && digit(chars[i + $0]) != nil }),
               !(i + 4 < chars.count && digit(chars[i + 4]) != nil) {
                i += 1
            }
        }
        if i + 1 < chars.count, isDecimalPoint(chars[i]), digit(chars[i + 1]) != nil {
            text.append(".")
            i += 1
            while i < chars.count, let d = digit(chars[i]) {
                text.append(Character(String(d)))
                i += 1
            }
        }
        guard var value = Double(text) else { return nil }
        if i < chars.count, chars[i].isLetter, chars[i].isASCII, !englishMultiplierFollows(chars, at: i) {
            return nil
        }
        return finish(value: &value, chars, start: start, end: i)
    }

    // MARK: Chinese numerals

    static let chineseDigits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                                  "六": 6, "七": 7, "八": 8, "九": 9]
    static let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    static func chinese(_ chars: [Character], at start: Int) -> StatedNumber? {
        let c = chars[start]
        // 半 alone is a half when a unit follows (半小时, 半个月), but not in 上半年/下半年 (a period).
        if c == "半" {
            if start > 0, "上下前后多".contains(chars[start - 1]) { return nil }
            var value = 0.5
            let unitStart = start + 1 < chars.count && chars[start + 1] == "个" && UnitTable.unit(startingAt: start + 1, in: chars) == nil ? start + 2 : start + 1
            guard UnitTable.unit(startingAt: unitStart, in: chars) != nil else { return nil }
            var found = finish(value: &value, chars, start: start, end: unitStart)
            found.inWords = true
            return found
        }
        guard chineseDigits[c] != nil || smallUnits[c] != nil else { return nil }
        if start > 0, chars[start - 1] == "第" || chineseDigits[chars[start - 1]] != nil || smallUnits[chars[start - 1]] != nil { return nil }
        var i = start
        var total = 0.0, section = 0.0, pending: Double? = nil
        var sawAny = false
        while i < chars.count {
            let ch = chars[i]
            if let d = chineseDigits[ch] {
                pending = Double(d)
                sawAny = true
            } else if let u = smallUnits[ch] {
                section += (pending ?? 1) * Double(u)
                pending = nil
                sawAny = true
            } else if ch == "万" || ch == "亿", sawAny, UnitTable.unit(startingAt: i, in: chars) == nil {
                let m = ch == "万" ? 1e4 : 1e8
                total = (total + section + (pending ?? 0)) * m
                section = 0
                pending = nil
            } else {
                break
            }
            i += 1
        }
        guard sawAny else { return nil }
        var value = total + section + (pending ?? 0)
        // Words like 一律, 一起, 十分 are not quantities: require a unit after a Chinese numeral.
        var j = i
        if j < chars.count, "多余".contains(chars[j]) { j += 1 }
        guard UnitTable.unit(startingAt: j, in: chars) != nil else { return nil }
        var found = finish(value: &value, chars, start: start, end: i)
        found.inWords = true
        return found
    }

    // MARK: English number words

    static let englishWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5,
    ]
    static let englishScales: [String: Double] = ["hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9]
    public static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"]

    /// Numbers an English text writes in words (`two hours`, `twenty-five`, `three hundred`)
    /// and month names (`August` = 8), for checking that translations keep every number.
    public static func englishWordValues(in text: String) -> [Double] {
        var out: [Double] = []
        var current: Double? = nil
        func flush() { if let c = current { out.append(c); current = nil } }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let w = String(word)
            if let v = englishWords[w] {
                current = (current ?? 0) + v
            } else if let scale = englishScales[w], current != nil {
                current! *= scale
            } else {
                flush()
                if let month = monthNames.firstIndex(of: w) { out.append(Double(month + 1)) }
            }
        }
        flush()
        return out
    }

    // MARK: What follows the digits

    static let englishMultipliers: [(String, Double)] = [("billion", 1e9), ("million", 1e6), ("thousand", 1e3)]

    static func englishMultiplierFollows(_ chars: [Character], at i: Int) -> Bool {
        englishMultiplier(chars, at: i) != nil
    }

    static func englishMultiplier(_ chars: [Character], at i: Int) -> (Double, Int)? {
        var j = i
        while j < chars.count, chars[j] == " " { j += 1 }
        for (word, m) in englishMultipliers {
            let w = Array(word)
            if j + w.count <= chars.count, Array(chars[j..<(j + w.count)]) == w,
               j + w.count == chars.count || !chars[j + w.count].isLetter {
                return (m, j + w.count)
            }
        }
        return nil
    }

    /// Reads a multiplier (万/亿, million), 多/余, the unit, and a leading 近/约/超过.
    static func finish(value: inout Double, _ chars: [Character], start: Int, end: Int) -> StatedNumber {
        var i = end
        var approximation: String?
        var unit = UnitTable.unit(startingAt: i, in: chars)
        if unit == nil, i < chars.count, chars[i] == "万" || chars[i] == "亿" {
            value *= chars[i] == "万" ? 1e4 : 1e8
            i += 1
            if i < chars.count, "多余".contains(chars[i]) { approximation = String(chars[i]); i += 1 }
            unit = UnitTable.unit(startingAt: i, in: chars)
        } else if unit == nil, let (m, next) = englishMultiplier(chars, at: i) {
            value *= m
            i = next
        } else if unit == nil, i < chars.count, "多余".contains(chars[i]) {
            approximation = String(chars[i])
            i += 1
            unit = UnitTable.unit(startingAt: i, in: chars)
        }
        if unit == nil, i < chars.count, chars[i] == "％" { unit = UnitTable.unit("%") }
        // `2021年` is a year and `3月` a month, not durations: a calendar year or a month number before 年/月 names a date.
        if let u = unit, u.zh == "年", value == value.rounded(), (1900...2100).contains(value) { unit = nil }
        if let u = unit { i += u.zh == "%" && chars[i] == "％" ? 1 : u.zh.count }
        if approximation == nil, i < chars.count, "多余".contains(chars[i]), unit?.kind == .count || unit?.kind == .times { approximation = String(chars[i]); i += 1 }
        for word in ["超过", "接近", "近", "约", "逾", "超"] {
            let w = Array(word)
            if start >= w.count, Array(chars[(start - w.count)..<start]) == w {
                approximation = approximation ?? word
                break
            }
        }
        return StatedNumber(value: value, unit: unit, range: start..<i, approximation: approximation)
    }

    /// True when `text` states `value` in `unit`: some number in it, in a unit of
    /// the same kind, has the same magnitude.
    public static func states(_ text: String, value: Double, unit: Unit) -> Bool {
        let target = value * unit.scale
        return numbers(in: text).contains { n in
            guard let u = n.unit, u.kind == unit.kind else { return false }
            return sameMagnitude(n.magnitude, target)
        }
    }

    static func sameMagnitude(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(abs(a), abs(b)) * 1e-9
    }
}
