import JourneyModel

/// Where an opportunity sits on the impact/effort matrix, by the table `rule`: a quick win is
/// high impact for low effort (or medium impact for low effort); medium impact for medium effort
/// is a fill-in, not a quick win, so that the quick wins stay the few things to do first.
public enum Quadrant: String, Sendable, Hashable, CaseIterable {
    /// High impact, low effort: do first.
    case quickWin = "quick-win"
    /// High impact, high effort: plan.
    case bigBet = "big-bet"
    /// Low impact, low effort: when there is time.
    case fillIn = "fill-in"
    /// Low impact, high effort: avoid.
    case moneyPit = "money-pit"

    /// The quadrant of each impact (rows, high first) and effort (columns, low first):
    ///
    /// | impact \\ effort | low | medium | high |
    /// |---|---|---|---|
    /// | high | quick win | big bet | big bet |
    /// | medium | quick win | fill-in | money pit |
    /// | low | fill-in | fill-in | money pit |
    public static let rule: [Level: [Level: Quadrant]] = [
        .high: [.low: .quickWin, .medium: .bigBet, .high: .bigBet],
        .medium: [.low: .quickWin, .medium: .fillIn, .high: .moneyPit],
        .low: [.low: .fillIn, .medium: .fillIn, .high: .moneyPit],
    ]

    public init(impact: Level, effort: Level) {
        self = Self.rule[impact]![effort]!
    }

    /// The (impact, effort) cells of this quadrant, high impact and low effort first.
    public var cells: [(impact: Level, effort: Level)] {
        Level.allCases.reversed().flatMap { impact in
            Level.allCases.filter { Quadrant(impact: impact, effort: $0) == self }.map { (impact, $0) }
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
