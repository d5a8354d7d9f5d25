import JourneyModel

/// What a journey's findings rest on: research, assumption, or nothing said.
public struct EvidenceCoverage: Sendable, Hashable {
    /// Stages backed by survey, analytics or interviews.
    public var researched: Int
    public var assumed: Int
    /// Stages that do not say.
    public var unstated: Int
    /// Count per kind of evidence, in `Evidence.allCases` order.
    public var byKind: [Evidence: Int]

    public init(journey: Journey) {
        let kinds = journey.stages.compactMap(\.evidence)
        byKind = Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count)
        assumed = byKind[.assumption] ?? 0
        researched = kinds.count - assumed
        unstated = journey.stages.count - kinds.count
    }

    public var total: Int { researched + assumed + unstated }

    /// Share of stages backed by research, 0…1; nil for a journey without stages.
    public var researchedShare: Double? { total == 0 ? nil : Double(researched) / Double(total) }
}
