/// A survey file declared in `site.yml`, the scale its answers are given on, and how its
/// columns are read: a survey tool's export is used as it is, its columns named by their headers.
public struct SurveyFile: Sendable, Hashable {
    /// What a survey's column may hold.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case journey, stage, persona, respondent, score, comment, nps, csat, ces, wave, date

        /// The standard indicators a row may answer besides its score: NPS, CSAT and CES.
        public static let indicators: [Role] = [.nps, .csat, .ces]
    }

    /// The scale CSAT answers are given on, and the lowest answer that counts as satisfied
    /// (`csat_scale: { min: 1, max: 5, satisfied: 4 }`: the usual top two boxes of five).
    public struct SatisfactionScale: Sendable, Hashable {
        public var min: Double
        public var max: Double
        public var satisfied: Double

        public init(min: Double = 1, max: Double = 5, satisfied: Double = 4) {
            self.min = min
            self.max = max
            self.satisfied = satisfied
        }
    }

    /// NPS answers: 0 to 10.
    public static let promoterScale: ClosedRange<Double> = 0...10
    /// CES answers: 1 to 7, the usual seven-point effort question.
    public static let effortScale: ClosedRange<Double> = 1...7

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
    /// How the rows' `date` column gives their wave (`waves: quarter`).
    public var waveRule: WaveRule?
    /// The scale of its CSAT answers.
    public var csatScale = SatisfactionScale()
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
    /// The survey wave the answer belongs to; nil when its survey gives none.
    public var wave: String?
    /// The answer on the site's emotion scale; nil for a row that answers only the indicators.
    public var score: Double?
    /// The row's answers to NPS, CSAT and CES, when it has them.
    public var indicators: IndicatorAnswers
    public var comment: String?
    /// Where the row is: the CSV file and the line it starts on.
    public var source: SourceLocation

    public init(journey: String, stage: String, persona: String? = nil, respondent: String? = nil, wave: String? = nil, score: Double?,
                indicators: IndicatorAnswers = IndicatorAnswers(), comment: String? = nil, source: SourceLocation) {
        self.journey = journey
        self.stage = stage
        self.persona = persona
        self.respondent = respondent
        self.wave = wave
        self.score = score
        self.indicators = indicators
        self.comment = comment
        self.source = source
    }
}

/// One respondent's answers to the standard indicators, each nil when the row leaves it empty.
public struct IndicatorAnswers: Sendable, Hashable {
    /// How likely they are to recommend, 0–10.
    public var nps: Int?
    /// Whether their CSAT answer is at or above the survey's `satisfied` level.
    public var satisfied: Bool?
    /// Customer effort, 1 to 7, in the direction the question asks it.
    public var ces: Double?

    public init(nps: Int? = nil, satisfied: Bool? = nil, ces: Double? = nil) {
        self.nps = nps
        self.satisfied = satisfied
        self.ces = ces
    }

    /// Whether the row answers none of them.
    public var isEmpty: Bool { nps == nil && satisfied == nil && ces == nil }
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
