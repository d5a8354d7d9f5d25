import Foundation
import JourneyAnalysis
import JourneyModel
@testable import SiteRenderer
import Testing

/// Every chart of generated journeys, read back from its SVG: no two labels overlap, none leaves
/// the chart, and a label left out is stated in the chart's description.
@Suite("Chart labels never collide")
struct LabelCollisionTests {
    @Test func aHandMadeOverlapIsFound() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><text class="callout" x="20" y="40">Lowest point −1.8</text>\
            <text class="answers" x="60" y="42">n=12</text><text class="level" x="150" y="90" text-anchor="end">−2 Frustrated</text></svg>
            """
        let labels = SVGLabels(svg)
        #expect(labels.problems.isEmpty)
        #expect(labels.collisions == ["'Lowest point −1.8' overlaps 'n=12'"])
        #expect(SVGLabels(svg.replacingOccurrences(of: "y=\"42\"", with: "y=\"60\"")).collisions.isEmpty)
    }

    @Test func linesAndTurnedTextAreMeasuredWhereTheyAre() {
        let svg = """
            <svg viewBox="0 0 300 300"><text class="stage-head" x="100" y="20" text-anchor="middle"><tspan x="100" y="20">Sensibili-</tspan>\
            <tspan x="100" y="33">sation</tspan></text><text class="axis-title" x="12" y="150" text-anchor="middle" \
            transform="rotate(-90 12 150)">Impact</text><text class="tick" x="14" y="150">high</text></svg>
            """
        let labels = SVGLabels(svg)
        #expect(labels.lines.map(\.label.text) == ["Sensibili-", "sation", "Impact", "high"])
        #expect(labels.collisions == ["'Impact' overlaps 'high'"])
    }

    @Test(arguments: ChartSample.all)
    func noTwoLabelsOfAnyChartOverlap(_ sample: ChartSample) {
        let analysis = sample.analysis
        for item in analysis.journeys where item.journey.state == .current {
            let page = PageContext(analysis: analysis, words: .builtin, path: "journeys/\(item.journey.slug)/index.html",
                                   language: sample.language)
            let charts = JourneyChart.allCases.compactMap { chart in
                chart.standalone(item, in: analysis, words: .builtin, style: "").map { (chart.rawValue, $0) }
            } + item.journey.personas.map { ("curve of \($0)", page.emotionCurve(item, persona: $0)) }
            for (chart, svg) in charts {
                let labels = SVGLabels(svg)
                #expect(labels.problems.isEmpty, "\(item.journey.slug) \(chart)")
                #expect(labels.collisions.isEmpty, "\(item.journey.slug) \(chart): \(labels.collisions)")
            }
        }
    }

    /// Every survey-based point has its `n=` on the chart or in the description.
    @Test(arguments: ChartSample.all.filter { $0.scores == .sparseSurvey || $0.scores == .denseSurvey })
    func noAnswerCountIsLeftOutSilently(_ sample: ChartSample) {
        let analysis = sample.analysis
        for item in analysis.journeys where item.journey.state == .current {
            let svg = JourneyChart.emotionCurve.standalone(item, in: analysis, words: .builtin, style: "") ?? ""
            let description = svg.components(separatedBy: "<desc").dropFirst().first?.components(separatedBy: "</desc>").first ?? ""
            let points = svg.components(separatedBy: "(n = ").count - 1
            let drawn = svg.components(separatedBy: "class=\"answers\"").count - 1
            #expect(drawn + description.components(separatedBy: "n = ").count - 1 == points, "\(item.journey.slug)")
        }
    }

    @Test(arguments: [1, 3, 6], [false, true])
    func theTrendsLabelsDoNotOverlap(moments: Int, longLabels: Bool) {
        // Snapshots, waves with wide intervals, and now; every point at an end of the scale.
        let kinds: [TrendChart.Point.Kind] = [.snapshot, .wave]
        let points = (0..<moments).map { index in
            let score: Double = index.isMultiple(of: 2) ? -2 : 2
            return TrendChart.Point(kind: index == moments - 1 ? .now : kinds[index % 2],
                                    label: longLabels ? "Before the redesign of the checkout page, \(index)" : "2026-Q\(index + 1)",
                                    score: score, interval: index % 2 == 1 ? (score - 1.5)...(score + 1.5) : nil)
        }
        let svg = TrendChart(id: "t", points: points, scale: EmotionScale(), strings: InterfaceWords.builtin.strings(language: "en"),
                             format: NumberFormat(language: "en"), finding: "").svg()
        #expect(SVGLabels(svg).collisions.isEmpty)
        #expect(SVGLabels(svg).lines.count >= moments * 2)
        // The legend names each kind of mark drawn.
        #expect(svg.contains(">Snapshot (history/)</text>") == (moments > 1))
        #expect(svg.contains(">Survey wave</text>") == (moments > 2))
        #expect(svg.contains(">95% confidence interval</text>") == (moments > 2))
    }
}
