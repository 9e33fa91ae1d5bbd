// An index from every 3-scalar gram of a text to the places it occurs, built
// in two passes over one flat array (count, then fill) with open addressing:
// no allocation per gram, so millions of grams index in milliseconds.

struct GramTable: Sendable {
    private var keys: [UInt64]      // 0 marks an empty slot (no real gram is 0: scalars are non-zero)
    private var starts: [Int32]     // per slot: where its positions begin in `positions`
    private var counts: [Int32]
    private var positions: [Int32]
    private let mask: Int

    /// Indexes every gram of `text` (grams containing 0, the block separator, are skipped).
    init(_ text: [UInt32]) {
        let total = max(0, text.count - 2)
        var capacity = 16
        while capacity < total * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var counts = [Int32](repeating: 0, count: capacity)
        var starts = [Int32](repeating: 0, count: capacity)
        var slotOf = [Int32](repeating: -1, count: total)
        text.withUnsafeBufferPointer { t in
            for i in 0..<total {
                guard let key = GramTable.key(t, i) else { continue }
                var slot = GramTable.hash(key) & mask
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                counts[slot] += 1
                slotOf[i] = Int32(slot)
            }
        }
        var running: Int32 = 0
        for slot in 0..<capacity {
            starts[slot] = running
            running += counts[slot]
        }
        var positions = [Int32](repeating: 0, count: Int(running))
        var filled = [Int32](repeating: 0, count: capacity)
        for i in 0..<total where slotOf[i] >= 0 {
            let slot = Int(slotOf[i])
            positions[Int(starts[slot] + filled[slot])] = Int32(i)
            filled[slot] += 1
        }
        self.mask = mask
        self.keys = keys
        self.counts = counts
        self.starts = starts
        self.positions = positions
    }

    @inline(__always)
    static func key(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> UInt64? {
        let a = s[i], b = s[i + 1], c = s[i + 2]
        if a == 0 || b == 0 || c == 0 { return nil }
        return UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        var z = key &* 0x9E3779B97F4A7C15
        z ^= z >> 29
        return Int(truncatingIfNeeded: z)
    }

    /// The positions of a gram, in increasing order.
    func positions(of key: UInt64) -> ArraySlice<Int32> {
        var slot = GramTable.hash(key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                let start = Int(starts[slot])
                return positions[start..<(start + Int(counts[slot]))]
            }
            slot = (slot + 1) & mask
        }
        return []
    }
}
