// Pairs the blocks of an original and its translation into rows for the
// parallel-text page. Top-level blocks are grouped so that each row holds the
// same citable blocks on both sides (a list of four items beside a list of four
// items); the alignment check has already proved the citable blocks match.

struct ParallelRow {
    var original: [Block]
    var translation: [Block]
    /// The id of the row's first citable block in the original, if any.
    var id: String?
}

enum ParallelText {
    static func rows(original: [Block], translation: [Block]) -> [ParallelRow] {
        var rows: [ParallelRow] = []
        var i = 0, j = 0
        while i < original.count || j < translation.count {
            var left: [Block] = [], right: [Block] = []
            var leftCount = 0, rightCount = 0
            // Take at least one block from each side, then more from the side behind until the counts meet.
            if i < original.count { left.append(original[i]); leftCount += citableCount(original[i]); i += 1 }
            if j < translation.count { right.append(translation[j]); rightCount += citableCount(translation[j]); j += 1 }
            while leftCount != rightCount {
                if leftCount < rightCount, i < original.count {
                    left.append(original[i]); leftCount += citableCount(original[i]); i += 1
                } else if rightCount < leftCount, j < translation.count {
                    right.append(translation[j]); rightCount += citableCount(translation[j]); j += 1
                } else {
                    break
                }
            }
            rows.append(ParallelRow(original: left, translation: right, id: left.lazy.compactMap(firstID).first))
        }
        return rows
    }

    static func citableCount(_ block: Block) -> Int {
        switch block.kind {
        case .list(let list): return list.items.count
        case .paragraph, .heading, .blockQuote, .table: return block.id == nil ? 0 : 1
        default: return 0
        }
    }

    static func firstID(_ block: Block) -> String? {
        if case .list(let list) = block.kind { return list.items.first?.id }
        return block.id
    }
}
