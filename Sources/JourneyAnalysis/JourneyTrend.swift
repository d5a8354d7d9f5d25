import JourneyModel

/// A journey's scores across the snapshots of `history/`, and what changed since the most recent
/// one whose scores differ from today's (or, without one, since the previous survey wave).
public struct JourneyTrend: Sendable, Hashable {
    /// One snapshot's overall score of the journey.
    public struct Point: Sendable, Hashable {
        public var label: String
        public var date: String?
        public var score: Double
    }

    /// The change of one stage since the reference that scored it.
    public struct StageChange: Sendable, Hashable {
        public var index: Int
        public var previous: Double
        public var delta: Double
        /// Opportunities of the stage marked done: what the team shipped, next to what moved.
        public var done: [Opportunity]
    }

    /// The snapshots that score the journey, oldest first; the current build is not among them.
    public var points: [Point]
    /// The label of the snapshot, or the name of the wave, the changes are measured from.
    public var since: String
    /// The current overall score minus the reference's.
    public var overallDelta: Double?
    /// Per stage with a score now and in the reference (or a snapshot before it).
    public var changes: [StageChange]

    /// Nil when neither a snapshot nor a previous wave scores the journey. `previousWave` holds the
    /// journey's scores with the answers of the wave before the one the curve uses, labelled with its name.
    public init?(_ item: JourneyAnalysis, snapshots: [Snapshot], previousWave: Snapshot? = nil) {
        let scored = snapshots.compactMap { snapshot in snapshot.journeys[item.journey.slug].map { (snapshot, $0) } }
        let now = Snapshot.JourneyScores(item)
        // A snapshot taken since the latest data holds today's scores: the change is measured from an earlier one.
        let differing = scored.last { !$0.1.sameScores(as: now) }
        let wave = previousWave.flatMap { wave in wave.journeys[item.journey.slug].map { (wave, $0) } }
        guard let reference = differing ?? wave ?? scored.last else { return nil }
        points = scored.compactMap { snapshot, scores in
            scores.overall.map { Point(label: snapshot.label, date: snapshot.date, score: $0) }
        }
        since = reference.0.label
        overallDelta = item.overallScore.flatMap { now in reference.1.overall.map { now - $0 } }
        // A stage the reference does not score is measured from the last snapshot before it that does.
        let earlier = scored.lastIndex { $0.0 == reference.0 }.map { Array(scored[...$0]) } ?? [reference]
        changes = item.journey.stages.enumerated().compactMap { index, stage in
            guard let now = item.stageScores[index],
                  let previous = earlier.reversed().lazy.compactMap({ $0.1.stages[stage.slug]?.value }).first else { return nil }
            return StageChange(index: index, previous: previous, delta: now - previous,
                               done: stage.opportunities.filter { $0.status == .done })
        }
    }
}

extension Snapshot.JourneyScores {
    /// Whether the overall and every stage's score are those of `other`, to the three decimals a snapshot file keeps.
    func sameScores(as other: Snapshot.JourneyScores) -> Bool {
        func kept(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }
        return kept(overall) == kept(other.overall) && Set(stages.keys) == Set(other.stages.keys)
            && stages.allSatisfy { slug, score in kept(score.value) == kept(other.stages[slug]?.value) }
    }
}
