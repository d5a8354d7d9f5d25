import JourneyModel

/// A pain point with where it occurs, for the site-wide register.
public struct PainPointEntry: Sendable, Hashable {
    public var journey: String
    public var stageIndex: Int
    public var painPoint: PainPoint
    /// The opportunities that address it by its id (`addresses:`), in any journey, in site order;
    /// empty when none does: no opportunity yet.
    public var addressedBy: [PlacedOpportunity]
    /// How many feedback items mention it by its id (`pain: busy-line`).
    public var feedbackCount: Int
}

/// An opportunity and the journey and stage it belongs to.
public struct PlacedOpportunity: Sendable, Hashable {
    public var journey: String
    public var stageIndex: Int
    public var opportunity: Opportunity
}

/// An opportunity with where it comes from and its priority, for the site-wide backlog.
public struct OpportunityEntry: Sendable, Hashable {
    public var journey: String
    public var ranked: RankedOpportunity
}

extension SiteAnalysis {
    /// Every pain point of every journey, most severe first, then by journey and stage order.
    public var painPointRegister: [PainPointEntry] {
        var addressing: [String: [PlacedOpportunity]] = [:]
        for item in journeys {
            for (index, stage) in item.journey.stages.enumerated() {
                for opportunity in stage.opportunities {
                    let placed = PlacedOpportunity(journey: item.journey.slug, stageIndex: index, opportunity: opportunity)
                    for name in Set(opportunity.addresses.map(\.name)) { addressing[name, default: []].append(placed) }
                }
            }
        }
        let mentions = Dictionary(grouping: content.feedback.compactMap(\.pain), by: { $0 }).mapValues(\.count)
        let entries = journeys.flatMap { item in
            item.journey.stages.enumerated().flatMap { index, stage in
                stage.painPoints.map { PainPointEntry(journey: item.journey.slug, stageIndex: index, painPoint: $0,
                                                      addressedBy: $0.id.flatMap { addressing[$0.name] } ?? [],
                                                      feedbackCount: $0.id.flatMap { mentions[$0.name] } ?? 0) }
            }
        }
        return entries.enumerated().sorted { ($1.element.painPoint.severity, $0.offset) < ($0.element.painPoint.severity, $1.offset) }
            .map(\.element)
    }

    /// Every opportunity of every journey, highest priority first, then by journey order.
    public var opportunityBacklog: [OpportunityEntry] {
        let entries = journeys.flatMap { item in item.opportunities.map { OpportunityEntry(journey: item.journey.slug, ranked: $0) } }
        return entries.enumerated().sorted { ($1.element.ranked.priority, $0.offset) < ($0.element.ranked.priority, $1.offset) }
            .map(\.element)
    }
}
