// FNV-1a, the one 64-bit hash the build uses for "did these bytes change"
// (output files, page inputs) and for stable ids (quote marks). Not for
// security: only to tell content apart, the same on every machine.

struct Hasher64 {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    /// One FNV-1a step with `unit` (a byte, or a Unicode scalar's value).
    @inline(__always)
    mutating func mix(_ unit: UInt64) {
        value = (value ^ unit) &* 0x100000001b3
    }

    /// A number, byte by byte.
    mutating func add(_ v: UInt64) {
        var x = v
        for _ in 0..<8 { mix(x & 0xff); x >>= 8 }
    }

    /// A string followed by a separator, so "ab" + "c" and "a" + "bc" differ.
    mutating func add(_ s: String) {
        for b in s.utf8 { mix(UInt64(b)) }
        mix(0xff)
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = Hasher64()
        for b in bytes { h.mix(UInt64(b)) }
        return h.value
    }
}
