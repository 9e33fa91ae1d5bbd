// The normal form quotes are compared in: white space removed, full-width
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

    /// One scalar's normal form, or nil when it is white space (which comparison ignores).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        let v = scalar.value
        if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 || v == 0xA0 || v == 0x0C { return nil }
        if (0xFF01...0xFF5E).contains(v) { return v - 0xFEE0 }
        if scalar.properties.isWhitespace { return nil }
        return v
    }

    public static func string(_ scalars: some Sequence<UInt32>) -> String {
        var s = ""
        for v in scalars { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
        return s
    }
}
