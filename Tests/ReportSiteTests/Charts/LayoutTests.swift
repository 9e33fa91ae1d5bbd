import Foundation
import Testing
@testable import ReportSite

@Suite struct TicksTests {
    /// Deterministic ranges of every shape: tiny, huge, negative, mixed, single values.
    static let ranges: [(Double, Double)] = {
        var out: [(Double, Double)] = [(0, 1), (0, 464), (0, 2143), (0, 110.83), (0, 0.7), (-15, 40), (-3.2, -0.4), (5, 5), (0, 0),
                                       (-7, 0), (0, 8000), (12, 13), (1e-3, 2e-3), (0, 1e12), (99, 101)]
        var seed: UInt64 = 7
        for _ in 0..<300 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let a = Double(Int64(bitPattern: seed >> 11) % 100_000) / 100 * (seed % 3 == 0 ? 100 : 1)
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let b = Double(Int64(bitPattern: seed >> 11) % 100_000) / 100
            out.append((min(a, b), max(a, b)))
        }
        return out
    }()

    @Test(arguments: ranges)
    func ticksCoverTheDataEvenlyWithThreeToEight(min: Double, max: Double) {
        let ticks = Ticks.nice(min: min, max: max)
        #expect((3...8).contains(ticks.values.count), "\(min)…\(max): \(ticks.values)")
        #expect(ticks.lower <= min + 1e-9 && ticks.upper >= max - 1e-9, "\(min)…\(max): \(ticks.values)")
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(abs((b - a) - ticks.step) <= 1e-9 * Swift.max(1, abs(ticks.step)), "\(ticks.values)")
        }
    }

    @Test(arguments: [((0.0, 464.0), [0.0, 100, 200, 300, 400, 500]), ((0, 110.83), [0, 30, 60, 90, 120]), ((0, 1), [0, 0.25, 0.5, 0.75, 1]), ((0, 8000), [0, 2000, 4000, 6000, 8000])])
    func familiarRangesGetFamiliarTicks(range: (Double, Double), expected: [Double]) {
        #expect(Ticks.nice(min: range.0, max: range.1).values == expected)
    }

    @Test func stepsAreNiceNumbers() {
        for (lo, hi) in Self.ranges {
            let step = Ticks.nice(min: lo, max: hi).step
            let mantissa = step / pow(10, floor(log10(step)))
            #expect([1, 2, 2.5, 3, 4, 5].contains { abs($0 - mantissa) < 1e-6 } || abs(mantissa - 10) < 1e-6, "\(lo)…\(hi): step \(step) \(Ticks.nice(min: lo, max: hi).values)")
        }
    }
}

@Suite struct TextWidthTests {
    @Test func chineseIsWiderThanLatin() {
        #expect(TextWidth.estimate("葫芦岛市", fontSize: 10) == 40)
        #expect(TextWidth.estimate("Huludao", fontSize: 10) < 45)
    }

    @Test(arguments: ["辽宁自贸试验区营口片区", "Yingkou Area, Liaoning Pilot Free Trade Zone", "葫芦岛市", "Yangjiazhangzi Economic Development Zone", "重点项目总投资(亿元)"])
    func wrappedLinesFitTheirWidth(_ label: String) {
        let lines = TextWidth.wrap(label, width: 90, fontSize: 12, maxLines: 2)
        #expect(lines.count <= 2)
        for line in lines { #expect(TextWidth.estimate(line, fontSize: 12) <= 90, "\(lines)") }
        if TextWidth.estimate(label, fontSize: 12) <= 90 { #expect(lines == [label]) }
    }

    @Test func textThatDoesNotFitEndsInAnEllipsis() {
        let lines = TextWidth.wrap("Yangjiazhangzi Economic Development Zone", width: 70, fontSize: 12, maxLines: 2)
        #expect(lines.last?.hasSuffix("…") == true, "\(lines)")
        #expect(TextWidth.wrap("葫芦岛市", width: 200, fontSize: 12) == ["葫芦岛市"])
    }
}
