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
    /// What the persona says, thinks, does and feels, and their pains and gains.
    public var empathy: EmpathyMap
    /// The Markdown body, rendered to HTML.
    public var bodyHTML: String
    public var source: String

    public var id: String { slug }

    public init(
        slug: String, name: String, role: String? = nil, segment: String? = nil, quote: String? = nil,
        goals: [String] = [], frustrations: [String] = [], channels: [String] = [], color: String? = nil,
        empathy: EmpathyMap = EmpathyMap(), bodyHTML: String = "", source: String = ""
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
        self.empathy = empathy
        self.bodyHTML = bodyHTML
        self.source = source
    }
}

/// A persona's empathy map: the four quadrants around the persona, then their pains and gains.
public struct EmpathyMap: Sendable, Hashable {
    public var says: [String]
    public var thinks: [String]
    public var does: [String]
    public var feels: [String]
    public var pains: [String]
    public var gains: [String]

    /// Its keys, in the order they are written and drawn.
    public static let keys = ["says", "thinks", "does", "feels", "pains", "gains"]

    public init(says: [String] = [], thinks: [String] = [], does: [String] = [], feels: [String] = [],
                pains: [String] = [], gains: [String] = []) {
        self.says = says
        self.thinks = thinks
        self.does = does
        self.feels = feels
        self.pains = pains
        self.gains = gains
    }

    /// Whether nothing is written in it.
    public var isEmpty: Bool { [says, thinks, does, feels, pains, gains].allSatisfy(\.isEmpty) }
}
