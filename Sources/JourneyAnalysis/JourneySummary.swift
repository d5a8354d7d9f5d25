import JourneyModel

/// A stage picked out by the summary, with its score.
public struct StagePoint: Sendable, Hashable {
    /// Index of the stage in the journey.
    public var index: Int
    public var score: Double

    public init(index: Int, score: Double) {
        self.index = index
        self.score = score
    }
}

/// The fall between two consecutive stages.
public struct Drop: Sendable, Hashable {
    /// Index of the stage the fall starts from; it ends at `from + 1`.
    public var from: Int
    /// How far the score falls, a positive number.
    public var amount: Double

    public init(from: Int, amount: Double) {
        self.from = from
        self.amount = amount
    }
}

/// The figures that sum a curve up: where it peaks, where it breaks, how it ends.
public struct JourneySummary: Sendable, Hashable {
    /// Mean of the scored stages.
    public var mean: Double?
    /// The highest stage; the first one on a tie.
    public var peak: StagePoint?
    /// The lowest stage, the "moment of truth"; the first one on a tie.
    public var lowest: StagePoint?
    /// The last scored stage.
    public var end: StagePoint?
    /// Mean of the peak and the end: what customers remember (Kahneman's peak–end rule).
    public var peakEnd: Double?
    /// The largest fall between two consecutive stages that both have a score; nil when the curve never falls.
    public var biggestDrop: Drop?
    /// Share of the scored stages above the scale's neutral point, 0…1.
    public var shareAboveNeutral: Double?

    /// The summary of per-stage scores (nil where a stage has none) on `scale`.
    public init(scores: [Double?], scale: EmotionScale) {
        let scored = scores.enumerated().compactMap { index, score in score.map { StagePoint(index: index, score: $0) } }
        mean = JourneyAnalysis.mean(scored.map(\.score))
        peak = scored.reduce(nil) { best, point in best.map { point.score > $0.score ? point : $0 } ?? point }
        lowest = scored.reduce(nil) { best, point in best.map { point.score < $0.score ? point : $0 } ?? point }
        end = scored.last
        peakEnd = peak.flatMap { peak in end.map { (peak.score + $0.score) / 2 } }
        biggestDrop = scores.indices.dropLast().compactMap { index -> Drop? in
            guard let from = scores[index], let to = scores[index + 1], to < from else { return nil }
            return Drop(from: index, amount: from - to)
        }.reduce(nil) { best, drop in best.map { drop.amount > $0.amount ? drop : $0 } ?? drop }
        shareAboveNeutral = scored.isEmpty ? nil
            : Double(scored.filter { $0.score > scale.neutral }.count) / Double(scored.count)
    }
}
