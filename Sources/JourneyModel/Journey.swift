/// Whether a journey describes today's experience or the one the team is aiming for.
public enum JourneyState: String, Sendable, Hashable, CaseIterable {
    case current, future
}

/// One journey map: who, in what scenario, through which stages.
public struct Journey: Sendable, Hashable, Identifiable {
    /// From the folder name: `journeys/<slug>/`.
    public var slug: String
    public var title: String
    /// Slugs of the personas this journey follows, in the author's order.
    public var personas: [String]
    public var state: JourneyState
    /// Slug of another journey this one is compared with (as-is vs to-be).
    public var compares: String?
    public var scenario: String?
    public var expectations: [String]
    public var owner: String?
    public var tags: [String]
    /// UI language for this journey's pages, when it differs from the site's.
    public var language: String?
    public var draft: Bool
    /// The paper the journey's pages print on, when not the site's (`print: a4`).
    public var paper: PaperSize?
    /// The lanes its map shows, in order, when its header sets them (`lanes:`); the site's otherwise.
    public var laneOrder: [LaneSlot]?
    /// Whether its map is a service blueprint (`blueprint: true`): the blueprint lanes and lines under the customer's actions.
    public var blueprint = false
    public var bodyHTML: String
    /// The stages in order of their numeric prefix.
    public var stages: [Stage]
    /// Path of `journey.md`.
    public var source: String
    /// The survey wave its curve uses (`survey_wave:`), `all` for every answer; nil for the latest wave.
    public var surveyWave: String?
    /// Where `survey_wave` is written, for an error when no answer has that wave.
    public var surveyWaveLocation: SourceLocation?

    /// `survey_wave: all`: the curve uses the answers of every wave.
    public static let allWaves = "all"

    public var id: String { slug }

    public init(
        slug: String, title: String, personas: [String] = [], state: JourneyState = .current,
        compares: String? = nil, scenario: String? = nil, expectations: [String] = [], owner: String? = nil,
        tags: [String] = [], language: String? = nil, draft: Bool = false, bodyHTML: String = "",
        stages: [Stage] = [], source: String = ""
    ) {
        self.slug = slug
        self.title = title
        self.personas = personas
        self.state = state
        self.compares = compares
        self.scenario = scenario
        self.expectations = expectations
        self.owner = owner
        self.tags = tags
        self.language = language
        self.draft = draft
        self.bodyHTML = bodyHTML
        self.stages = stages
        self.source = source
    }
}
