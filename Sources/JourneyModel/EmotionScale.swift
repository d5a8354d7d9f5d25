/// The integer scale every emotion score of a site is written on, with a word per level.
public struct EmotionScale: Sendable, Hashable {
    public var min: Int
    public var max: Int
    /// Words for some or all levels, e.g. `-2: Frustrated`.
    public var labels: [Int: String]

    public init(min: Int = -2, max: Int = 2, labels: [Int: String] = EmotionScale.defaultLabels) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    /// The labels of the default −2…+2 scale.
    public static let defaultLabels: [Int: String] = [
        -2: "Frustrated", -1: "Unhappy", 0: "Neutral", 1: "Pleased", 2: "Delighted",
    ]

    /// The labels of the default −2…+2 scale in a site language (`en`, `fr`).
    public static func defaultLabels(language: String) -> [Int: String] {
        language == "fr" ? [-2: "Frustré", -1: "Mécontent", 0: "Neutre", 1: "Satisfait", 2: "Ravi"] : defaultLabels
    }

    /// The middle of the scale: scores above it are positive experiences.
    public var neutral: Double { Double(min + max) / 2 }

    /// Whether a score lies on the scale.
    public func contains(_ score: Double) -> Bool {
        score >= Double(min) && score <= Double(max)
    }

    /// The levels from the lowest to the highest.
    public var levels: [Int] { Array(min...max) }

    /// The word for the level nearest to a score, if the site names it.
    public func label(for score: Double) -> String? {
        let level = Int((score).rounded(.toNearestOrAwayFromZero))
        return labels[Swift.min(Swift.max(level, min), max)]
    }
}
