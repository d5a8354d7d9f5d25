import JourneyModel

/// The scores of one persona (or of the journey as a whole) across the stages of a journey.
public struct EmotionCurve: Sendable, Hashable {
    /// The persona this curve follows; nil for a journey without personas.
    public var persona: String?
    /// One entry per stage, in stage order; nil where the stage has no score for this persona.
    public var scores: [StageScore?]

    public init(persona: String?, scores: [StageScore?]) {
        self.persona = persona
        self.scores = scores
    }

    /// The curve of `persona` through `journey`, with the survey answers about each stage.
    public init(journey: Journey, persona: String?, surveys: [StageSurvey?] = []) {
        self.init(persona: persona, scores: journey.stages.enumerated().map { index, stage in
            StageScore.resolve(stage, persona: persona, survey: index < surveys.count ? surveys[index] : nil)
        })
    }

    /// The values, nil where the curve breaks.
    public var values: [Double?] { scores.map { $0?.value } }

    /// Whether the curve has at least one point.
    public var hasPoints: Bool { scores.contains { $0 != nil } }
}
