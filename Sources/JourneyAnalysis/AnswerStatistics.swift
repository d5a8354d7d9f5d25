import Foundation
import JourneyModel

/// What a set of survey answers says: how many, their mean and spread, how sure we can be.
public struct AnswerStatistics: Sendable, Hashable {
    public var count: Int
    /// Mean on the site's scale.
    public var mean: Double
    /// Sample standard deviation (n − 1); nil for a single answer.
    public var standardDeviation: Double?
    /// The 95 % confidence interval of the mean (Student's t); nil for a single answer.
    public var interval: ClosedRange<Double>?
    /// How many answers round to each level of the scale, lowest level first.
    public var distribution: [Int]

    /// The statistics of `scores` (on `scale`); nil when there are none.
    public init?(_ scores: [Double], scale: EmotionScale) {
        guard !scores.isEmpty else { return nil }
        count = scores.count
        mean = scores.reduce(0, +) / Double(count)
        (standardDeviation, interval) = Self.spread(scores, mean: mean)
        var distribution = [Int](repeating: 0, count: scale.max - scale.min + 1)
        for score in scores {
            let level = Int(score.rounded(.toNearestOrAwayFromZero))
            distribution[Swift.min(Swift.max(level, scale.min), scale.max) - scale.min] += 1
        }
        self.distribution = distribution
    }

    /// The sample standard deviation (n − 1) of `values` around their `mean`, and the 95 %
    /// confidence interval of the mean (Student's t); both nil for a single value.
    static func spread(_ values: [Double], mean: Double) -> (deviation: Double?, interval: ClosedRange<Double>?) {
        guard values.count > 1 else { return (nil, nil) }
        let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
        let margin = tCritical95(degreesOfFreedom: values.count - 1) * deviation / Double(values.count).squareRoot()
        return (deviation, (mean - margin)...(mean + margin))
    }

    /// Two-sided 95 % critical values of Student's t for 1…30 degrees of freedom.
    static let tTable: [Double] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ]

    /// t(0.975, df): from the table up to 30, then interpolated in 1/df towards the normal's 1.960
    /// (within 0.001 of the exact value for every df).
    static func tCritical95(degreesOfFreedom df: Int) -> Double {
        df <= 30 ? tTable[df - 1] : 1.960 + (2.042 - 1.960) * 30 / Double(df)
    }
}

/// The survey answers about one stage: for everyone, per persona, and the comments.
public struct StageSurvey: Sendable, Hashable {
    public var overall: AnswerStatistics
    /// By persona slug.
    public var byPersona: [String: AnswerStatistics]
    /// The answers that name no persona.
    public var unattributed: AnswerStatistics?
    /// Scored answers with a comment, in file order.
    public var verbatims: [SurveyResponse]
    /// Whether fewer answers than the site's minimum back the stage.
    public var isThin: Bool

    /// Nil when no row scores the stage (rows may answer only NPS, CSAT or CES).
    init?(_ rows: [SurveyResponse], scale: EmotionScale, minAnswers: Int) {
        let responses = rows.filter { $0.score != nil }
        guard let overall = AnswerStatistics(responses.compactMap(\.score), scale: scale) else { return nil }
        self.overall = overall
        let personas = Set(responses.compactMap(\.persona)).sorted()
        byPersona = Dictionary(uniqueKeysWithValues: personas.compactMap { persona in
            AnswerStatistics(responses.filter { $0.persona == persona }.compactMap(\.score), scale: scale).map { (persona, $0) }
        })
        unattributed = AnswerStatistics(responses.filter { $0.persona == nil }.compactMap(\.score), scale: scale)
        verbatims = responses.filter { $0.comment != nil }
        isThin = overall.count < minAnswers
    }

    /// The answers that speak for `persona`: theirs, or when they gave none, the answers that name
    /// no persona; for the journey as a whole (nil), all answers.
    func statistics(for persona: String?) -> AnswerStatistics? {
        guard let persona else { return overall }
        return byPersona[persona] ?? unattributed
    }

    /// The most negative and the most positive comments, `count` of each.
    public func extremeVerbatims(_ count: Int) -> (negative: [SurveyResponse], positive: [SurveyResponse]) {
        let sorted = verbatims.enumerated().sorted { ($0.element.score!, $0.offset) < ($1.element.score!, $1.offset) }.map(\.element)
        let negative = Array(sorted.prefix(count))
        let positive = Array(sorted.reversed().filter { response in !negative.contains(response) }.prefix(count))
        return (negative, positive)
    }
}
