/// Site-wide settings from `site.yml`.
public struct Site: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// UI language of the generated site (`en` or `fr`).
    public var language: String
    /// Absolute address the site is published at; used for the sitemap and canonical links only.
    public var baseURL: String?
    public var scale: EmotionScale
    /// Whether raw HTML in Markdown bodies is passed through.
    public var allowRawHTML: Bool
    /// The site's own wording for UI strings, by language then key (`strings: { en: { nav_journeys: Maps } }`).
    public var strings: [String: [String: String]]
    /// Survey files whose answers give stage scores.
    public var surveys: [SurveyFile]
    /// Files of customer feedback (support tickets, reviews, posts) classified by stage.
    public var feedback: [FeedbackFile] = []
    /// The site's own lanes (`lanes:`), in the order declared.
    public var lanes: [LaneDefinition] = []
    /// The lanes maps show, in order (built-in lanes by default); a journey may set its own.
    public var laneOrder: [LaneSlot] = BuiltinLane.allCases.map(LaneSlot.builtin)
    /// Below this many answers, a survey-based score is marked as thin evidence.
    public var minAnswers: Int
    /// The site's own templates folder, relative to the content folder (`templates: ../Templates`); nil when not set.
    public var templates: String?
    /// Whether every warning is an error (`strict: true`), as `--strict` makes it for one build.
    public var strict = false
    /// The paper journey pages and reports print on, in landscape (`print: a4`); a journey may set its own.
    public var paper = PaperSize.a3
    /// Which quadrant of the impact/effort matrix each impact and effort falls in (`quadrants:`).
    public var quadrants = QuadrantRule.standard

    public init(
        title: String, description: String? = nil, language: String = "en", baseURL: String? = nil,
        scale: EmotionScale = EmotionScale(), allowRawHTML: Bool = false, strings: [String: [String: String]] = [:],
        surveys: [SurveyFile] = [], minAnswers: Int = 5
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.scale = scale
        self.allowRawHTML = allowRawHTML
        self.strings = strings
        self.surveys = surveys
        self.minAnswers = minAnswers
    }

    /// The UI languages the site's own words exist in.
    public static let languages = ["en", "fr"]
}

/// The paper pages print on, in landscape.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    case a3, a4

    /// The size as CSS `@page` names it: `A3`.
    public var cssName: String { rawValue.uppercased() }
}
