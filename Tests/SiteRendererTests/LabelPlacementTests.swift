import Foundation
@testable import SiteRenderer
import Testing
import TestSupport

@Suite("Placing chart labels")
struct LabelPlacementTests {
    private let point = ChartPoint(x: 100, y: 100)

    private func label(_ text: String = "n=12") -> ChartLabel {
        ChartLabel(text, style: .answers, at: LabelSpot(x: 0, y: 0))
    }

    @Test func everyLabelStyleHasTheFontChartsCSSGivesItsClass() throws {
        let css = try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/assets/charts.css"), encoding: .utf8)
        for style in LabelStyle.allCases {
            let rule = ".chart .\(style.rawValue) { font-size: \(Int(style.fontSize))px;\(style.isBold ? " font-weight: 700;" : "") }"
            #expect(css.contains(rule), "charts.css should have \(rule)")
        }
    }

    @Test func aLabelTakesItsFirstFreeSpot() {
        var placement = LabelPlacement(width: 300, height: 200)
        let spots = LabelSpot.around(point, radius: 6, style: .answers)
        let placed = placement.place(label(), spots: spots, meaning: "n = 12")
        #expect(placed?.label.spot == spots[0])
        #expect(placed?.leader == nil)
    }

    @Test func aLabelKeepsOffLinesAndLabelsItDoesNotDescribe() {
        var placement = LabelPlacement(width: 300, height: 200)
        let spots = LabelSpot.around(point, radius: 6, style: .answers)
        placement.mark(.segment(ChartPoint(x: 60, y: 88), ChartPoint(x: 140, y: 88)), subject: "series-2")
        placement.fix(label("Lowest point").moved(to: spots[1]))
        let placed = placement.place(label(), spots: spots, subject: "series-1", meaning: "n = 12")
        // Over and at the top corners it would cross the other line, under it would cover the other label.
        #expect(placed?.label.spot == spots[6])
    }

    @Test func aLabelMaySitOnTheLineItDescribesWhenNothingElseIsFree() {
        var placement = LabelPlacement(width: 300, height: 200)
        let spot = LabelSpot(x: 100, y: 90, anchor: .middle)
        placement.mark(.segment(ChartPoint(x: 60, y: 88), ChartPoint(x: 140, y: 88)), subject: "series-1")
        #expect(placement.place(label(), spots: [spot], subject: "series-1", meaning: "n = 12")?.label.spot == spot)
        #expect(placement.place(label(), spots: [spot.moved(y: 150)], subject: "series-2", meaning: "n = 9")?.label.spot == spot.moved(y: 150))
    }

    @Test func aLabelWithNoFreeSpotGoesFurtherOutOnALeaderLine() throws {
        var placement = LabelPlacement(width: 300, height: 200)
        let spot = LabelSpot(x: 100, y: 95, anchor: .middle)
        placement.fix(label("Biggest drop").moved(to: spot))
        let result = placement.place(label(), spots: [spot], target: point, meaning: "n = 12")
        let placed = try #require(result)
        let leader = try #require(placed.leader)
        #expect(placed.label.box.nearest(to: leader.to) == leader.to)
        #expect(placed.svg.hasPrefix("<line class=\"leader\""))
        #expect(placement.leftOut.isEmpty)
    }

    @Test func aLabelWithNoRoomIsLeftOutAndSaysWhat() {
        var placement = LabelPlacement(width: 40, height: 20)
        #expect(placement.place(label("Lowest point −1.8"), spots: [LabelSpot(x: 2, y: 14)], target: point, meaning: "Lowest point: −1.8") == nil)
        #expect(placement.leftOut == ["Lowest point: −1.8"])
        let strings = InterfaceWords.builtin.strings(language: "en")
        #expect(strings.chartDescription("Lowest point: B.", leftOut: placement.leftOut)
            == "Lowest point: B. Left out of the chart for lack of room: Lowest point: −1.8.")
    }

    @Test func aLongNameWrapsAndALongWordBreaksBetweenSyllablesNeverCut() {
        #expect(LineBreaking.lines("Sensibilisation", width: 80, style: .stageHead) == ["Sensibilisa-", "tion"])
        #expect(LineBreaking.lines("Recommandation", width: 88, style: .stageHead) == ["Recomman-", "dation"])
        #expect(LineBreaking.lines("Post-purchase", width: 60, style: .stageHead) == ["Post-", "purchase"])
        #expect(LineBreaking.lines("Waiting for the courier", width: 90, style: .stageHead) == ["Waiting for", "the courier"])
        let word = "Customerrelationshipmanagementplatformmigration"
        let lines = LineBreaking.lines(word, width: 60, style: .stageHead)
        #expect(lines.allSatisfy { LabelStyle.stageHead.width(of: $0) <= 60 })
        #expect(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == word)
    }
}

private extension LabelSpot {
    func moved(y: Double) -> LabelSpot { LabelSpot(x: x, y: y, anchor: anchor) }
}
