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
        public var test: DifferenceTest?

        /// Fewer than `smallSample` answers on a side: the test says little.
        public var isSmall: Bool { min(before.count, after.count) < SurveyWaves.smallSample }
    }

    /// The change of a stage's NPS, CSAT or CES, for everyone or one persona, from a wave to the
    /// next one that answers it.
    public struct IndicatorChange: Sendable, Hashable {
        public enum Measure: String, Sendable, Hashable, CaseIterable {
            case nps, csat, ces
        }

        public var measure: Measure
        public var from: String
        public var to: String
        /// Nil for everyone's answers.
        public var persona: String?
        /// NPS in points, the CSAT share (0…1), or the CES mean.
        public var before: Double
        public var after: Double
        public var beforeCount: Int
        public var afterCount: Int
        /// A z-test for NPS and CSAT, Welch's t-test for CES; nil when neither side varies.
        public var test: DifferenceTest?

        /// Fewer than `smallSample` answers on a side: the test says little.
        public var isSmall: Bool { min(beforeCount, afterCount) < SurveyWaves.smallSample }
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
    /// Per stage, the changes of NPS, CSAT and CES between consecutive waves that answer them:
    /// everyone's first, then each persona's, each in the order NPS, CSAT, CES.
    public var indicatorChanges: [[IndicatorChange]]

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
        indicatorChanges = stages.map { waves in
            ([nil] + journey.personas).flatMap { persona in
                IndicatorChange.Measure.allCases.flatMap { measure in Self.indicatorChanges(waves, measure: measure, persona: persona) }
            }
        }
    }

    /// The changes between consecutive waves in which `statistics` finds answers.
    private static func changes(_ waves: [StageWave], persona: String?, _ statistics: (StageSurvey) -> AnswerStatistics?) -> [Change] {
        consecutive(waves) { $0.survey.flatMap(statistics) }.map { from, to, before, after in
            Change(from: from, to: to, persona: persona, before: before, after: after, test: WelchTest(before, after).map(DifferenceTest.init))
        }
    }

    /// The changes of one indicator, for everyone or a persona, between consecutive waves that answer it.
    private static func indicatorChanges(_ waves: [StageWave], measure: IndicatorChange.Measure, persona: String?) -> [IndicatorChange] {
        func statistics(_ wave: StageWave) -> IndicatorStatistics? {
            guard let indicators = wave.indicators else { return nil }
            guard let persona else { return indicators.overall }
            return indicators.byPersona[persona]
        }
        func change(_ from: String, _ to: String, _ values: (Double, Double), counts: (Int, Int), _ test: DifferenceTest?) -> IndicatorChange {
            IndicatorChange(measure: measure, from: from, to: to, persona: persona, before: values.0, after: values.1,
                            beforeCount: counts.0, afterCount: counts.1, test: test)
        }
        return switch measure {
        case .nps:
            consecutive(waves) { statistics($0)?.nps }.map { from, to, first, second in
                change(from, to, (first.score, second.score), counts: (first.count, second.count), .netPromoter(first, second))
            }
        case .csat:
            consecutive(waves) { statistics($0)?.csat }.map { from, to, first, second in
                change(from, to, (first.share, second.share), counts: (first.count, second.count), .satisfaction(first, second))
            }
        case .ces:
            consecutive(waves) { statistics($0)?.ces }.map { from, to, first, second in
                change(from, to, (first.mean, second.mean), counts: (first.count, second.count), WelchTest(first, second).map(DifferenceTest.init))
            }
        }
    }

    /// Each wave with what `value` finds in it, paired with the next such wave.
    private static func consecutive<Value>(_ waves: [StageWave], _ value: (StageWave) -> Value?) -> [(String, String, Value, Value)] {
        let found = waves.compactMap { wave in value(wave).map { (wave.wave, $0) } }
        return zip(found, found.dropFirst()).map { ($0.0, $1.0, $0.1, $1.1) }
    }

    /// The answers the curve uses: those of the selected wave, or all of them.
    func used(_ responses: [SurveyResponse]) -> [SurveyResponse] {
        guard let selected else { return responses }
        return responses.filter { $0.wave == selected }
    }
}
