import JourneyModel

/// A Mermaid `journey` diagram: a title, and sections of scored tasks with their actors.
public struct MermaidJourney: Sendable, Hashable {
    /// The last of the front matter's `title` and the `title` lines, as Mermaid shows it.
    public var title: String?
    /// `accTitle: …`, the accessible title.
    public var accessibleTitle: String?
    /// `accDescr: …` or the lines of `accDescr { … }`, the accessible description.
    public var accessibleDescription: String?
    public var sections: [MermaidSection]

    public init(title: String? = nil, accessibleTitle: String? = nil, accessibleDescription: String? = nil,
                sections: [MermaidSection] = []) {
        self.title = title
        self.accessibleTitle = accessibleTitle
        self.accessibleDescription = accessibleDescription
        self.sections = sections
    }
}

/// A `section` of a journey diagram, with its tasks.
public struct MermaidSection: Sendable, Hashable {
    /// Nil for the tasks written before the first `section`; a line feed for each `<br>`.
    public var name: String?
    public var tasks: [MermaidTask]

    public init(name: String?, tasks: [MermaidTask] = []) {
        self.name = name
        self.tasks = tasks
    }
}

/// A task line, `Make tea: 5: Me, Cat`.
public struct MermaidTask: Sendable, Hashable {
    /// The name, with a line feed for each `<br>`.
    public var name: String
    /// As written: from 1 (worst) to 5 (best) in Mermaid's documentation, on a wider scale in
    /// some diagrams (see `MermaidScale`).
    public var score: Double
    /// The actors' names, as Mermaid shows them; none for a task of no one in particular.
    public var actors: [String]
    /// Where the task is written; nil for tasks made by the exporter.
    public var location: SourceLocation?
    /// Where its score is written; nil for tasks made by the exporter.
    public var scoreLocation: SourceLocation?

    public init(name: String, score: Double, actors: [String] = [], location: SourceLocation? = nil,
                scoreLocation: SourceLocation? = nil) {
        self.name = name
        self.score = score
        self.actors = actors
        self.location = location
        self.scoreLocation = scoreLocation
    }
}
