import JourneyAnalysis
import JourneyModel
import Testing

/// The overall score's 95 % interval, computed by hand with scipy 1.17's `stats.t.ppf(0.975, df)`.
@Suite("The overall score's interval")
struct OverallIntervalTests {
    private func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    private func answers(_ stage: String, _ persona: String?, _ scores: [Double]) -> [SurveyResponse] {
        scores.map { SurveyResponse(journey: "j", stage: stage, persona: persona, score: $0, source: SourceLocation(file: "s.csv")) }
    }

    @Test func aTypedScoreIsExactAndASurveyMeanCarriesItsStandardError() throws {
        // A: answers 1, 2, 3 (mean 2, sd 1, n 3); B: typed −1. Overall (2 − 1)/2 = 0.5, variance (1/2)² × 1/3 = 1/12,
        // df 2: ± 4.302652729749462 × √(1/12) = ±1.2420688559218762.
        let journey = Journey(slug: "j", title: "J", stages: [Stage(number: 1, slug: "a", name: "A"), Stage(number: 2, slug: "b", name: "B", emotion: -1)])
        let item = JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: answers("a", nil, [1, 2, 3]))
        #expect(item.overallScore == 0.5)
        let interval = try #require(item.overallInterval)
        #expect(close(interval.lowerBound, 0.5 - 1.2420688559218762) && close(interval.upperBound, 0.5 + 1.2420688559218762))
        // Only typed scores: nothing to carry, no interval.
        #expect(JourneyAnalysis(journey: journey, scale: EmotionScale()).overallInterval == nil)
    }

    @Test func answersThatStandForTwoPersonasCountOnce() throws {
        // Neither persona answered: both curves use the same three answers (mean 1, sd 1), weights ½ + ½ = 1:
        // variance 1/3, ± 4.302652729749462 × √(1/3) = ±2.4841377, as for one curve (two independent samples
        // would give ½ × 1/3 and a narrower interval).
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob"], stages: [Stage(number: 1, slug: "a", name: "A")])
        let item = JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: answers("a", nil, [0, 1, 2]))
        let interval = try #require(item.overallInterval)
        #expect(close(interval.lowerBound, 1 - 2.484137711843752) && close(interval.upperBound, 1 + 2.484137711843752))
    }

    @Test func aSingleAnswerBorrowsTheSpreadOfItsStage() throws {
        // A: Ann 1, 2 (sd 0.707, df 1); Bob uses the unattributed 0, 1, −1 (sd 1, df 2). B: Ann's single 1 borrows the
        // sd of all of B's answers 1, 0, 2 (sd 1, df 2); Bob uses the unattributed 0, 2 (sd 1.414, df 1). Each weight ¼:
        // terms 0.015625, 0.0208333, 0.0625, 0.0625; variance 0.1614583, Welch–Satterthwaite df 4.124463519313304;
        // overall (0.75 + 1)/2 = 0.875, interval −0.2274751223419702 … 1.9774751223419702.
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob"],
                              stages: [Stage(number: 1, slug: "a", name: "A"), Stage(number: 2, slug: "b", name: "B")])
        let responses = answers("a", "ann", [1, 2]) + answers("a", nil, [0, 1, -1]) + answers("b", "ann", [1]) + answers("b", nil, [0, 2])
        let item = JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: responses)
        #expect(item.overallScore == 0.875)
        let interval = try #require(item.overallInterval)
        #expect(close(interval.lowerBound, -0.2274751223419702) && close(interval.upperBound, 1.9774751223419702))
    }
}
