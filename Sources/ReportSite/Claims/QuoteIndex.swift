// Finds quotes in the citable blocks of the sources. All block texts, in
// normal form, are laid end to end in one array; an index of every 3-scalar
// gram points into it. A lookup takes the quote's rarest gram and checks only
// the places it occurs, so it never scans the corpus, whatever its size.

/// Where a quote was found: the block and the quote's span in the block's normalised text.
public struct QuoteLocation: Sendable, Hashable {
    public var slug: String
    public var blockID: String
    public var blockIndex: Int
    public var range: Range<Int>
}

public enum QuoteSearch: Sendable, Equatable {
    case found(QuoteLocation)
    /// The quote occurs in several blocks (their ids).
    case ambiguous([String])
    /// Not found; the closest passage, if any resembles it.
    case notFound(QuoteSuggestion?)
    case unknownSource
}

public struct QuoteSuggestion: Sendable, Equatable {
    public var blockID: String
    public var passage: String
    public var distance: Int
}

public struct QuoteIndex: Sendable {
    public struct IndexedBlock: Sendable {
        public var slug: String
        public var id: String
        /// Where the block's normal form starts in the corpus.
        var start: Int
        var count: Int
    }

    private var corpus: [UInt32] = []
    public private(set) var blocks: [IndexedBlock] = []
    private var sourceRanges: [String: Range<Int>] = [:]  // block indices per source
    private var grams: GramTable
    static let gramLength = 3

    /// Indexes the citable blocks of the given sources.
    public init(sources: [Source]) {
        var corpus: [UInt32] = []
        var blocks: [IndexedBlock] = []
        var sourceRanges: [String: Range<Int>] = [:]
        for source in sources {
            let first = blocks.count
            for block in source.citable {
                let text = QuoteText.normalize(block.text)
                blocks.append(IndexedBlock(slug: source.slug, id: block.id, start: corpus.count, count: text.count))
                corpus += text
                corpus.append(0)  // a separator no quote contains: matches never run across blocks
            }
            sourceRanges[source.slug] = first..<blocks.count
        }
        self.corpus = corpus
        self.blocks = blocks
        self.sourceRanges = sourceRanges
        grams = GramTable(corpus)
    }

    @inline(__always)
    static func gram(_ s: [UInt32], at i: Int) -> UInt64? {
        let a = s[i], b = s[i + 1], c = s[i + 2]
        if a == 0 || b == 0 || c == 0 { return nil }
        return UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
    }

    /// The normalised text of a block.
    public func text(ofBlock index: Int) -> ArraySlice<UInt32> {
        let b = blocks[index]
        return corpus[b.start..<(b.start + b.count)]
    }

    public func hasSource(_ slug: String) -> Bool { sourceRanges[slug] != nil }

    /// Looks `quote` up in the source `slug`.
    public func find(_ quote: String, in slug: String) -> QuoteSearch {
        guard let range = sourceRanges[slug] else { return .unknownSource }
        let q = QuoteText.normalize(quote)
        guard !q.isEmpty else { return .notFound(nil) }
        var hits: [(block: Int, offset: Int)] = []
        if q.count >= Self.gramLength {
            // The rarest gram of the quote bounds the work.
            var best: ArraySlice<Int32>? = nil, bestOffset = 0
            for i in 0...(q.count - Self.gramLength) {
                guard let key = Self.gram(q, at: i) else { continue }
                let postings = grams.positions(of: key)
                if best == nil || postings.count < best!.count { best = postings; bestOffset = i }
                if postings.isEmpty { break }
            }
            let lower = range.isEmpty ? 0 : blocks[range.lowerBound].start
            let upper = range.isEmpty ? 0 : blocks[range.upperBound - 1].start + blocks[range.upperBound - 1].count
            for p in best ?? [] {
                let start = Int(p) - bestOffset
                guard start >= lower, start + q.count <= upper, matches(q, at: start) else { continue }
                hits.append((blockIndex(at: start, in: range), start))
            }
        } else {
            for index in range {
                let b = blocks[index]
                var i = b.start
                while i + q.count <= b.start + b.count {
                    if matches(q, at: i) { hits.append((index, i)) }
                    i += 1
                }
            }
        }
        let distinct = Array(Set(hits.map(\.block))).sorted()
        if distinct.count > 1 { return .ambiguous(distinct.map { blocks[$0].id }) }
        if let first = hits.min(by: { $0.offset < $1.offset }) {
            let b = blocks[first.block]
            let offset = first.offset - b.start
            return .found(QuoteLocation(slug: slug, blockID: b.id, blockIndex: first.block, range: offset..<(offset + q.count)))
        }
        return .notFound(suggestion(for: q, in: range))
    }

    private func matches(_ q: [UInt32], at start: Int) -> Bool {
        for k in 0..<q.count where corpus[start + k] != q[k] { return false }
        return true
    }

    private func blockIndex(at position: Int, in range: Range<Int>) -> Int {
        var lo = range.lowerBound, hi = range.upperBound - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if blocks[mid].start <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The closest passage: blocks sharing the most grams with the quote are
    /// compared by edit distance to their best-matching substring.
    private func suggestion(for q: [UInt32], in range: Range<Int>) -> QuoteSuggestion? {
        guard !range.isEmpty else { return nil }  // a source with no citable block (only code, say)
        var votes: [Int: Int] = [:]
        if q.count >= Self.gramLength {
            for i in 0...(q.count - Self.gramLength) {
                guard let key = Self.gram(q, at: i) else { continue }
                let postings = grams.positions(of: key)
                let lower = blocks[range.lowerBound].start
                let upper = blocks[range.upperBound - 1].start + blocks[range.upperBound - 1].count
                var seen = Set<Int>()
                for p in postings where Int(p) >= lower && Int(p) < upper {
                    let block = blockIndex(at: Int(p), in: range)
                    if seen.insert(block).inserted { votes[block, default: 0] += 1 }
                }
            }
        }
        let candidates = votes.isEmpty ? Array(range.prefix(200))
            : votes.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(5).map(\.key)
        var best: QuoteSuggestion?
        for index in candidates {
            let text = Array(text(ofBlock: index))
            guard !text.isEmpty else { continue }
            let (distance, span) = ApproximateMatch.bestSubstring(of: text, matching: q)
            if best == nil || distance < best!.distance {
                best = QuoteSuggestion(blockID: blocks[index].id, passage: QuoteText.string(text[span]), distance: distance)
            }
        }
        guard let best, best.distance <= max(3, q.count / 2) else { return nil }
        return best
    }
}

/// Semi-global edit distance (Sellers): the substring of a text closest to a pattern.
enum ApproximateMatch {
    static func bestSubstring(of text: [UInt32], matching pattern: [UInt32]) -> (distance: Int, range: Range<Int>) {
        let (distance, end) = bestEnd(text, pattern)
        // The start is where the same alignment begins: run the DP on both reversed.
        let prefix = Array(text[..<end].reversed())
        let (_, reversedEnd) = bestEnd(prefix, Array(pattern.reversed()))
        return (distance, (end - reversedEnd)..<end)
    }

    /// Minimum edits turning `pattern` into some substring of `text` ending at the returned index.
    private static func bestEnd(_ text: [UInt32], _ pattern: [UInt32]) -> (Int, Int) {
        var column = Array(0...pattern.count)
        var best = (pattern.count, 0)
        for (j, c) in text.enumerated() {
            var diagonal = column[0]
            column[0] = 0
            for i in 1...max(1, pattern.count) where i <= pattern.count {
                let substitution = diagonal + (pattern[i - 1] == c ? 0 : 1)
                diagonal = column[i]
                column[i] = min(substitution, column[i] + 1, column[i - 1] + 1)
            }
            if column[pattern.count] < best.0 { best = (column[pattern.count], j + 1) }
        }
        return best
    }
}
