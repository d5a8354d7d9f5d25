import JourneyModel

/// A journey's scores across the snapshots of `history/`, and what changed since the last one.
public struct JourneyTrend: Sendable, Hashable {
    /// One snapshot's overall score of the journey.
    public struct Point: Sendable, Hashable {
        public var label: String
        public var date: String?
        public var score: Double
    }

    /// The change of one stage since the last snapshot that scored it.
    public struct StageChange: Sendable, Hashable {
        public var index: Int
        public var previous: Double
        public var delta: Double
        /// Opportunities of the stage marked done: what the team shipped, next to what moved.
        public var done: [Opportunity]
    }

    /// The snapshots that score the journey, oldest first; the current build is not among them.
    public var points: [Point]
    /// The label of the snapshot the changes are measured from.
    public var since: String
    /// The current overall score minus the last snapshot's.
    public var overallDelta: Double?
    /// Per stage with a score now and in a snapshot.
    public var changes: [StageChange]

    /// Nil when no snapshot scores the journey.
    public init?(_ item: JourneyAnalysis, snapshots: [Snapshot]) {
        let scored = snapshots.compactMap { snapshot in snapshot.journeys[item.journey.slug].map { (snapshot, $0) } }
        guard let last = scored.last else { return nil }
        points = scored.compactMap { snapshot, scores in
            scores.overall.map { Point(label: snapshot.label, date: snapshot.date, score: $0) }
        }
        since = last.0.label
        overallDelta = item.overallScore.flatMap { now in last.1.overall.map { now - $0 } }
        changes = item.journey.stages.enumerated().compactMap { index, stage in
            guard let now = item.stageScores[index],
                  let previous = scored.reversed().lazy.compactMap({ $0.1.stages[stage.slug]?.value }).first else { return nil }
            return StageChange(index: index, previous: previous, delta: now - previous,
                               done: stage.opportunities.filter { $0.status == .done })
        }
    }
}
