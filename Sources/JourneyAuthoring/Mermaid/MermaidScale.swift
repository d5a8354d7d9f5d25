import JourneyModel

/// The range a diagram's task scores are read on, mapped linearly onto a site's scale.
///
/// Mermaid's documentation scores tasks from 1 to 5, but Mermaid draws any number, and some
/// diagrams score from 1 to 7 or 1 to 10. Without a scale given (`--scale`), a diagram is read
/// on the smallest of 1…5, 1…7 and 1…10 that holds all its scores.
public struct MermaidScale: Sendable, Hashable, CustomStringConvertible {
    public let min: Int
    public let max: Int

    /// Nil unless `min` is below `max`.
    public init?(min: Int, max: Int) {
        guard min < max else { return nil }
        self.min = min
        self.max = max
    }

    /// `MIN..MAX`, as `--scale` takes it: `1..10`, `-2..2`.
    public init?(argument: String) {
        let bounds = argument.split(separator: "..", omittingEmptySubsequences: false)
        guard bounds.count == 2, let min = Int(bounds[0].trimmingSpaces), let max = Int(bounds[1].trimmingSpaces) else { return nil }
        self.init(min: min, max: max)
    }

    /// Mermaid's documented scale, 1…5.
    public static let mermaid = MermaidScale(min: 1, max: 5)!

    /// The widest scale a diagram is read on without `--scale`, 1…10.
    public static let widest = MermaidScale(min: 1, max: 10)!

    /// The scales a diagram is read on without `--scale`, smallest first.
    public static let usual = [mermaid, MermaidScale(min: 1, max: 7)!, widest]

    /// `1…5`.
    public var description: String { "\(min)…\(max)" }

    /// Whether `score` lies on the scale, both ends included.
    public func contains(_ score: Double) -> Bool {
        Double(min) <= score && score <= Double(max)
    }

    /// The score on `scale` at the same place as `score` on this one: the ends go to the ends.
    public func score(_ score: Double, on scale: EmotionScale) -> Double {
        Double(scale.min) + (score - Double(min)) / Double(max - min) * Double(scale.max - scale.min)
    }

    /// The nearest whole score on this scale to `siteScore`, a score on `scale`.
    public func score(from siteScore: Double, on scale: EmotionScale) -> Int {
        let value = Double(min) + (siteScore - Double(scale.min)) / Double(scale.max - scale.min) * Double(max - min)
        return Int(Swift.min(Swift.max(value, Double(min)), Double(max)).rounded(.toNearestOrAwayFromZero))
    }
}
