import JourneyModel
@testable import SiteRenderer
import Testing

@Suite("Emotion curve and sparkline SVG")
struct ChartTests {
    private func chart(_ values: [Double?], names: [String] = ["A", "B", "C"]) -> EmotionCurveChart {
        EmotionCurveChart(id: "c", columns: names.map { EmotionCurveChart.Column(name: $0) },
                          series: [.init(name: "Ann <admin>", color: "#c2410c", values: values)],
                          scale: EmotionScale(), strings: InterfaceWords.builtin.strings(language: "en"), format: NumberFormat(language: "en"),
                          finding: "Lowest point: B")
    }

    @Test func pointsSitAtTheCentreOfTheirStageColumn() {
        let svg = chart([2, -2, 0]).svg()
        // Columns are 160 wide: centres at 80, 240, 400. The scale −2…2 spans y 40…230.
        #expect(svg.contains("<circle cx=\"80\" cy=\"40\""))
        #expect(svg.contains("<circle cx=\"240\" cy=\"230\""))
        #expect(svg.contains("<circle cx=\"400\" cy=\"135\""))
        #expect(svg.contains("viewBox=\"0 0 480 266\""))
    }

    @Test func theLineBreaksWhereAStageHasNoScore() {
        let svg = chart([1, nil, 1, 0], names: ["A", "B", "C", "D"]).svg()
        #expect(!svg.contains("M80"))
        #expect(svg.contains("<path d=\"M400 87.5 C453.3 103.3 506.7 119.2 560 135\"/>"))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
    }

    @Test func isAccessibleAndEscaped() {
        let svg = chart([1, 0, -1]).svg()
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\"c-title\">Emotion curve</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">Lowest point: B</desc>"))
        #expect(svg.contains("Ann &lt;admin&gt;: +1 — Pleased"))
        #expect(!svg.contains("<admin>"))
        #expect(svg.contains("style=\"--series-color: #c2410c\""))
    }

    @Test func sameInputSameBytes() {
        #expect(chart([1, -0.5, 2]).svg() == chart([1, -0.5, 2]).svg())
    }

    @Test func theLegendNamesOnlyTheMarksTheChartDraws() {
        #expect(chart([1, 0, -1]).svg().components(separatedBy: "class=\"legend-entry\"").count - 1 == 1)
        var marked = chart([1, 0, -1])
        marked.columns[1].isAssumption = true
        marked.columns[2].painPoints = [PainPoint(text: "Queue", severity: .high)]
        marked.series[0].answers = [nil, .init(low: -0.5, high: 0.5, count: 3, isThin: true), nil]
        marked.series.append(.init(name: "Ordering (target)", color: nil, values: [2, 2, 2], isCompared: true))
        let entries = SVGLabels(marked.svg()).lines.filter { $0.label.style == .legendEntry }.map(\.label.text)
        #expect(entries == ["Ann <admin>", "Ordering (target) (compared journey)", "Stage resting on assumption",
                            "Survey point with fewer than 5 answers", "95% confidence interval", "Pain point, high severity"])
        let french = EmotionCurveChart(id: "c", columns: marked.columns, series: marked.series, scale: EmotionScale(),
                                       strings: InterfaceWords.builtin.strings(language: "fr"), format: NumberFormat(language: "fr"), finding: "")
        #expect(french.svg().contains(">Étape fondée sur une hypothèse</text>"))
    }

    @Test func heatmapHeadersWrapAndHyphenateInsteadOfBeingCut() {
        let cell = TouchpointHeatmap.Cell(count: 1, meanEmotion: 1, names: ["Flyer"])
        let svg = TouchpointHeatmap(id: "h", stages: ["Sensibilisation", "Recommandation", "Achat"], channels: ["shop"],
                                    cells: [[cell, nil, cell]], scale: EmotionScale(), strings: InterfaceWords.builtin.strings(language: "fr"),
                                    format: NumberFormat(language: "fr"), finding: "").svg()
        #expect(svg.contains("<tspan x=\"158\" y=\"20\">Sensibilisa-</tspan><tspan x=\"158\" y=\"33\">tion</tspan>"))
        #expect(svg.contains("<tspan x=\"254\" y=\"20\">Recomman-</tspan><tspan x=\"254\" y=\"33\">dation</tspan>"))
        #expect(svg.contains(">Achat</text>"))
        #expect(!svg.contains("…"))
        // The header row grows by a line: 30 + 13, then a row of 34 and the bottom margin of 4.
        #expect(svg.contains("viewBox=\"0 0 398 81\""))
    }

    @Test func aMatrixTooCrowdedForItsNumbersSaysWhichItLeavesOut() {
        let items = (1...60).map { ImpactEffortMatrix.Item(rank: $0, text: "Idea \($0)", impact: .high, effort: .low, quadrant: .quickWin) }
        let svg = ImpactEffortMatrix(id: "m", items: items, strings: InterfaceWords.builtin.strings(language: "en"), finding: "Quick win: 60.").svg()
        #expect(svg.contains("class=\"rank-small\""))
        #expect(svg.contains(">9</text>"))
        #expect(svg.contains("<desc id=\"m-desc\">Quick win: 60. Left out of the chart for lack of room: #10; #11; "))
        #expect(SVGLabels(svg).collisions.isEmpty)
    }

    @Test func funnelStageNamesWrapRatherThanLeaveTheChart() {
        let bars = [FunnelChart.Bar(stage: "Waiting for the courier with the celebration cake", visitors: 900, conversion: nil, isBiggestLoss: false),
                    FunnelChart.Bar(stage: "Pickup", visitors: 300, conversion: 1.0 / 3, isBiggestLoss: true)]
        let svg = FunnelChart(id: "f", bars: bars, strings: InterfaceWords.builtin.strings(language: "en"),
                              format: NumberFormat(language: "en"), finding: "").svg()
        #expect(svg.contains("<tspan"))
        #expect(SVGLabels(svg).collisions.isEmpty)
    }

    @Test func sparklineSpansItsWidth() {
        let svg = Sparkline(id: "s", values: [2, nil, -2], scale: EmotionScale(), title: "T", description: "D").svg()
        #expect(svg.contains("<circle cx=\"4\" cy=\"4\""))
        #expect(svg.contains("<circle cx=\"156\" cy=\"36\""))
        #expect(!svg.contains("<path"))  // the gap leaves two single points: nothing to join
    }
}
