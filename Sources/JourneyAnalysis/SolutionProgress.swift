import JourneyModel

/// Where a solution stands: the opportunities it delivers, the pain points they address, the
/// stages those pain points sit in, and how those stages' scores moved since it shipped.
public struct SolutionProgress: Sendable, Hashable {
    public var solution: Solution
    /// The opportunities it delivers, in the order it names them.
    public var delivers: [PlacedOpportunity]
    /// The pain points those opportunities address, the most severe first.
    public var addresses: [PainPointEntry]
    /// The stages those pain points sit in, in site order, each with its score then and now.
    public var stages: [StageChange]
    /// The snapshot the scores are compared with: the last one dated on or before the shipping
    /// day; nil when the solution has not shipped or no snapshot is that old.
    public var baseline: Snapshot?

    /// A stage's score in the baseline snapshot and now.
    public struct StageChange: Sendable, Hashable {
        public var journey: String
        public var stageIndex: Int
        public var before: Double?
        public var now: Double?

        public var change: Double? { before.flatMap { before in now.map { $0 - before } } }
    }
}

extension SiteAnalysis {
    /// Every solution of the site, in slug order, with its progress.
    public var solutionProgress: [SolutionProgress] {
        let register = painPointRegister
        let opportunities = journeys.flatMap { item in
            item.journey.stages.enumerated().flatMap { index, stage in
                stage.opportunities.map { PlacedOpportunity(journey: item.journey.slug, stageIndex: index, opportunity: $0) }
            }
        }
        return content.solutions.map { solution in
            let names = solution.delivers.map(\.name)
            let delivers = names.compactMap { name in opportunities.first { $0.opportunity.id?.name == name } }
            let addressed = Set(delivers.flatMap { $0.opportunity.addresses.map(\.name) })
            let addresses = register.filter { $0.painPoint.id.map { addressed.contains($0.name) } ?? false }
            let baseline = solution.shipped.flatMap { shipped in content.snapshots.last { ($0.date ?? "9999") <= shipped } }
            var seen: Set<String> = []
            let places = journeys.flatMap { item in
                item.journey.stages.indices.compactMap { index -> SolutionProgress.StageChange? in
                    guard addresses.contains(where: { $0.journey == item.journey.slug && $0.stageIndex == index }),
                          seen.insert("\(item.journey.slug)/\(index)").inserted else { return nil }
                    let before = baseline?.journeys[item.journey.slug]?.stages[item.journey.stages[index].slug]?.value
                    return .init(journey: item.journey.slug, stageIndex: index, before: before, now: item.stageScores[index])
                }
            }
            return SolutionProgress(solution: solution, delivers: delivers, addresses: addresses, stages: places, baseline: baseline)
        }
    }
}
