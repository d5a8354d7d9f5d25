/// A survey file declared in `site.yml`, and the scale its answers are given on.
public struct SurveyFile: Sendable, Hashable {
    /// Path relative to the content folder, e.g. `data/survey-2026-q3.csv`.
    public var path: String
    public var scaleMin: Double
    public var scaleMax: Double

    public init(path: String, scaleMin: Double = 1, scaleMax: Double = 5) {
        self.path = path
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
    }

    /// An answer mapped linearly onto the site's emotion scale.
    public func map(_ answer: Double, onto scale: EmotionScale) -> Double {
        Double(scale.min) + (answer - scaleMin) / (scaleMax - scaleMin) * Double(scale.max - scale.min)
    }
}

/// One answer of one respondent about one stage.
public struct SurveyResponse: Sendable, Hashable {
    public var journey: String
    /// The stage's slug.
    public var stage: String
    /// The persona the respondent belongs to; nil when the row does not say.
    public var persona: String?
    public var respondent: String?
    /// The answer on the site's emotion scale.
    public var score: Double
    public var comment: String?
    /// Where the row is: the CSV file and the line it starts on.
    public var source: SourceLocation

    public init(journey: String, stage: String, persona: String? = nil, respondent: String? = nil, score: Double,
                comment: String? = nil, source: SourceLocation) {
        self.journey = journey
        self.stage = stage
        self.persona = persona
        self.respondent = respondent
        self.score = score
        self.comment = comment
        self.source = source
    }
}

/// How many survey rows a load read, and how many it had to reject.
public struct SurveyTally: Sendable, Hashable {
    public var read = 0
    public var rejected = 0

    public init(read: Int = 0, rejected: Int = 0) {
        self.read = read
        self.rejected = rejected
    }
}
