// "Nice" axis ticks by the extended Wilkinson algorithm (Talbot, Lin &
// Hanrahan, "An Extension of Wilkinson's Algorithm for Positioning Tick
// Labels on Axes", InfoVis 2010): a search over step multiples (1, 5, 2, 2.5,
// 4, 3 × a power of ten) scored for simplicity, coverage and density, pruned
// by upper bounds. We keep only labelings that cover the data and have 3–8
// ticks, and do not skip multiples (the paper's j > 1), which gives steps like
// 8 or 0.8 that readers find odd: every step is 1, 2, 2.5, 3, 4 or 5 × 10ⁿ.
import Foundation

public struct Ticks: Sendable, Equatable {
    public var values: [Double]
    public var step: Double
    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 0 }

    static let steps: [Double] = [1, 5, 2, 2.5, 4, 3]
    static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// Ticks covering `[min, max]`, about `target` of them (always 3–8).
    public static func nice(min dmin: Double, max dmax: Double, target m: Int = 5) -> Ticks {
        var lo = dmin, hi = dmax
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 {
            // A single value: widen around it (from zero when it is positive, as bars start at zero).
            if lo == 0 { hi = 1 } else if lo > 0 { lo = 0 } else { hi = 0 }
        }
        var best: (score: Double, lmin: Double, step: Double, k: Int)? = nil
        let w = weights
        let n = Double(steps.count)
        var j = 1.0
        outer: while j <= 1 {
            for (index, q) in steps.enumerated() {
                let simplicityMax = 1 - Double(index) / (n - 1) - j + 1
                if let b = best, w.simplicity * simplicityMax + w.coverage + w.density + w.legibility < b.score { break outer }
                var k = 2
                while k < 30 {
                    let densityMax = k >= m ? 2 - Double(k - 1) / Double(m - 1) : 1
                    if let b = best, w.simplicity * simplicityMax + w.coverage + w.density * densityMax + w.legibility < b.score { break }
                    let delta = (hi - lo) / Double(k + 1) / j / q
                    var z = ceil(log10(delta))
                    while z < 400 {
                        let step = j * q * pow(10, z)
                        let coverageMax = Self.coverageMax(lo, hi, step * Double(k - 1))
                        if let b = best, w.simplicity * simplicityMax + w.coverage * coverageMax + w.density * densityMax + w.legibility < b.score { break }
                        let minStart = floor(hi / step) * j - Double(k - 1) * j
                        let maxStart = ceil(lo / step) * j
                        if minStart <= maxStart {
                            var start = minStart
                            while start <= maxStart {
                                let lmin = start * (step / j)
                                let lmax = lmin + step * Double(k - 1)
                                // Only labelings that cover the data, with 3 to 8 ticks.
                                if lmin <= lo + 1e-9 * abs(step), lmax >= hi - 1e-9 * abs(step), (3...8).contains(k) {
                                    let s = simplicity(index, n, j, lmin, lmax, step)
                                    let c = coverage(lo, hi, lmin, lmax)
                                    let g = density(k, m, lo, hi, lmin, lmax)
                                    let score = w.simplicity * s + w.coverage * c + w.density * g + w.legibility
                                    if best == nil || score > best!.score { best = (score, lmin, step, k) }
                                }
                                start += 1
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let b = best else { return Ticks(values: [lo, (lo + hi) / 2, hi], step: (hi - lo) / 2) }
        let values = (0..<b.k).map { clean(b.lmin + Double($0) * b.step, step: b.step) }
        return Ticks(values: values, step: b.step)
    }

    /// Removes floating-point noise (0.30000000000000004 → 0.3) at the step's precision.
    static func clean(_ v: Double, step: Double) -> Double {
        let digits = max(0, -Int(floor(log10(abs(step)))) + 2)
        let f = pow(10, Double(digits))
        let r = (v * f).rounded() / f
        return r == 0 ? 0 : r
    }

    static func simplicity(_ index: Int, _ n: Double, _ j: Double, _ lmin: Double, _ lmax: Double, _ step: Double) -> Double {
        let eps = 1e-10
        let remainder = lmin.truncatingRemainder(dividingBy: step)
        let zeroIsTick = (abs(remainder) < eps || step - abs(remainder) < eps) && lmin <= 0 && lmax >= 0
        return 1 - Double(index) / (n - 1) - j + (zeroIsTick ? 1 : 0)
    }

    static func coverage(_ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(0.1 * range, 2)
    }

    static func coverageMax(_ dmin: Double, _ dmax: Double, _ span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(0.1 * range, 2)
    }

    static func density(_ k: Int, _ m: Int, _ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let r = Double(k - 1) / (lmax - lmin)
        let rt = Double(m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }
}

/// Maps data values onto a pixel range, linearly.
public struct LinearScale: Sendable {
    public var domain: (Double, Double)
    public var range: (Double, Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public func callAsFunction(_ v: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return range.0 }
        return range.0 + (v - domain.0) / span * (range.1 - range.0)
    }
}
