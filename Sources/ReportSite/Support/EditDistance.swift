// Levenshtein distance, for "did you mean" suggestions.

public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// "unknown metric 'x'; did you mean 'y'?": the message every unknown name gets.
    /// `context` follows the name (" in chart"); `otherwise` replaces the suggestion when none is close.
    public static func unknown(_ what: String, _ word: String, among candidates: [String], context: String = "", otherwise: String = "") -> String {
        "unknown \(what) '\(word)'\(context)" + (nearest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? otherwise)
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, between(word, $0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best = scored.first else { return nil }
        return best.1 <= max(2, word.count / 2) ? best.0 : nil
    }
}
