import JourneyAnalysis
import JourneyModel
import Testing

/// Expected values computed independently with Python 3.11, numpy 2.4 and scipy 1.17:
/// `np.mean(xs)`, `np.std(xs, ddof=1)`, `scipy.stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n))`
/// and `scipy.stats.t.ppf(0.975, df)`.
@Suite("Survey statistics")
struct SurveyStatisticsTests {
    let scale = EmotionScale()

    private func close(_ a: Double?, _ b: Double, tolerance: Double = 0.002) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    @Test func meanDeviationAndIntervalOfSevenAnswers() throws {
        let statistics = try #require(AnswerStatistics([2, 1, 1, 0, -1, 2, 1], scale: scale))
        #expect(statistics.count == 7)
        #expect(close(statistics.mean, 0.8571428571428571, tolerance: 1e-12))
        #expect(close(statistics.standardDeviation, 1.0690449676496976, tolerance: 1e-12))
        #expect(close(statistics.interval?.lowerBound, -0.13155883594876705))
        #expect(close(statistics.interval?.upperBound, 1.8458445502344811))
        #expect(statistics.distribution == [0, 1, 1, 3, 2])   // levels −2 … +2
    }

    @Test func twoAnswersGiveAWideInterval() throws {
        let statistics = try #require(AnswerStatistics([-2, -1], scale: scale))
        #expect(close(statistics.interval?.lowerBound, -7.853102368087347, tolerance: 0.005))
        #expect(close(statistics.interval?.upperBound, 4.853102368087347, tolerance: 0.005))
    }

    @Test func manyAnswersUseTheInterpolatedCriticalValue() throws {
        let statistics = try #require(AnswerStatistics([1, 1, 1, 1, 1, 0] + Array(repeating: 2.0, count: 30), scale: scale))
        #expect(close(statistics.mean, 1.8055555555555556, tolerance: 1e-12))
        #expect(close(statistics.interval?.lowerBound, 1.6474857382857155))
        #expect(close(statistics.interval?.upperBound, 1.9636253728253956))
    }

    @Test func oneAnswerHasNoSpread() throws {
        let statistics = try #require(AnswerStatistics([1.5], scale: scale))
        #expect(statistics.standardDeviation == nil && statistics.interval == nil)
        #expect(statistics.distribution == [0, 0, 0, 0, 1])   // 1.5 rounds away from zero to 2
        #expect(AnswerStatistics([], scale: scale) == nil)
    }

    @Test func surveyAnswersComeAfterExplicitScoresAndBeforeSteps() {
        func response(_ score: Double, persona: String? = nil, comment: String? = nil) -> SurveyResponse {
            SurveyResponse(journey: "j", stage: "a", persona: persona, score: score, comment: comment, source: SourceLocation(file: "s.csv"))
        }
        let stage = Stage(number: 1, slug: "a", name: "A", emotions: ["ann": 2], steps: [Step(name: "s", score: -2)])
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob", "cat"], stages: [stage])
        let responses = [response(-1, persona: "bob"), response(0, persona: "bob", comment: "meh"),
                         response(1, comment: "good"), response(-2, persona: "ann", comment: "awful")]
        let analysis = JourneyAnalysis(journey: journey, scale: scale, responses: responses, minAnswers: 5)
        #expect(analysis.curve(for: "ann")?.scores[0]?.source == .explicit)             // written in the note
        #expect(analysis.curve(for: "bob")?.scores[0] == StageScore(value: -0.5, source: .survey,
                                                                    answers: AnswerStatistics([-1, 0], scale: scale)))
        #expect(analysis.curve(for: "cat")?.scores[0]?.value == 1)                       // answers naming no persona
        let survey = analysis.surveys[0]
        #expect(survey?.overall.count == 4 && survey?.isThin == true)
        #expect(survey?.extremeVerbatims(1).negative.map(\.comment) == ["awful"])
        #expect(survey?.extremeVerbatims(1).positive.map(\.comment) == ["good"])
    }
}

@Suite("Snapshots and trends")
struct TrendTests {
    @Test func changesAreMeasuredFromTheLastSnapshotThatScoredTheStage() throws {
        let journey = Journey(slug: "j", title: "J", stages: [
            Stage(number: 1, slug: "a", name: "A", emotion: 1),
            Stage(number: 2, slug: "b", name: "B", emotion: -1, opportunities: [Opportunity(text: "Fix", status: .done), Opportunity(text: "Later")]),
        ])
        let older = Snapshot(label: "Q1", date: "2026-03-31", journeys: ["j": .init(overall: -1, stages: ["a": .init(value: 0), "b": .init(value: -2)])])
        let newer = Snapshot(label: "Q2", date: "2026-06-30", journeys: ["j": .init(overall: -0.5, stages: ["a": .init(value: 0.5)])])
        let site = SiteAnalysis(content: SiteContent(site: Site(title: "S"), journeys: [journey], snapshots: [older, newer]))
        let trend = try #require(site.journey("j")?.trend)
        #expect(trend.points.map(\.label) == ["Q1", "Q2"])
        #expect(trend.since == "Q2")
        #expect(trend.overallDelta == 0.5)                    // now 0, last −0.5
        #expect(trend.changes.map(\.delta) == [0.5, 1])       // a: 1 − 0.5 (Q2); b: −1 − (−2) (Q1)
        #expect(trend.changes[1].done.map(\.text) == ["Fix"])
    }

    @Test func snapshotsRoundTripThroughTheirJSON() throws {
        let journey = Journey(slug: "j", title: "J", personas: ["ann"], stages: [Stage(number: 1, slug: "a", name: "A", emotions: ["ann": 1.25])])
        let analysis = SiteAnalysis(content: SiteContent(site: Site(title: "S"), personas: [Persona(slug: "ann", name: "Ann")], journeys: [journey]))
        let json = Snapshot(analysis, label: "2026-Q3", date: "2026-09-30").json()
        #expect(json.contains("\"format\" : \"journeymap-snapshot-2\""))
        #expect(json.contains("\"personas\" : {"))
        #expect(json.contains("\"ann\" : {"))
        #expect(json == Snapshot(analysis, label: "2026-Q3", date: "2026-09-30").json())
    }
}
