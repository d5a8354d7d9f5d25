import JourneyModel

/// A journey's survey waves: which there are, which one the curve uses, and how each stage's
/// answers moved from one wave to the next.
public struct SurveyWaves: Sendable, Hashable {
    /// One stage's answers in one wave: their scores, and their NPS, CSAT and CES.
    public struct StageWave: Sendable, Hashable {
        public var wave: String
        /// Nil when the wave's rows answer only the indicators.
        public var survey: StageSurvey?
        public var indicators: StageIndicators?
    }

    /// The change of a stage's mean, for everyone or one persona, from a wave to the next one with answers.
    public struct Change: Sendable, Hashable {
        public var from: String
        public var to: String
        /// Nil for everyone's answers.
        public var persona: String?
        public var before: AnswerStatistics
        public var after: AnswerStatistics
        /// Welch's t-test; nil when a side has fewer than two answers or neither has any spread.
        public var test: WelchTest?

        /// Fewer than `smallSample` answers on a side: the test says little.
        public var isSmall: Bool { min(before.count, after.count) < SurveyWaves.smallSample }
    }

    /// Below this many answers on a side, a change between waves is marked as a small sample.
    public static let smallSample = 10

    /// Every wave of the journey's answers, in order of their names.
    public var names: [String]
    /// The wave the curve uses; nil when it uses every answer (`survey_wave: all`, or no waves).
    public var selected: String?
    /// Per stage, its answers in each wave that has some, in wave order.
    public var stages: [[StageWave]]
    /// Per stage, the changes between consecutive waves with answers: everyone's first, then each persona's.
    public var changes: [[Change]]

    /// The waves of `responses` about `journey`; `choice` is the journey's `survey_wave`.
    init(journey: Journey, responses: [SurveyResponse], scale: EmotionScale, minAnswers: Int) {
        names = Set(responses.compactMap(\.wave)).sorted()
        selected = journey.surveyWave == Journey.allWaves ? nil : journey.surveyWave ?? names.last
        let byStage = Dictionary(grouping: responses.filter { $0.wave != nil }, by: \.stage)
        stages = journey.stages.map { stage in
            let byWave = Dictionary(grouping: byStage[stage.slug] ?? [], by: { $0.wave! })
            return byWave.sorted { $0.key < $1.key }.map { wave, rows in
                StageWave(wave: wave, survey: StageSurvey(rows, scale: scale, minAnswers: minAnswers), indicators: StageIndicators(rows))
            }
        }
        changes = stages.map { waves in
            let everyone = Self.changes(waves, persona: nil) { $0.overall }
            return everyone + journey.personas.flatMap { persona in Self.changes(waves, persona: persona) { $0.byPersona[persona] } }
        }
    }

    /// The changes between consecutive waves in which `statistics` finds answers.
    private static func changes(_ waves: [StageWave], persona: String?, _ statistics: (StageSurvey) -> AnswerStatistics?) -> [Change] {
        let answered = waves.compactMap { wave in wave.survey.flatMap(statistics).map { (wave.wave, $0) } }
        return zip(answered, answered.dropFirst()).map { before, after in
            Change(from: before.0, to: after.0, persona: persona, before: before.1, after: after.1, test: WelchTest(before.1, after.1))
        }
    }

    /// The answers the curve uses: those of the selected wave, or all of them.
    func used(_ responses: [SurveyResponse]) -> [SurveyResponse] {
        guard let selected else { return responses }
        return responses.filter { $0.wave == selected }
    }
}
