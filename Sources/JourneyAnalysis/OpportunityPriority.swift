import JourneyModel

/// Where an opportunity sits on the impact/effort matrix.
///
/// Impact is high when it is `high` or `medium`; effort is high only when it is `high`. So
/// `medium`/`medium` is a quick win: worth doing, not a big project.
public enum Quadrant: String, Sendable, Hashable, CaseIterable {
    /// High impact, low effort: do first.
    case quickWin = "quick-win"
    /// High impact, high effort: plan.
    case bigBet = "big-bet"
    /// Low impact, low effort: when there is time.
    case fillIn = "fill-in"
    /// Low impact, high effort: avoid.
    case moneyPit = "money-pit"

    public init(impact: Level, effort: Level) {
        let highImpact = impact >= .medium, highEffort = effort == .high
        switch (highImpact, highEffort) {
        case (true, false): self = .quickWin
        case (true, true): self = .bigBet
        case (false, false): self = .fillIn
        case (false, true): self = .moneyPit
        }
    }
}

/// An opportunity marked `done`, with the stage it improved.
public struct ShippedOpportunity: Sendable, Hashable {
    public var opportunity: Opportunity
    /// Index of the stage it belongs to.
    public var stageIndex: Int

    /// The journey's opportunities marked done, in the journey's order.
    public static func all(in journey: Journey) -> [ShippedOpportunity] {
        journey.stages.enumerated().flatMap { index, stage in
            stage.opportunities.filter { $0.status == .done }.map { ShippedOpportunity(opportunity: $0, stageIndex: index) }
        }
    }
}

/// An opportunity with its place in the journey and its priority.
public struct RankedOpportunity: Sendable, Hashable {
    public var opportunity: Opportunity
    /// Index of the stage it belongs to.
    public var stageIndex: Int
    /// Nil when impact or effort is not rated.
    public var quadrant: Quadrant?
    /// Impact weight × ease (4 − effort weight), 1…9; 0 when not rated.
    public var priority: Int

    public init(opportunity: Opportunity, stageIndex: Int) {
        self.opportunity = opportunity
        self.stageIndex = stageIndex
        if let impact = opportunity.impact, let effort = opportunity.effort {
            quadrant = Quadrant(impact: impact, effort: effort)
            priority = impact.weight * (4 - effort.weight)
        } else {
            quadrant = nil
            priority = 0
        }
    }

    /// Every opportunity of the journey still to do, highest priority first; ties keep the
    /// journey's order. Those marked `done` are shipped (see `shipped`), not ranked.
    public static func ranking(_ journey: Journey) -> [RankedOpportunity] {
        let all = journey.stages.enumerated().flatMap { index, stage in
            stage.opportunities.filter { $0.status != .done }.map { RankedOpportunity(opportunity: $0, stageIndex: index) }
        }
        return all.enumerated().sorted { ($1.element.priority, $0.offset) < ($0.element.priority, $1.offset) }.map(\.element)
    }
}
