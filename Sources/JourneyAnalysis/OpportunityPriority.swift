import JourneyModel

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

    /// `rule` places it in a quadrant (`quadrants:` in site.yml).
    public init(opportunity: Opportunity, stageIndex: Int, rule: QuadrantRule = .standard) {
        self.opportunity = opportunity
        self.stageIndex = stageIndex
        if let impact = opportunity.impact, let effort = opportunity.effort {
            quadrant = rule.quadrant(impact: impact, effort: effort)
            priority = impact.weight * (4 - effort.weight)
        } else {
            quadrant = nil
            priority = 0
        }
    }

    /// Every opportunity of the journey still to do, highest priority first; ties keep the
    /// journey's order. Those marked `done` are shipped (see `shipped`), not ranked.
    public static func ranking(_ journey: Journey, rule: QuadrantRule = .standard) -> [RankedOpportunity] {
        let all = journey.stages.enumerated().flatMap { index, stage in
            stage.opportunities.filter { $0.status != .done }.map { RankedOpportunity(opportunity: $0, stageIndex: index, rule: rule) }
        }
        return all.enumerated().sorted { ($1.element.priority, $0.offset) < ($0.element.priority, $1.offset) }.map(\.element)
    }
}
