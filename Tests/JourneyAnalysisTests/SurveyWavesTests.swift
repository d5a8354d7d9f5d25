import JourneyAnalysis
import JourneyModel
import Testing

/// The curve's wave (the latest, the one `survey_wave` names, or all), and the changes between consecutive waves.
@Suite("Survey waves in the analysis")
struct SurveyWavesTests {
    private func rows(_ wave: String, _ scores: [Double], persona: String? = nil, stage: String = "a") -> [SurveyResponse] {
        scores.map { SurveyResponse(journey: "j", stage: stage, persona: persona, wave: $0 < 99 ? wave : nil, score: $0, source: SourceLocation(file: "s.csv")) }
    }

    private func analysis(_ choice: String? = nil, _ responses: [SurveyResponse]) -> JourneyAnalysis {
        var journey = Journey(slug: "j", title: "J", personas: ["ann"], stages: [Stage(number: 1, slug: "a", name: "A"), Stage(number: 2, slug: "b", name: "B")])
        journey.surveyWave = choice
        return JourneyAnalysis(journey: journey, scale: EmotionScale(), responses: responses)
    }

    @Test func theCurveUsesTheLatestWaveUnlessTheJourneyPicksOne() throws {
        let responses = rows("2026-T3", [1, 2]) + rows("2026-T2", [-1, -2, 0])
        #expect(analysis(nil, responses).surveys[0]?.overall.mean == 1.5)
        #expect(analysis(nil, responses).waves?.names == ["2026-T2", "2026-T3"] && analysis(nil, responses).waves?.selected == "2026-T3")
        #expect(analysis("2026-T2", responses).surveys[0]?.overall.mean == -1)
        #expect(analysis("all", responses).surveys[0]?.overall.count == 5)
        #expect(analysis("all", responses).waves?.selected == nil)
        #expect(analysis(nil, rows("x", [1])).waves?.names == ["x"])
        #expect(analysis(nil, [SurveyResponse(journey: "j", stage: "a", score: 1, source: SourceLocation(file: "s.csv"))]).waves == nil)
    }

    @Test func npsCsatAndCesPerWave() throws {
        func nps(_ wave: String, _ answers: [Int], score: Double? = nil) -> [SurveyResponse] {
            answers.map { SurveyResponse(journey: "j", stage: "a", wave: wave, score: score, indicators: IndicatorAnswers(nps: $0), source: SourceLocation(file: "s.csv")) }
        }
        // T1: 10, 2 → 50 % − 50 % = 0; T2: 9, 9, 7, 0 → 50 % − 25 % = +25, rows without a score.
        let waves = try #require(analysis(nil, nps("T1", [10, 2], score: 1) + nps("T2", [9, 9, 7, 0])).waves)
        #expect(waves.stages[0].map { $0.indicators?.overall.nps?.score } == [0, 25])
        #expect(waves.stages[0].map { $0.survey?.overall.count } == [2, nil])
        #expect(waves.changes[0].isEmpty)      // no scores in T2: no change of the mean to test
    }

    @Test func changesBetweenConsecutiveWavesForEveryoneAndEachPersona() throws {
        // Everyone at A: T1 {−1, 0, −1} → T2 {1, 2, 1, 2} → T3 {0, 1}; Ann answers in T1 and T3 only.
        let responses = rows("T1", [-1, 0]) + rows("T1", [-1], persona: "ann") + rows("T2", [1, 2, 1, 2]) + rows("T3", [0], persona: "ann") + rows("T3", [1])
        let waves = try #require(analysis(nil, responses).waves)
        #expect(waves.stages[0].map(\.wave) == ["T1", "T2", "T3"] && waves.stages[1].isEmpty)
        let changes = waves.changes[0]
        #expect(changes.map { "\($0.persona ?? "all") \($0.from)→\($0.to)" } == ["all T1→T2", "all T2→T3", "ann T1→T3"])
        // T1 → T2: mean −2/3 → 1.5, scipy ttest_ind([1,2,1,2], [-1,0,-1], equal_var=False): p = 0.0060218…
        let first = try #require(changes[0].test)
        #expect(abs(first.difference - (1.5 + 2.0 / 3)) < 1e-12)
        #expect(abs(first.p - 0.006021804767293873) < 1e-9)
        #expect(changes[0].isSmall)
        #expect(changes[2].test == nil)          // one answer a side: no test
    }
}
