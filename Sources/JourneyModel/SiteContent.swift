/// Everything loaded from a content folder, validated and ready to analyse.
public struct SiteContent: Sendable, Hashable {
    public var site: Site
    /// Sorted by slug.
    public var personas: [Persona]
    /// Sorted by slug; drafts are left out unless the build asks for them.
    public var journeys: [Journey]
    /// Files under `assets/`, as paths relative to that folder, sorted.
    public var assets: [String]
    /// The accepted answers of every survey file, in file and row order.
    public var responses: [SurveyResponse]
    public var surveyTally: SurveyTally
    /// The notes of `solutions/`, sorted by slug.
    public var solutions: [Solution] = []
    /// The accepted items of every feedback file, in file and row order.
    public var feedback: [FeedbackItem] = []
    public var feedbackTally = SurveyTally()
    /// The snapshots of `history/`, oldest first.
    public var snapshots: [Snapshot]

    public init(site: Site, personas: [Persona] = [], journeys: [Journey] = [], assets: [String] = [],
                responses: [SurveyResponse] = [], surveyTally: SurveyTally = SurveyTally(), snapshots: [Snapshot] = []) {
        self.site = site
        self.personas = personas
        self.journeys = journeys
        self.assets = assets
        self.responses = responses
        self.surveyTally = surveyTally
        self.snapshots = snapshots
    }

    /// The persona with this slug.
    public func persona(_ slug: String) -> Persona? {
        personas.first { $0.slug == slug }
    }

    /// The journey with this slug.
    public func journey(_ slug: String) -> Journey? {
        journeys.first { $0.slug == slug }
    }
}
