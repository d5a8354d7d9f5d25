import JourneyModel

/// Net Promoter Score of a set of 0–10 answers: % promoters (9–10) − % detractors (0–6), in points.
public struct NetPromoterScore: Sendable, Hashable {
    public var count: Int
    public var promoters: Int
    public var detractors: Int
    /// −100…100.
    public var score: Double
    /// Half the 95 % confidence interval, in points: 1.96 √((p₊ + p₋ − (p₊ − p₋)²) / n).
    public var margin: Double

    /// Nil without answers.
    public init?(_ answers: [Int]) {
        guard !answers.isEmpty else { return nil }
        count = answers.count
        promoters = answers.filter { $0 >= 9 }.count
        detractors = answers.filter { $0 <= 6 }.count
        let n = Double(count), promoting = Double(promoters) / n, detracting = Double(detractors) / n
        score = (promoting - detracting) * 100
        let variance = (promoting + detracting - (promoting - detracting) * (promoting - detracting)) / n
        margin = 1.96 * variance.squareRoot() * 100
    }

    /// The 95 % confidence interval, within −100…100.
    public var interval: ClosedRange<Double> { max(score - margin, -100)...min(score + margin, 100) }
}

/// CSAT of a set of answers: the share of satisfied answers, with its Wilson 95 % interval.
public struct SatisfactionScore: Sendable, Hashable {
    public var count: Int
    public var satisfied: Int
    /// 0…1.
    public var share: Double
    /// The Wilson score interval of the share, which stays within 0…1 and is sound for small n.
    public var interval: ClosedRange<Double>

    /// Nil without answers.
    public init?(_ answers: [Bool]) {
        guard !answers.isEmpty else { return nil }
        count = answers.count
        satisfied = answers.filter { $0 }.count
        let n = Double(count), p = Double(satisfied) / n, z = 1.96
        share = p
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        interval = max(centre - half, 0)...min(centre + half, 1)
    }
}

/// CES of a set of 1–7 answers: their mean, with its 95 % interval (Student's t).
public struct EffortScore: Sendable, Hashable {
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n − 1); nil for a single answer.
    public var standardDeviation: Double?
    /// Nil for a single answer.
    public var interval: ClosedRange<Double>?

    /// Nil without answers.
    public init?(_ answers: [Double]) {
        guard let mean = JourneyAnalysis.mean(answers) else { return nil }
        count = answers.count
        self.mean = mean
        (standardDeviation, interval) = AnswerStatistics.spread(answers, mean: mean)
    }
}

/// NPS, CSAT and CES computed from a set of survey rows, each nil when no row answers it.
public struct IndicatorStatistics: Sendable, Hashable {
    public var nps: NetPromoterScore?
    public var csat: SatisfactionScore?
    public var ces: EffortScore?

    /// Nil when no row answers any of them.
    public init?(_ responses: [SurveyResponse]) {
        nps = NetPromoterScore(responses.compactMap(\.indicators.nps))
        csat = SatisfactionScore(responses.compactMap(\.indicators.satisfied))
        ces = EffortScore(responses.compactMap(\.indicators.ces))
        if nps == nil && csat == nil && ces == nil { return nil }
    }
}

/// A stage's NPS, CSAT and CES from its survey rows: for everyone, and per persona.
public struct StageIndicators: Sendable, Hashable {
    public var overall: IndicatorStatistics
    /// By persona slug; only personas with answers.
    public var byPersona: [String: IndicatorStatistics]

    /// Nil when no row about the stage answers any indicator.
    public init?(_ responses: [SurveyResponse]) {
        guard let overall = IndicatorStatistics(responses) else { return nil }
        self.overall = overall
        byPersona = Dictionary(grouping: responses.filter { $0.persona != nil }, by: { $0.persona! }).compactMapValues(IndicatorStatistics.init)
    }
}
