import Foundation
import JourneyAnalysis
import JourneyModel
@testable import SiteRenderer
import Testing

/// Each chart kind drawn for a fixed journey and compared byte for byte with a file in `Golden/`.
/// After an intended change, regenerate them with `UPDATE_GOLDEN=1 swift test --filter GoldenChartTests`
/// and look at the new files in a browser before committing them.
@Suite("Golden SVG files")
struct GoldenChartTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// A journey that exercises every feature of the charts.
    static let analysis: SiteAnalysis = {
        let personas = [Persona(slug: "ann", name: "Ann", color: "#c2410c"), Persona(slug: "bob", name: "Bob & Co")]
        let current = Journey(slug: "now", title: "Ordering", personas: ["ann", "bob"], stages: [
            Stage(number: 1, slug: "see", name: "Awareness", emotions: ["ann": 1, "bob": 0.5],
                  touchpoints: [Touchpoint(name: "Post", channel: "social", emotion: 1.5), Touchpoint(name: "Friend", channel: "offline")],
                  opportunities: [Opportunity(text: "Show prices", impact: .high, effort: .low, owner: "Marketing")],
                  metrics: Metrics(visitors: 10000), evidence: .survey),
            Stage(number: 2, slug: "pay", name: "Purchase", emotions: ["ann": -1.5, "bob": -1],
                  touchpoints: [Touchpoint(name: "Checkout", channel: "website", emotion: -1.5)],
                  steps: [Step(name: "Basket", score: 0), Step(name: "Fees", score: -2)],
                  painPoints: [PainPoint(text: "Hidden fees", severity: .high), PainPoint(text: "Account <required>", severity: .medium)],
                  opportunities: [Opportunity(text: "Guest checkout", impact: .medium, effort: .medium),
                                  Opportunity(text: "Rebuild the shop", impact: .high, effort: .high)],
                  metrics: Metrics(visitors: 2500), evidence: .assumption),
            Stage(number: 3, slug: "get", name: "Pickup", emotions: ["ann": -2],
                  touchpoints: [Touchpoint(name: "Counter", channel: "shop", emotion: -2), Touchpoint(name: "SMS", channel: "sms")],
                  painPoints: [PainPoint(text: "Queue", severity: .high)],
                  opportunities: [Opportunity(text: "Lockers", impact: .low, effort: .high)],
                  metrics: Metrics(visitors: 2000)),
            Stage(number: 4, slug: "again", name: "Loyalty", emotion: 0.5, metrics: Metrics(visitors: 600)),
        ])
        let future = Journey(slug: "next", title: "Ordering (target)", personas: ["ann"], state: .future, compares: "now", stages: [
            Stage(number: 1, slug: "see", name: "Awareness", emotion: 1.5),
            Stage(number: 2, slug: "pay", name: "Purchase", emotion: 1),
            Stage(number: 3, slug: "get", name: "Pickup", emotion: 1),
        ])
        return SiteAnalysis(content: SiteContent(site: Site(title: "Golden"), personas: personas, journeys: [current, future]))
    }()

    static func render(_ chart: JourneyChart, journey: String) -> String {
        let item = analysis.journey(journey)!
        return chart.standalone(item, in: analysis, words: .builtin, style: ".chart{}") ?? ""
    }

    @Test(arguments: [(JourneyChart.emotionCurve, "now"), (.emotionCurve, "next"), (.opportunities, "now"),
                      (.funnel, "now"), (.touchpoints, "now")])
    func matchesTheGoldenFile(chart: JourneyChart, journey: String) throws {
        let svg = Self.render(chart, journey: journey)
        let file = Self.folder.appendingPathComponent("\(chart.rawValue)-\(journey).svg")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: file)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == golden, "\(file.lastPathComponent) differs; regenerate with UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func chartsWithNothingToDrawAreLeftOut() {
        let item = Self.analysis.journey("next")!
        #expect(JourneyChart.funnel.standalone(item, in: Self.analysis, words: .builtin, style: "") == nil)
        #expect(JourneyChart.opportunities.standalone(item, in: Self.analysis, words: .builtin, style: "") == nil)
        #expect(JourneyChart.touchpoints.standalone(item, in: Self.analysis, words: .builtin, style: "") == nil)
    }

    @Test func keyFiguresOfSeveralPersonasSayTheyAreOfTheMeanOfTheirLines() {
        let page = PageContext(analysis: Self.analysis, words: .builtin, path: "journeys/now/index.html", language: "en")
        let labels = page.summaryValues(Self.analysis.journey("now")!).map(\.label)
        #expect(labels.contains("Lowest point (mean of the personas)"))
        #expect(labels.contains("Stages backed by research"))
        #expect(page.summaryValues(Self.analysis.journey("next")!).map(\.label).contains("Lowest point"))
    }

    @Test func findingsStateTheMainResultInWords() {
        let svg = Self.render(.emotionCurve, journey: "now")
        // Ann's and Bob's lines both bottom out at Pickup, stated once; their peaks and biggest
        // drops differ, so those are stated for each of them, not for the mean of their lines.
        #expect(svg.contains("Lowest point: Pickup, −2. "
            + "Highest point: Awareness for Ann (+1); Awareness for Bob &amp; Co (+0.5). "
            + "Biggest drop: Awareness → Purchase for Ann (−2.5); Awareness → Purchase for Bob &amp; Co (−1.5)."))
        #expect(Self.render(.emotionCurve, journey: "next").contains("Lowest point: Purchase, +1. Highest point: Awareness, +1.5."))
        #expect(Self.render(.funnel, journey: "now").contains("End to end: 6%. Biggest drop-off: Awareness → Purchase, 25% go on (7,500 customers lost)."))
        #expect(Self.render(.opportunities, journey: "now").contains("Quick win: 1, Big bet: 1, Fill-in: 1, Money pit: 1. Top priority: Show prices."))
        #expect(Self.render(.touchpoints, journey: "now").contains("Weakest channel: shop (−2). Strongest channel: social (+1.5)."))
    }
}
