import JourneyModel

/// A journey's overall score across the snapshots of `history/` and the survey waves its curve
/// does not use, and what changed since the most recent snapshot whose scores differ from today's
/// (or, without one, since the wave before the one the curve uses).
public struct JourneyTrend: Sendable, Hashable {
    /// One moment's overall score of the journey: a snapshot's, or a survey wave's.
    public struct Point: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case snapshot, wave
        }

        public var kind: Kind
        public var label: String
        public var date: String?
        public var score: Double
        /// The score's 95 % confidence interval, when the answers behind it give one.
        public var interval: ClosedRange<Double>?
    }

    /// The journey analysed with the answers of one survey wave.
    public struct Wave: Sendable, Hashable {
        public var name: String
        public var analysis: JourneyAnalysis
    }

    /// The change of one stage since the reference that scored it.
    public struct StageChange: Sendable, Hashable {
        public var index: Int
        public var previous: Double
        public var delta: Double
        /// Opportunities of the stage marked done: what the team shipped, next to what moved.
        public var done: [Opportunity]
    }

    /// The snapshots and waves that score the journey, in the order of `ordered(snapshots:waves:)`;
    /// the current build is not among them.
    public var points: [Point]
    /// The label of the snapshot, or the name of the wave, the changes are measured from; nil when
    /// only later waves score the journey.
    public var since: String?
    /// The current overall score minus the reference's.
    public var overallDelta: Double?
    /// Per stage with a score now and in the reference (or a snapshot before it).
    public var changes: [StageChange]

    /// Nil when neither a snapshot nor another wave scores the journey. `waves` holds the journey
    /// analysed with each wave's answers but the one its curve uses, in wave order.
    public init?(_ item: JourneyAnalysis, snapshots: [Snapshot], waves: [Wave] = []) {
        let scored = snapshots.compactMap { snapshot in snapshot.journeys[item.journey.slug].map { (snapshot, $0) } }
        points = Self.ordered(snapshots: scored, waves: waves)
        guard !points.isEmpty else { return nil }
        let now = Snapshot.JourneyScores(item)
        // A snapshot taken since the latest data holds today's scores: the change is measured from an earlier one.
        let differing = scored.last { !$0.1.sameScores(as: now) }
        let previousWave = item.waves?.selected.flatMap { selected in waves.last { $0.name < selected } }.map { wave in
            let scores = Snapshot.JourneyScores(wave.analysis)
            return (Snapshot(label: wave.name, journeys: [item.journey.slug: scores]), scores)
        }
        guard let reference = differing ?? previousWave ?? scored.last else {
            since = nil
            overallDelta = nil
            changes = []
            return
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

    /// Snapshots in date order and waves in name order, merged: a snapshot that holds survey waves
    /// comes after the latest wave it holds, and one that holds none before every wave. Waves
    /// whose answers score no stage are left out.
    static func ordered(snapshots: [(Snapshot, Snapshot.JourneyScores)], waves: [Wave]) -> [Point] {
        // A wave whose answers score no stage (the notes type every score) would only repeat today's score.
        let surveyed = waves.filter { wave in wave.analysis.curves.contains { curve in curve.scores.contains { $0?.source == .survey } } }
        let wavePoints = surveyed.compactMap { wave in
            wave.analysis.overallScore.map { (key: wave.name, rank: 0, point: Point(kind: .wave, label: wave.name, score: $0, interval: wave.analysis.overallInterval)) }
        }
        let snapshotPoints = snapshots.compactMap { snapshot, scores in
            scores.overall.map { overall in
                (key: scores.latestWave ?? "", rank: 1,
                 point: Point(kind: .snapshot, label: snapshot.label, date: snapshot.date, score: overall, interval: scores.overallInterval))
            }
        }
        let all = wavePoints + snapshotPoints
        return all.indices.sorted { (all[$0].key, all[$0].rank, $0) < (all[$1].key, all[$1].rank, $1) }.map { all[$0].point }
    }
}

extension Snapshot.JourneyScores {
    /// Whether the overall and every stage's score are those of `other`, to the three decimals a snapshot file keeps.
    func sameScores(as other: Snapshot.JourneyScores) -> Bool {
        func kept(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }
        return kept(overall) == kept(other.overall) && Set(stages.keys) == Set(other.stages.keys)
            && stages.allSatisfy { slug, score in kept(score.value) == kept(other.stages[slug]?.value) }
    }

    /// The latest survey wave the snapshot holds answers of; nil when it holds none.
    var latestWave: String? {
        (waves.values.flatMap(\.keys) + personaWaves.values.flatMap { $0.values.flatMap(\.keys) }).max()
    }
}
