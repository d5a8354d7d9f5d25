import JourneyModel
import SiteRenderer

/// What a build did: its diagnostics, what it made, and how long each phase took.
public struct BuildReport: Sendable {
    /// One named phase of the pipeline and its duration.
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var seconds: Double
    }

    public var diagnostics: [Diagnostic] = []
    /// Set when the output folder could not or may not be written.
    public var failure: String?
    public var journeys = 0
    public var stages = 0
    /// Stage notes taken as the last build loaded them, unread (see `StageMemo`).
    public var stagesReused = 0
    public var personas = 0
    /// Survey rows read and rejected.
    public var survey = SurveyTally()
    /// Feedback rows read and rejected.
    public var feedback = SurveyTally()
    public var snapshots = 0
    public var pages = 0
    public var files = 0
    public var written = 0
    public var unchanged = 0
    public var removed = 0
    public var phases: [Phase] = []
    /// Whether the build stopped early: no input changed since the last build, and no output file either.
    public var upToDate = false
    /// Whether only the journeys whose stage notes changed were rendered again.
    public var incremental = false
    /// Time per page template, slowest first.
    public var templates: [SiteRenderer.TemplateTiming] = []

    /// Whether the site was written.
    public var succeeded: Bool { failure == nil && !diagnostics.hasErrors }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public var totalSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }
}
