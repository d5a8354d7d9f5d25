/// A survey file declared in `site.yml`, the scale its answers are given on, and how its
/// columns are read: a survey tool's export is used as it is, its columns named by their headers.
public struct SurveyFile: Sendable, Hashable {
    /// What a survey's column may hold.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case journey, stage, persona, respondent, score, comment
    }

    /// A column of scores about one stage (`scores: { purchase: "Q3. How easy was it to pay?" }`).
    public struct ScoreColumn: Sendable, Hashable {
        /// The stage's slug or name.
        public var stage: String
        /// The column's header.
        public var header: String

        public init(stage: String, header: String) {
            self.stage = stage
            self.header = header
        }
    }

    /// Path relative to the content folder, e.g. `data/survey-2026-q3.csv`.
    public var path: String
    public var scaleMin: Double
    public var scaleMax: Double
    /// The header of the column that holds each role, when it is not the role's own name (`columns:`).
    public var columns: [Role: String]
    /// A value for every row, instead of a column (`journey: cake-order`): journey, stage or persona.
    public var fixed: [Role: String]
    /// Score columns for several stages, one answer per stage and row; empty for one `score` column.
    public var scores: [ScoreColumn]
    /// Where the survey is declared in `site.yml`, for problems with its settings.
    public var declaration: SourceLocation?

    public init(path: String, scaleMin: Double = 1, scaleMax: Double = 5, columns: [Role: String] = [:], fixed: [Role: String] = [:],
                scores: [ScoreColumn] = [], declaration: SourceLocation? = nil) {
        self.path = path
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.columns = columns
        self.fixed = fixed
        self.scores = scores
        self.declaration = declaration
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

/// How many rows of survey (or feedback) files a load read, and how many it had to reject.
public struct SurveyTally: Sendable, Hashable {
    public var read = 0
    public var rejected = 0

    public init(read: Int = 0, rejected: Int = 0) {
        self.read = read
        self.rejected = rejected
    }
}
