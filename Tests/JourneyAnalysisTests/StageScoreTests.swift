import JourneyAnalysis
import JourneyModel
import Testing

@Suite("Stage scores and emotion curves")
struct StageScoreTests {
    @Test func explicitPersonaScoreWinsOverTheStageScore() {
        let stage = Stage(number: 1, slug: "a", name: "A", emotion: 1, emotions: ["ann": -2])
        #expect(StageScore.resolve(stage, persona: "ann") == StageScore(value: -2, source: .explicit))
        #expect(StageScore.resolve(stage, persona: "bob") == StageScore(value: 1, source: .explicit))
    }

    @Test func stepsComeNextFilteredByActor() {
        let stage = Stage(number: 1, slug: "a", name: "A", steps: [
            Step(name: "s1", score: 2, actors: ["ann"]),
            Step(name: "s2", score: -1),
            Step(name: "s3", score: -2, actors: ["bob"]),
            Step(name: "s4", score: 1.5, actors: []),
        ])
        // ann: (2 + -1) / 2; bob: (-1 + -2) / 2; s4 is no one's; whole journey: (2 - 1 - 2 + 1.5) / 4
        #expect(StageScore.resolve(stage, persona: "ann") == StageScore(value: 0.5, source: .steps))
        #expect(StageScore.resolve(stage, persona: "bob") == StageScore(value: -1.5, source: .steps))
        #expect(StageScore.resolve(stage, persona: nil)?.value == 0.5 / 4)
    }

    @Test func touchpointsComeLast() {
        let stage = Stage(number: 1, slug: "a", name: "A", touchpoints: [
            Touchpoint(name: "t1", emotion: 1), Touchpoint(name: "t2"), Touchpoint(name: "t3", emotion: -2),
        ])
        #expect(StageScore.resolve(stage, persona: "ann") == StageScore(value: -0.5, source: .touchpoints))
    }

    @Test func aStageWithoutAnySourceHasNoScore() {
        #expect(StageScore.resolve(Stage(number: 1, slug: "a", name: "A"), persona: "ann") == nil)
    }

    @Test func theCurveBreaksWhereAStageHasNoScore() {
        let journey = Journey(slug: "j", title: "J", personas: ["ann"], stages: [
            Stage(number: 1, slug: "a", name: "A", emotion: 1),
            Stage(number: 2, slug: "b", name: "B"),
            Stage(number: 3, slug: "c", name: "C", emotion: -1),
        ])
        let curve = EmotionCurve(journey: journey, persona: "ann")
        #expect(curve.values == [1, nil, -1])
        #expect(curve.hasPoints)
    }

    @Test func journeyScoresAverageThePersonasThenTheStages() {
        let journey = Journey(slug: "j", title: "J", personas: ["ann", "bob"], stages: [
            Stage(number: 1, slug: "a", name: "A", emotions: ["ann": 2, "bob": 1]),
            Stage(number: 2, slug: "b", name: "B", emotions: ["ann": -1]),
            Stage(number: 3, slug: "c", name: "C"),
        ])
        let analysis = JourneyAnalysis(journey: journey, scale: EmotionScale())
        #expect(analysis.curves.map(\.persona) == ["ann", "bob"])
        #expect(analysis.stageScores == [1.5, -1, nil])
        #expect(analysis.overallScore == 0.25)
    }

    @Test func aJourneyWithoutPersonasHasOneOverallCurve() {
        let journey = Journey(slug: "j", title: "J", stages: [Stage(number: 1, slug: "a", name: "A", emotions: [:])])
        let analysis = JourneyAnalysis(journey: journey, scale: EmotionScale())
        #expect(analysis.curves.count == 1)
        #expect(analysis.curves[0].persona == nil)
        #expect(analysis.overallScore == nil)
    }
}
