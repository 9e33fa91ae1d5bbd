// The normal form quotes are compared in: white space and control characters
// removed (so NUL, the index's block separator, never occurs in it), full-width
// ASCII forms (digits, letters, punctuation) folded to half-width. Everything
// that searches or marks quotes uses this one function.

public enum QuoteText {
    /// The normalised scalars of `text`.
    public static func normalize(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { out.append(folded) }
        }
        return out
    }

    /// One scalar's normal form, or nil when it is white space or a control character (which comparison ignores).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        let v = scalar.value
        if v < 0x80 { return v <= 0x20 || v == 0x7F ? nil : v }
        if v < 0xA0 { return nil }  // C1 controls, NEL among them
        if v >= 0xFF01 && v <= 0xFF5E { return v - 0xFEE0 }
        // Unicode's white space outside ASCII, listed so the common case needs no property lookup.
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return nil
        default: return v
        }
    }

    public static func string(_ scalars: some Sequence<UInt32>) -> String {
        var s = ""
        for v in scalars { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
        return s
    }
}
