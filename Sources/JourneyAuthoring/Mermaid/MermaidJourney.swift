import JourneyModel

/// A Mermaid `journey` diagram: a title, and sections of scored tasks with their actors.
public struct MermaidJourney: Sendable, Hashable {
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
    /// Nil for the tasks written before the first `section`.
    public var name: String?
    public var tasks: [MermaidTask]

    public init(name: String?, tasks: [MermaidTask] = []) {
        self.name = name
        self.tasks = tasks
    }
}

/// A task line, `Make tea: 5: Me, Cat`.
public struct MermaidTask: Sendable, Hashable {
    public var name: String
    /// From 1 (worst) to 5 (best).
    public var score: Double
    /// The actors' names, as written.
    public var actors: [String]
    /// Where the task is written; nil for tasks made by the exporter.
    public var location: SourceLocation?

    public init(name: String, score: Double, actors: [String] = [], location: SourceLocation? = nil) {
        self.name = name
        self.score = score
        self.actors = actors
        self.location = location
    }
}

/// Mermaid's task scores, from 1 to 5, and their place on a site's emotion scale.
public enum MermaidScore {
    public static let range: ClosedRange<Double> = 1...5

    /// The score on `scale` at the same place as a Mermaid score: 1 is the scale's minimum, 5 its maximum.
    public static func onScale(_ score: Double, _ scale: EmotionScale) -> Double {
        Double(scale.min) + (score - range.lowerBound) / span * Double(scale.max - scale.min)
    }

    /// The nearest Mermaid score (1…5) to a score on `scale`.
    public static func fromScale(_ score: Double, _ scale: EmotionScale) -> Int {
        let value = range.lowerBound + (score - Double(scale.min)) / Double(scale.max - scale.min) * span
        return Int(min(max(value, range.lowerBound), range.upperBound).rounded(.toNearestOrAwayFromZero))
    }

    private static var span: Double { range.upperBound - range.lowerBound }
}
