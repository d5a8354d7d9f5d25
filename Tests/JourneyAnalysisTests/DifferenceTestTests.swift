import JourneyAnalysis
import JourneyModel
import Testing

/// Tests of NPS, CSAT and CES changes between waves, against scipy 1.17: z = d / se with each wave's
/// own variance, p = `2 * stats.norm.sf(abs(z))`, interval `d ± stats.norm.ppf(0.975) * se`; CES is
/// `stats.ttest_ind(after, before, equal_var=False)`.
@Suite("Changes of NPS, CSAT and CES between waves")
struct DifferenceTestTests {
    private func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    @Test func csatIsATwoProportionZTest() throws {
        // 8 of 20 satisfied, then 15 of 22: +28.2 points.
        let before = try #require(SatisfactionScore(Array(repeating: true, count: 8) + Array(repeating: false, count: 12)))
        let after = try #require(SatisfactionScore(Array(repeating: true, count: 15) + Array(repeating: false, count: 7)))
        let test = try #require(DifferenceTest.satisfaction(before, after))
        #expect(close(test.difference, 0.28181818181818175))
        // se = √(0.4 × 0.6/20 + 15/22 × 7/22/22) = 0.14784.
        #expect(close(test.p, 0.05664392361273471))
        #expect(close(test.interval.lowerBound, -0.007971668339649185) && close(test.interval.upperBound, 0.5716080319760126))
        #expect(!test.isSignificant)
        // Everyone satisfied both times: nothing varies, nothing to test.
        let all = try #require(SatisfactionScore([true, true, true]))
        #expect(DifferenceTest.satisfaction(all, all) == nil)
    }

    @Test func npsIsAZTestWithTheNPSVariance() throws {
        // Before: 4 promoters, 4 detractors of 12 (NPS 0); after: 10 promoters, 2 detractors of 14 (+57.1).
        let before = try #require(NetPromoterScore([10, 9, 9, 8, 7, 6, 5, 3, 10, 2, 9, 8]))
        let after = try #require(NetPromoterScore([10, 10, 9, 9, 9, 8, 7, 10, 6, 9, 10, 9, 4, 9]))
        let test = try #require(DifferenceTest.netPromoter(before, after))
        #expect(close(test.difference, 48.8095238095238, tolerance: 1e-7))
        #expect(close(test.p, 0.12237846366727724))
        #expect(close(test.interval.lowerBound, -13.114846112749028, tolerance: 1e-7))
        #expect(close(test.interval.upperBound, 110.73389373179663, tolerance: 1e-7))
    }

    @Test func cesIsWelchsTTest() throws {
        let before = try #require(EffortScore([5, 6, 4, 5, 7, 3, 5, 6])), after = try #require(EffortScore([3, 4, 2, 4, 3, 5, 2, 3, 4]))
        let test = DifferenceTest(try #require(WelchTest(before, after)))
        // scipy: pvalue 0.006173549021826329, df 13.449295997869928, interval −2.981329577155968 … −0.6020037561773652.
        #expect(close(test.p, 0.006173549021826329, tolerance: 1e-8))
        #expect(close(test.interval.lowerBound, -2.981329577155968, tolerance: 1e-7))
        #expect(close(test.interval.upperBound, -0.6020037561773652, tolerance: 1e-7))
        #expect(test.isSignificant)
    }

    @Test func aJourneysWavesCompareEachIndicatorForEveryoneAndEachPersona() throws {
        // Wave T2 answers CSAT only; T3 answers CSAT and NPS: only CSAT has a change, for everyone and for Ann.
        let journey = Journey(slug: "j", title: "J", personas: ["ann"], stages: [Stage(number: 1, slug: "a", name: "A")])
        func row(_ wave: String, _ persona: String?, satisfied: Bool, nps: Int? = nil) -> SurveyResponse {
            SurveyResponse(journey: "j", stage: "a", persona: persona, wave: wave, score: nil,
                           indicators: .init(nps: nps, satisfied: satisfied), source: SourceLocation(file: "s.csv"))
        }
        let responses = [row("T2", "ann", satisfied: false), row("T2", "ann", satisfied: true), row("T2", nil, satisfied: false),
                         row("T3", "ann", satisfied: true, nps: 9), row("T3", "ann", satisfied: true, nps: 10), row("T3", nil, satisfied: true, nps: 3)]
        let waves = try #require(JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: responses).waves)
        let changes = waves.indicatorChanges[0]
        #expect(changes.map(\.measure) == [.csat, .csat])
        #expect(changes.map(\.persona) == [nil, "ann"])
        #expect(changes[0].before == 1.0 / 3 && changes[0].after == 1 && changes[0].beforeCount == 3 && changes[0].isSmall)
        #expect(changes[1].before == 0.5 && changes[1].after == 1)
    }
}
