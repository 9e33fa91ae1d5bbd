// Chart layout and SVG output: golden files per type (regenerate with
// UPDATE_GOLDEN=1 after an intended change, and look at them), and properties
// that must hold for any data: labels never overlap, SVG is well-formed,
// every mark is a labelled link.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReportSite

enum ChartFixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let zh = Language(code: "zh", isDefault: true)
    static let en = Language(code: "en", isDefault: false)

    /// The theme and config of the minimal fixture, with entities and metrics made up here.
    static let base: Site = {
        let fixture = repo.appendingPathComponent("Tests/SiteTests/Fixtures/minimal/Content")
        return ContentLoader(contentRoot: fixture, templatesRoot: repo.appendingPathComponent("Templates")).load().site!
    }()

    static let places: [(String, String, String)] = [
        ("huludao", "葫芦岛市", "Huludao"), ("yingkou", "营口市", "Yingkou"), ("dalian", "大连市", "Dalian"),
        ("yingkou-ftz", "辽宁自贸试验区营口片区", "Yingkou Area, Liaoning Pilot Free Trade Zone"),
        ("yangjiazhangzi-edz", "杨家杖子经济开发区", "Yangjiazhangzi Economic Development Zone"),
    ]

    static func metric(_ id: String, entity: String, indicator: String = "key-projects", period: String = "2021", value: String, unit: String) -> Metric {
        let place = SourcePlace(file: "m.yaml")
        return Metric(id: id, entity: entity, source: "alpha", indicator: indicator, period: Period(period)!, value: Double(value)!, valueText: value,
                      unit: UnitTable.unit(unit)!, qualifier: nil, quote: "", verify: true, note: nil, place: place, valuePlace: place, quotePlace: place)
    }

    static func site(_ metrics: [Metric]) -> Site {
        let entities = places.map { Entity(id: $0.0, name: BilingualText(["zh": $0.1, "en": $0.2]), partOf: nil, place: SourcePlace(file: "e.yaml")) }
        let indicators = [("key-projects", "重点项目", "Key projects"), ("investment", "项目投资", "Project investment"),
                          ("online-rate", "网上办理率", "Online handling rate"), ("approval", "审批时间", "Approval time")].map {
            Indicator(id: $0.0, name: BilingualText(["zh": $0.1, "en": $0.2]), place: SourcePlace(file: "i.yaml"))
        }
        return Site(config: base.config, entities: entities, indicators: indicators, sources: base.sources, metrics: metrics, theme: base.theme)
    }

    /// One chart of each type, on data shaped like the sample's.
    static let cases: [(ChartSpec.Kind, [Metric], ChartSpec.Dimension?, ChartSpec.Dimension?, Bool)] = [
        (.bar, [metric("a", entity: "huludao", value: "464", unit: "个"), metric("b", entity: "yingkou", value: "138", unit: "个"),
                metric("c", entity: "yingkou-ftz", value: "73", unit: "个"), metric("d", entity: "yangjiazhangzi-edz", value: "-12", unit: "个")], nil, nil, false),
        (.column, [metric("a", entity: "huludao", period: "2021", value: "2143", unit: "亿元"), metric("b", entity: "huludao", period: "2023", value: "2698.7", unit: "亿元")], nil, nil, false),
        (.line, [metric("a", entity: "huludao", period: "2021", value: "18", unit: "%"), metric("b", entity: "huludao", period: "2023-Q1", value: "23.7", unit: "%"),
                 metric("c", entity: "yingkou", period: "2023-Q1", value: "20", unit: "%"), metric("d", entity: "yingkou", period: "2023", value: "10", unit: "%"),
                 metric("e", entity: "dalian", period: "2021", value: "19", unit: "%"), metric("f", entity: "dalian", period: "2023", value: "9", unit: "%")], .period, .entity, false),
        (.groupedBar, [metric("a", entity: "huludao", indicator: "online-rate", value: "63.29", unit: "%"), metric("b", entity: "dalian", indicator: "online-rate", value: "80", unit: "%"),
                       metric("c", entity: "huludao", indicator: "approval", value: "99.99", unit: "%"), metric("d", entity: "dalian", indicator: "approval", value: "50", unit: "%")], .entity, .indicator, false),
        (.stackedBar, [metric("a", entity: "yingkou", indicator: "key-projects", value: "3", unit: "个"), metric("b", entity: "yingkou", indicator: "investment", value: "96", unit: "个"),
                       metric("c", entity: "yingkou", indicator: "approval", value: "39", unit: "个"), metric("d", entity: "huludao", indicator: "key-projects", value: "20", unit: "个"),
                       metric("e", entity: "huludao", indicator: "investment", value: "30", unit: "个")], .entity, .indicator, true),
        (.progress, [metric("a", entity: "huludao", indicator: "online-rate", value: "110.83", unit: "%"), metric("b", entity: "yingkou", indicator: "online-rate", value: "75.8", unit: "%"),
                     metric("c", entity: "dalian", indicator: "online-rate", value: "100", unit: "%")], nil, nil, false),
    ]

    static func figure(_ kind: ChartSpec.Kind, _ metrics: [Metric], group: ChartSpec.Dimension?, series: ChartSpec.Dimension?, shares: Bool, language: Language) -> String? {
        let site = site(metrics)
        let spec = ChartSpec(kind: kind, title: BilingualText(["zh": "测试图表", "en": "Test chart"]), selection: .metrics(metrics.map(\.id)),
                             group: group, series: series, sort: nil, note: nil, shares: shares, place: SourcePlace(file: "r.md", line: 3))
        var diagnostics: [Diagnostic] = []
        guard let data = ChartData.resolve(spec, site: site, diagnostics: &diagnostics) else { return nil }
        return ChartFigure.render(ChartContext(data: data, language: language, site: site, id: "chart-3") { "../sources/alpha.html#m-\($0.id)" })
    }

    static func svg(of figure: String) -> String {
        String(figure[figure.range(of: "<svg")!.lowerBound..<figure.range(of: "</svg>")!.upperBound])
    }
}

@Suite struct ChartGoldenTests {
    @Test(arguments: ChartFixture.cases.map(\.0))
    func eachChartTypeMatchesItsGoldenFile(_ kind: ChartSpec.Kind) throws {
        let c = try #require(ChartFixture.cases.first { $0.0 == kind })
        for language in [ChartFixture.zh, ChartFixture.en] {
            let figure = try #require(ChartFixture.figure(kind, c.1, group: c.2, series: c.3, shares: c.4, language: language))
            let svg = ChartFixture.svg(of: figure)
            let golden = ChartFixture.repo.appendingPathComponent("Tests/ReportSiteTests/Charts/Golden/\(kind.rawValue).\(language.code).svg")
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
                try Data((svg + "\n").utf8).write(to: golden)
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(svg + "\n" == expected, "\(kind) \(language): SVG differs from \(golden.lastPathComponent); if intended, run UPDATE_GOLDEN=1 swift test and look at the files")
        }
    }
}

@Suite struct ChartPropertyTests {
    /// Text boxes of an SVG: (x from, x to, y from, y to, text), estimated like the layout does.
    static func textBoxes(_ svg: String) -> [(Double, Double, Double, Double, String)] {
        let pattern = try! Regex(#"<text class="([^"]+)" x="([-0-9.]+)" y="([-0-9.]+)"(?: text-anchor="(\w+)")?>(.*?)</text>"#)
        var boxes: [(Double, Double, Double, Double, String)] = []
        for m in svg.matches(of: pattern) {
            let cls = String(m.output[1].substring!)
            let size = cls.contains("chart-category--small") ? 11.0 : cls.contains("chart-category") ? 12 : 10
            let x = Double(m.output[2].substring!)!, y = Double(m.output[3].substring!)!
            let anchor = m.output[4].substring.map(String.init) ?? "start"
            let body = String(m.output[5].substring!)
            let lines = body.contains("<tspan") ? body.matches(of: try! Regex(#">([^<]*)</tspan>"#)).map { String($0.output[1].substring!) } : [body]
            for (i, line) in lines.enumerated() {
                let text = line.replacingOccurrences(of: "&amp;", with: "&")
                let w = TextWidth.estimate(text, fontSize: size)
                let left = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x
                let baseline = y + Double(i) * 13
                boxes.append((left, left + w, baseline - size * 0.8, baseline + size * 0.2, text))
            }
        }
        return boxes
    }

    /// Many long labels, big and small values: the stress case for every type.
    static func crowded(_ kind: ChartSpec.Kind) -> String {
        let entities = ChartFixture.places.map(\.0)
        var metrics: [Metric] = []
        for (i, entity) in entities.enumerated() {
            switch kind {
            case .line:
                for (j, period) in ["2021", "2022", "2023"].enumerated() {
                    metrics.append(ChartFixture.metric("m\(i)\(j)", entity: entity, period: period, value: String(10 + i * 3 + j), unit: "%"))
                }
            case .groupedBar, .stackedBar:
                metrics.append(ChartFixture.metric("m\(i)a", entity: entity, indicator: "key-projects", value: String(100 * (i + 1)), unit: "个"))
                metrics.append(ChartFixture.metric("m\(i)b", entity: entity, indicator: "investment", value: String(37 * (i + 2)), unit: "个"))
            case .progress:
                metrics.append(ChartFixture.metric("m\(i)", entity: entity, indicator: "online-rate", value: String(60 + i * 15), unit: "%"))
            default:
                metrics.append(ChartFixture.metric("m\(i)", entity: entity, value: String(1234 * (i + 1)), unit: "亿元"))
            }
        }
        let group: ChartSpec.Dimension? = kind == .line ? .period : [.groupedBar, .stackedBar].contains(kind) ? .entity : nil
        let series: ChartSpec.Dimension? = kind == .line ? .entity : [.groupedBar, .stackedBar].contains(kind) ? .indicator : nil
        return ChartFixture.figure(kind, metrics, group: group, series: series, shares: false, language: ChartFixture.en)!
    }

    @Test(arguments: ChartSpec.Kind.allCases)
    func labelsNeverOverlap(_ kind: ChartSpec.Kind) {
        for figure in [Self.crowded(kind), ChartFixture.cases.first { $0.0 == kind }.flatMap { ChartFixture.figure($0.0, $0.1, group: $0.2, series: $0.3, shares: $0.4, language: ChartFixture.zh) }!] {
            let boxes = Self.textBoxes(ChartFixture.svg(of: figure))
            #expect(!boxes.isEmpty)
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let a = boxes[i], b = boxes[j]
                    let overlap = a.0 < b.1 - 0.5 && b.0 < a.1 - 0.5 && a.2 < b.3 - 0.5 && b.2 < a.3 - 0.5
                    #expect(!overlap, "\(kind): “\(a.4)” overlaps “\(b.4)”")
                }
                #expect(boxes[i].0 >= -1 && boxes[i].1 <= ChartContext.width + 1, "\(kind): “\(boxes[i].4)” leaves the chart")
            }
        }
    }

    @Test(arguments: ChartSpec.Kind.allCases)
    func svgIsWellFormedWithTitleDescTableAndLinkedMarks(_ kind: ChartSpec.Kind) throws {
        let figure = Self.crowded(kind)
        let svg = ChartFixture.svg(of: figure)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(kind): \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("<title id=\"chart-3-title\">Test chart</title>"))
        #expect(svg.contains("<desc id=\"chart-3-desc\">"))
        #expect(svg.contains("role=\"img\""))
        #expect(!svg.contains(" width=\"") || svg.contains("viewBox=\"0 0 340 "))
        #expect(figure.contains("<details class=\"chart-data\">") && figure.contains("<table>"))
        let marks = svg.components(separatedBy: "<a href=\"../sources/alpha.html#m-").count - 1
        #expect(marks == ChartFixture.svg(of: figure).components(separatedBy: "aria-label=\"").count - 1)
        #expect(marks >= 5)
        // Coordinates carry at most one decimal.
        #expect(svg.matches(of: try Regex(#"="-?\d+\.\d\d"#)).isEmpty)
    }

    @Test func descriptionSaysLargestSmallestAndTrend() throws {
        let bar = try #require(ChartFixture.figure(.bar, ChartFixture.cases[0].1, group: nil, series: nil, shares: false, language: ChartFixture.en))
        #expect(bar.contains("Bar chart: Test chart. Largest: Huludao (464); smallest: Yangjiazhangzi Economic Development Zone (-12)."))
        let line = try #require(ChartFixture.figure(.line, ChartFixture.cases[2].1, group: .period, series: .entity, shares: false, language: ChartFixture.zh))
        #expect(line.contains("葫芦岛市从2021年的18%升至2023年一季度的23.7%。"))
        #expect(line.contains("营口市从2023年一季度的20%降至2023年的10%。"))
    }
}
