/// A customer archetype whose experience a journey follows.
public struct Persona: Sendable, Hashable, Identifiable {
    /// From the file name: `personas/<slug>.md`.
    public var slug: String
    public var name: String
    public var role: String?
    public var segment: String?
    public var quote: String?
    public var goals: [String]
    public var frustrations: [String]
    public var channels: [String]
    /// CSS colour of this persona's curve, when the author chose one.
    public var color: String?
    /// The Markdown body, rendered to HTML.
    public var bodyHTML: String
    public var source: String

    public var id: String { slug }

    public init(
        slug: String, name: String, role: String? = nil, segment: String? = nil, quote: String? = nil,
        goals: [String] = [], frustrations: [String] = [], channels: [String] = [], color: String? = nil,
        bodyHTML: String = "", source: String = ""
    ) {
        self.slug = slug
        self.name = name
        self.role = role
        self.segment = segment
        self.quote = quote
        self.goals = goals
        self.frustrations = frustrations
        self.channels = channels
        self.color = color
        self.bodyHTML = bodyHTML
        self.source = source
    }
}
