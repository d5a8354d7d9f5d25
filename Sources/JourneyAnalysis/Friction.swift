import JourneyModel

/// How much a stage hurts: its pain points weighted by severity (low 1, medium 2, high 3).
public struct StageFriction: Sendable, Hashable {
    public var index: Int
    public var score: Int
    /// Pain points by severity: `[high, medium, low]` counts.
    public var high: Int
    public var medium: Int
    public var low: Int

    public init(stage: Stage, index: Int) {
        self.index = index
        score = stage.painPoints.reduce(0) { $0 + $1.severity.weight }
        high = stage.painPoints.filter { $0.severity == .high }.count
        medium = stage.painPoints.filter { $0.severity == .medium }.count
        low = stage.painPoints.filter { $0.severity == .low }.count
    }

    /// Every stage's friction, in stage order.
    public static func of(_ journey: Journey) -> [StageFriction] {
        journey.stages.enumerated().map { StageFriction(stage: $1, index: $0) }
    }

    /// Stages with friction, worst first; ties keep the stage order.
    public static func ranking(_ frictions: [StageFriction]) -> [StageFriction] {
        frictions.filter { $0.score > 0 }.sorted { ($1.score, $0.index) < ($0.score, $1.index) }
    }
}
