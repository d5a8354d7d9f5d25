import Foundation
import JourneyAnalysis
import JourneyModel

/// A journey's survey waves as `journeys.json` writes them: each stage's answers per wave, and the changes between waves.
extension JourneysJSON {
    struct WavesEntry: Encodable {
        /// In order.
        var names: [String]
        /// The wave the curve uses; none when it uses every answer.
        var selected: String?
        /// By stage slug: the stage's answers in each wave.
        var stages: [String: [WaveEntry]]
        var changes: [WaveChangeEntry]
        var indicatorChanges: [IndicatorChangeEntry]

        init(_ waves: SurveyWaves, stages: [Stage]) {
            names = waves.names
            selected = waves.selected
            self.stages = Dictionary(uniqueKeysWithValues: zip(stages, waves.stages).filter { !$1.isEmpty }.map { stage, waves in
                (stage.slug, waves.map(WaveEntry.init))
            })
            changes = zip(stages, waves.changes).flatMap { stage, changes in changes.map { WaveChangeEntry($0, stage: stage.slug) } }
            indicatorChanges = zip(stages, waves.indicatorChanges).flatMap { stage, changes in
                changes.map { IndicatorChangeEntry($0, stage: stage.slug) }
            }
        }
    }

    /// A stage's answers in one wave: their scores (`overall`, `personas`) and their NPS, CSAT and CES.
    struct WaveEntry: Encodable {
        var wave: String
        var overall: AnswersEntry?
        var personas: [String: AnswersEntry]
        var indicators: StageIndicatorsEntry?

        init(_ wave: SurveyWaves.StageWave) {
            self.wave = wave.wave
            overall = wave.survey.map { AnswersEntry($0.overall) }
            personas = wave.survey?.byPersona.mapValues(AnswersEntry.init) ?? [:]
            indicators = wave.indicators.map(StageIndicatorsEntry.init)
        }
    }

    /// n, mean and standard deviation of a set of answers.
    struct AnswersEntry: Encodable {
        var count: Int
        var mean: Double
        var standardDeviation: Double?

        init(_ statistics: AnswerStatistics) {
            count = statistics.count; mean = round(statistics.mean)!; standardDeviation = round(statistics.standardDeviation)
        }
    }

    /// A change of the mean score between consecutive waves, with Welch's test when there is one.
    struct WaveChangeEntry: Encodable {
        var stage, from, to: String
        var persona: String?
        var difference: Double
        var interval: [Double]?
        /// Two-sided, to six significant digits.
        var p: Double?
        var significant: Bool
        var smallSample: Bool

        init(_ change: SurveyWaves.Change, stage: String) {
            self.stage = stage; from = change.from; to = change.to; persona = change.persona
            difference = round(change.after.mean - change.before.mean)!
            (interval, p, significant) = Self.tested(change.test)
            smallSample = change.isSmall
        }

        /// A test's interval, p to six significant digits (a tiny p stays above 0), and verdict.
        static func tested(_ test: DifferenceTest?) -> ([Double]?, Double?, Bool) {
            (test.map { [round($0.interval.lowerBound)!, round($0.interval.upperBound)!] },
             test.map { Double(String(format: "%.6g", $0.p))! }, test?.isSignificant ?? false)
        }
    }

    /// A change of NPS (points), CSAT (share) or CES (mean) between consecutive waves, with its test.
    struct IndicatorChangeEntry: Encodable {
        var stage, measure, from, to: String
        var persona: String?
        var before, after, difference: Double
        var beforeCount, afterCount: Int
        var interval: [Double]?
        var p: Double?
        var significant: Bool
        var smallSample: Bool

        init(_ change: SurveyWaves.IndicatorChange, stage: String) {
            self.stage = stage; measure = change.measure.rawValue; from = change.from; to = change.to; persona = change.persona
            before = round(change.before)!; after = round(change.after)!; difference = round(change.after - change.before)!
            beforeCount = change.beforeCount; afterCount = change.afterCount
            (interval, p, significant) = WaveChangeEntry.tested(change.test)
            smallSample = change.isSmall
        }
    }
}
