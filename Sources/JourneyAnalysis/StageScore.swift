import JourneyModel

/// Where a stage's score for a persona came from.
public enum ScoreSource: String, Sendable, Hashable {
    /// `emotion` or `emotions` in the stage note.
    case explicit
    /// The mean of the survey answers about the stage.
    case survey
    /// The mean of the stage's steps.
    case steps
    /// The mean of the stage's touchpoint emotions.
    case touchpoints
}

/// A stage's score for one persona, with its origin.
public struct StageScore: Sendable, Hashable {
    public var value: Double
    public var source: ScoreSource
    /// The answers behind a survey score.
    public var answers: AnswerStatistics?

    public init(value: Double, source: ScoreSource, answers: AnswerStatistics? = nil) {
        self.value = value
        self.source = source
        self.answers = answers
    }

    /// The score of `stage` for `persona` (nil: for the journey as a whole), from the first
    /// source that has one: explicit scores, then survey answers, then steps, then touchpoints.
    /// Nil when none has: a curve breaks there rather than invent a point.
    public static func resolve(_ stage: Stage, persona: String?, survey: StageSurvey? = nil) -> StageScore? {
        if let persona, let value = stage.emotions[persona] { return StageScore(value: value, source: .explicit) }
        if let value = stage.emotion { return StageScore(value: value, source: .explicit) }
        if let answers = survey?.statistics(for: persona) {
            return StageScore(value: answers.mean, source: .survey, answers: answers)
        }
        let steps = stage.steps.filter { step in
            guard let persona else { return true }
            return step.actors?.contains(persona) ?? true
        }
        if let value = JourneyAnalysis.mean(steps.compactMap(\.score)) { return StageScore(value: value, source: .steps) }
        if persona == nil, let value = JourneyAnalysis.mean(stage.emotions.keys.sorted().compactMap { stage.emotions[$0] }) {
            return StageScore(value: value, source: .explicit)
        }
        if let value = JourneyAnalysis.mean(stage.touchpoints.compactMap(\.emotion)) { return StageScore(value: value, source: .touchpoints) }
        return nil
    }
}

extension JourneyAnalysis {
    /// The arithmetic mean, or nil for no values.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
