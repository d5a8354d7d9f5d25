import JourneyAnalysis
import JourneyModel
import Testing

@Suite("Journey summary: peak, lowest point, end, drops")
struct JourneySummaryTests {
    let scale = EmotionScale()

    @Test func aTypicalCurve() throws {
        // Scores 1, 0.5, -1.5, -2, 0, 1 on −2…2.
        let summary = JourneySummary(scores: [1, 0.5, -1.5, -2, 0, 1], scale: scale)
        #expect(summary.mean == -1.0 / 6.0)                       // (1 + .5 − 1.5 − 2 + 0 + 1) / 6
        #expect(summary.peak == StagePoint(index: 0, score: 1))   // first of the two 1s
        #expect(summary.lowest == StagePoint(index: 3, score: -2))
        #expect(summary.end == StagePoint(index: 5, score: 1))
        #expect(summary.peakEnd == 1)                             // (1 + 1) / 2
        #expect(summary.biggestDrop == Drop(from: 1, amount: 2))  // 0.5 → −1.5
        #expect(summary.shareAboveNeutral == 3.0 / 6.0)           // 1, 0.5, 1
    }

    @Test func oneStage() {
        let summary = JourneySummary(scores: [-1], scale: scale)
        #expect(summary.peak == StagePoint(index: 0, score: -1))
        #expect(summary.lowest == summary.peak)
        #expect(summary.end == summary.peak)
        #expect(summary.peakEnd == -1)
        #expect(summary.biggestDrop == nil)
        #expect(summary.shareAboveNeutral == 0)
    }

    @Test func noScoresAtAll() {
        let summary = JourneySummary(scores: [nil, nil], scale: scale)
        #expect(summary.mean == nil && summary.peak == nil && summary.lowest == nil && summary.end == nil)
        #expect(summary.peakEnd == nil && summary.biggestDrop == nil && summary.shareAboveNeutral == nil)
    }

    @Test func aGapInTheMiddleIsNotADrop() {
        // 2 → (no score) → −2: the stages around the gap are not consecutive.
        let summary = JourneySummary(scores: [2, nil, -2, -1], scale: scale)
        #expect(summary.biggestDrop == nil)
        #expect(summary.end == StagePoint(index: 3, score: -1))
        #expect(summary.mean == -1.0 / 3.0)
    }

    @Test func allEqualScores() {
        let summary = JourneySummary(scores: [0, 0, 0], scale: scale)
        #expect(summary.peak == StagePoint(index: 0, score: 0))
        #expect(summary.lowest == StagePoint(index: 0, score: 0))
        #expect(summary.biggestDrop == nil)
        #expect(summary.shareAboveNeutral == 0)   // neutral is not above neutral
    }

    @Test func anotherScale() {
        // On 1…5 neutral is 3.
        let summary = JourneySummary(scores: [5, 3, 4, 1], scale: EmotionScale(min: 1, max: 5, labels: [:]))
        #expect(summary.shareAboveNeutral == 0.5)
        #expect(summary.biggestDrop == Drop(from: 2, amount: 3))
        #expect(summary.peakEnd == 3)
    }

    @Test func aPersonaPresentInOnlySomeStages() {
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob"], stages: [
            Stage(number: 1, slug: "a", name: "A", emotions: ["ann": 1, "bob": -1]),
            Stage(number: 2, slug: "b", name: "B", emotions: ["ann": 2]),
            Stage(number: 3, slug: "c", name: "C", emotions: ["bob": -2]),
        ])
        let analysis = JourneyAnalysis(journey: journey, scale: scale)
        #expect(analysis.curve(for: "ann")?.values == [1, 2, nil])
        #expect(analysis.curve(for: "bob")?.values == [-1, nil, -2])
        #expect(analysis.stageScores == [0, 2, -2])
        #expect(analysis.summary.biggestDrop == Drop(from: 1, amount: 4))
    }
}

@Suite("Friction, opportunities, funnel, evidence, comparison")
struct JourneyFiguresTests {
    private let stages = [
        Stage(number: 1, slug: "a", name: "Awareness", emotion: 1,
              painPoints: [PainPoint(text: "p1", severity: .low)],
              opportunities: [Opportunity(text: "o-low-high", impact: .low, effort: .high)],
              metrics: Metrics(visitors: 10000), evidence: .survey),
        Stage(number: 2, slug: "b", name: "Décision", emotion: -1,
              painPoints: [PainPoint(text: "p2", severity: .high), PainPoint(text: "p3", severity: .medium)],
              opportunities: [Opportunity(text: "o-high-low", impact: .high, effort: .low),
                              Opportunity(text: "o-unrated")],
              metrics: Metrics(visitors: 4000), evidence: .assumption),
        Stage(number: 3, slug: "c", name: "Purchase", emotion: -2,
              painPoints: [PainPoint(text: "p4", severity: .high), PainPoint(text: "p5", severity: .high)],
              opportunities: [Opportunity(text: "o-med-med", impact: .medium, effort: .medium),
                              Opportunity(text: "o-high-high", impact: .high, effort: .high)]),
        Stage(number: 4, slug: "d", name: "Loyalty", emotion: 0,
              metrics: Metrics(visitors: 1000), evidence: .interviews),
    ]

    @Test func frictionWeighsPainPointsBySeverity() {
        let analysis = JourneyAnalysis(journey: Journey(slug: "j", title: "J", stages: stages), scale: EmotionScale())
        #expect(analysis.friction.map(\.score) == [1, 5, 6, 0])  // 1; 3+2; 3+3; none
        #expect(analysis.frictionRanking.map(\.index) == [2, 1, 0])
        #expect(analysis.friction[2].high == 2)
    }

    @Test func opportunitiesAreRankedByImpactAndEase() {
        let ranked = RankedOpportunity.ranking(Journey(slug: "j", title: "J", stages: stages))
        // priority = impact × (4 − effort): high/low 9, medium/medium 4, high/high 3, low/high 1, unrated 0
        #expect(ranked.map(\.opportunity.text) == ["o-high-low", "o-med-med", "o-high-high", "o-low-high", "o-unrated"])
        #expect(ranked.map(\.priority) == [9, 4, 3, 1, 0])
        #expect(ranked.map(\.quadrant) == [.quickWin, .fillIn, .bigBet, .moneyPit, nil])
        #expect(ranked.map(\.stageIndex) == [1, 2, 2, 0, 1])
    }

    @Test func doneOpportunitiesAreShippedNotRanked() {
        var done = stages
        done[1].opportunities[0].status = .done
        let journey = Journey(slug: "j", title: "J", stages: done)
        #expect(!RankedOpportunity.ranking(journey).map(\.opportunity.text).contains("o-high-low"))
        #expect(ShippedOpportunity.all(in: journey).map(\.opportunity.text) == ["o-high-low"])
        #expect(ShippedOpportunity.all(in: journey).map(\.stageIndex) == [1])
    }

    /// The table of docs/content-format.md: medium impact for medium effort is no quick win.
    @Test func quadrantsOfEveryCombination() {
        let table: [(Level, Level, Quadrant)] = [
            (.high, .low, .quickWin), (.high, .medium, .bigBet), (.high, .high, .bigBet),
            (.medium, .low, .quickWin), (.medium, .medium, .fillIn), (.medium, .high, .moneyPit),
            (.low, .low, .fillIn), (.low, .medium, .fillIn), (.low, .high, .moneyPit),
        ]
        for (impact, effort, quadrant) in table { #expect(QuadrantRule.standard.quadrant(impact: impact, effort: effort) == quadrant, "\(impact)/\(effort)") }
        #expect(QuadrantRule.standard.cells(of: .quickWin).map { "\($0.impact)/\($0.effort)" } == ["high/low", "medium/low"])
    }

    @Test func funnelSkipsStagesWithoutVisitors() throws {
        let funnel = Funnel(journey: Journey(slug: "j", title: "J", stages: stages))
        #expect(funnel.steps.map(\.visitors) == [10000, 4000, 1000])
        #expect(funnel.steps.map(\.index) == [0, 1, 3])
        #expect(funnel.steps.map(\.conversion) == [nil, 0.4, 0.25])
        #expect(funnel.steps.map(\.lost) == [0, 6000, 3000])
        #expect(funnel.endToEnd == 0.1)
        // 6,000 lost at 40 % conversion, 3,000 at 25 %: the drop-off is the second, the loss the first.
        #expect(funnel.largestLoss?.index == 1)
        #expect(funnel.biggestDropOff?.index == 3)
        #expect(Funnel(journey: Journey(slug: "j", title: "J", stages: [stages[0]])).isEmpty)
    }

    @Test func evidenceCoverage() {
        let coverage = EvidenceCoverage(journey: Journey(slug: "j", title: "J", stages: stages))
        #expect(coverage.researched == 2 && coverage.assumed == 1 && coverage.unstated == 1)
        #expect(coverage.researchedShare == 0.5)
        #expect(coverage.byKind == [.survey: 1, .assumption: 1, .interviews: 1])
    }

    @Test func customerFeedbackMakesAStageResearched() {
        // Feedback on the assumed stage b and the silent stage c: every stage is now researched.
        let coverage = EvidenceCoverage(journey: Journey(slug: "j", title: "J", stages: stages), feedback: [0, 2, 1, 0])
        #expect(coverage.researched == 4 && coverage.assumed == 0 && coverage.unstated == 0)
        #expect(coverage.byFeedback == 2 && coverage.total == 4)
    }

    @Test func feedbackIsTheNewestFirstAndCountedByChannel() {
        func item(_ text: String, _ channel: String, _ date: String?) -> FeedbackItem {
            FeedbackItem(journey: "j", stage: "a", date: date, text: text, channel: channel, source: SourceLocation(file: "f.csv"))
        }
        let feedback = StageFeedback([item("old", "chat", "2026-01-02"), item("undated", "support", nil), item("new", "support", "2026-03-01"),
                                      item("also undated", "reviews", nil), item("same day", "chat", "2026-03-01")])
        #expect(feedback.items.map(\.text) == ["new", "same day", "old", "undated", "also undated"])
        #expect(feedback.channels.map(\.channel) == ["chat", "support", "reviews"])
        #expect(feedback.channels.map(\.count) == [2, 2, 1])
    }

    @Test func comparisonMatchesStagesByName() throws {
        let future = Journey(slug: "future", title: "F", state: .future, compares: "current", stages: [
            Stage(number: 1, slug: "a", name: "awareness", emotion: 2),
            Stage(number: 2, slug: "b", name: "Decision ", emotion: 1),
            Stage(number: 3, slug: "e", name: "Onboarding", emotion: 1),
        ])
        let current = Journey(slug: "current", title: "C", stages: stages)
        let site = SiteAnalysis(content: SiteContent(site: Site(title: "S"), journeys: [current, future]))
        let comparison = try #require(site.journey("future")?.comparison)
        #expect(comparison.other == "current")
        #expect(comparison.matches.map(\.otherIndex) == [0, 1])
        #expect(comparison.matches.map(\.delta) == [1, 2])    // 2 − 1; 1 − (−1)
        #expect(comparison.unmatched == ["Onboarding"])
        #expect(comparison.otherUnmatched == ["Purchase", "Loyalty"])
        #expect(site.journey("current")?.comparison == nil)
    }
}
