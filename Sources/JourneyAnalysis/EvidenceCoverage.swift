import JourneyModel

/// What a journey's findings rest on: research, assumption, or nothing said.
public struct EvidenceCoverage: Sendable, Hashable {
    /// Stages backed by survey, analytics or interviews, or by customer feedback.
    public var researched: Int
    public var assumed: Int
    /// Stages that do not say.
    public var unstated: Int
    /// Count per kind of evidence, in `Evidence.allCases` order.
    public var byKind: [Evidence: Int]

    /// Stages backed by customer feedback items alone: their notes say nothing, or `assumption`.
    public var byFeedback: Int

    /// The coverage of `journey`, whose stages have `feedback` items each (in stage order; none when empty).
    public init(journey: Journey, feedback: [Int] = []) {
        let kinds = journey.stages.compactMap(\.evidence)
        byKind = Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count)
        let heard = journey.stages.indices.map { feedback.indices.contains($0) && feedback[$0] > 0 }
        byFeedback = zip(journey.stages, heard).filter { stage, heard in heard && (stage.evidence ?? .assumption) == .assumption }.count
        let assumedHeard = zip(journey.stages, heard).filter { $0.evidence == .assumption && $1 }.count
        assumed = (byKind[.assumption] ?? 0) - assumedHeard
        researched = kinds.count - (byKind[.assumption] ?? 0) + byFeedback
        unstated = journey.stages.count - kinds.count - (byFeedback - assumedHeard)
    }

    public var total: Int { researched + assumed + unstated }

    /// Share of stages backed by research, 0…1; nil for a journey without stages.
    public var researchedShare: Double? { total == 0 ? nil : Double(researched) / Double(total) }
}
