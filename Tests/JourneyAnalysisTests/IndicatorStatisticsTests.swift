import JourneyAnalysis
import JourneyModel
import Testing

/// NPS, CSAT and CES from raw answers, against figures computed by hand (and the CES interval
/// with scipy 1.17: `stats.t.interval(0.95, 4, loc=3.4, scale=np.std([2,3,4,5,3], ddof=1)/sqrt(5))`).
@Suite("NPS, CSAT and CES")
struct IndicatorStatisticsTests {
    private func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    @Test func npsIsPromotersMinusDetractorsWithItsInterval() throws {
        // Promoters 10 9 9 10 9 (5 of 10), passives 8 7, detractors 6 3 5 (3 of 10): 50 % − 30 % = +20.
        let nps = try #require(NetPromoterScore([10, 9, 9, 8, 7, 6, 3, 10, 5, 9]))
        #expect(nps.count == 10 && nps.promoters == 5 && nps.detractors == 3)
        #expect(close(nps.score, 20))
        // Var = (0.5 + 0.3 − 0.2²) / 10 = 0.076; ±1.96 √0.076 = ±0.540335, in points ±54.03.
        #expect(close(nps.margin, 54.03347110819367))
        #expect(close(nps.interval.lowerBound, -34.03347110819367) && close(nps.interval.upperBound, 74.03347110819367))
        #expect(NetPromoterScore([]) == nil)
    }

    @Test func npsIntervalStaysWithinTheScale() throws {
        // All promoters: +100, variance 0 (1 + 0 − 1), the interval is the point.
        let nps = try #require(NetPromoterScore([9, 10, 10]))
        #expect(nps.score == 100 && nps.interval == 100...100)
        // Two promoters and one detractor: p₊ 2/3, p₋ 1/3, NPS +33.3; Var = (1 − 1/9)/3 = 0.2963, ±106.7 → clipped at 100.
        let mixed = try #require(NetPromoterScore([10, 10, 0]))
        #expect(close(mixed.score, 100.0 / 3))
        #expect(mixed.interval.upperBound == 100 && close(mixed.interval.lowerBound, 100.0 / 3 - 1.96 * (8.0 / 27).squareRoot() * 100))
    }

    @Test func csatIsTheShareSatisfiedWithAWilsonInterval() throws {
        let csat = try #require(SatisfactionScore([true, true, true, false, true, true, false, true, false, true]))
        #expect(csat.count == 10 && csat.satisfied == 7 && csat.share == 0.7)
        // Wilson, z = 1.96, n = 10, p = 0.7: centre (0.7 + 0.19208)/1.38416 = 0.64449,
        // half 1.96/1.38416 × √(0.021 + 0.009604) = 0.24772.
        #expect(close(csat.interval.lowerBound, 0.39677321997956516) && close(csat.interval.upperBound, 0.892210712513788))
        // None satisfied: the interval starts at 0 and is not empty (z²/(n + z²) = 3.8416/13.8416 = 0.27754 for n 10).
        let none = try #require(SatisfactionScore(Array(repeating: false, count: 10)))
        #expect(none.interval.lowerBound == 0 && close(none.interval.upperBound, 0.2775401687666166, tolerance: 1e-9))
    }

    @Test func cesIsTheMeanWithAStudentInterval() throws {
        let ces = try #require(EffortScore([2, 3, 4, 5, 3]))
        #expect(ces.count == 5 && close(ces.mean, 3.4))
        // t(0.975, 4) = 2.776 from the table; scipy's exact 2.7764 gives 1.98429 … 4.81571.
        #expect(close(ces.interval?.lowerBound, 1.9842852230177277, tolerance: 0.001))
        #expect(close(ces.interval?.upperBound, 4.815714776982272, tolerance: 0.001))
        #expect(EffortScore([4])?.interval == nil)
    }

    @Test func perStageAndPersonaFromTheRowsThatAnswer() throws {
        func row(_ persona: String?, nps: Int? = nil, satisfied: Bool? = nil, ces: Double? = nil, score: Double? = nil) -> SurveyResponse {
            SurveyResponse(journey: "j", stage: "a", persona: persona, score: score,
                           indicators: IndicatorAnswers(nps: nps, satisfied: satisfied, ces: ces), source: SourceLocation(file: "s.csv"))
        }
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob"],
                              stages: [Stage(number: 1, slug: "a", name: "A"), Stage(number: 2, slug: "b", name: "B", emotion: 1)])
        let rows = [row("ann", nps: 10, satisfied: true), row("ann", nps: 3, ces: 2), row("bob", nps: 9, score: 1), row(nil, satisfied: false)]
        let analysis = JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: rows)
        let indicators = try #require(analysis.indicators[0])
        #expect(indicators.overall.nps?.count == 3 && close(indicators.overall.nps?.score, 100.0 / 3))   // 2 promoters, 1 detractor
        #expect(indicators.overall.csat?.count == 2 && indicators.overall.csat?.share == 0.5)
        #expect(indicators.overall.ces?.count == 1)
        #expect(indicators.byPersona["ann"]?.nps?.score == 0 && indicators.byPersona["bob"]?.nps?.score == 100)
        #expect(indicators.byPersona["bob"]?.csat == nil && indicators.byPersona.count == 2)
        #expect(analysis.indicators[1] == nil)
        // Only the scored row counts towards the stage's survey score.
        #expect(analysis.surveys[0]?.overall.count == 1)
    }
}
