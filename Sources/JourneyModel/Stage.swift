/// One phase of a journey (awareness, purchase, loyalty…) with everything that happens in it.
public struct Stage: Sendable, Hashable, Identifiable {
    /// The numeric prefix of the note's file name; orders the stages.
    public var number: Int
    /// From the file name `NN-<slug>.md`.
    public var slug: String
    public var name: String
    /// The stage's score for every persona, on the site scale.
    public var emotion: Double?
    /// Scores for single personas, keyed by persona slug; they win over `emotion`.
    public var emotions: [String: Double]
    /// A word for the emotion ("Curious", "Anxious").
    public var feeling: String?
    public var quote: String?
    public var actions: [String]
    public var thoughts: [String]
    public var touchpoints: [Touchpoint]
    public var steps: [Step]
    public var painPoints: [PainPoint]
    public var opportunities: [Opportunity]
    public var metrics: Metrics
    public var evidence: Evidence?
    public var owner: String?
    /// When in the day the stage happens, `HH:MM` (the daily-routine model: `07:30`).
    public var timeOfDay: String?
    public var bodyHTML: String
    public var source: String

    public var id: String { slug }

    public init(
        number: Int, slug: String, name: String, emotion: Double? = nil, emotions: [String: Double] = [:],
        feeling: String? = nil, quote: String? = nil, actions: [String] = [], thoughts: [String] = [],
        touchpoints: [Touchpoint] = [], steps: [Step] = [], painPoints: [PainPoint] = [],
        opportunities: [Opportunity] = [], metrics: Metrics = Metrics(), evidence: Evidence? = nil,
        owner: String? = nil, timeOfDay: String? = nil, bodyHTML: String = "", source: String = ""
    ) {
        self.number = number
        self.slug = slug
        self.name = name
        self.emotion = emotion
        self.emotions = emotions
        self.feeling = feeling
        self.quote = quote
        self.actions = actions
        self.thoughts = thoughts
        self.touchpoints = touchpoints
        self.steps = steps
        self.painPoints = painPoints
        self.opportunities = opportunities
        self.metrics = metrics
        self.evidence = evidence
        self.owner = owner
        self.timeOfDay = timeOfDay
        self.bodyHTML = bodyHTML
        self.source = source
    }
}

/// Where a customer meets the brand: an ad, the website, the shop, support…
public struct Touchpoint: Sendable, Hashable {
    public var name: String
    /// The kind of channel (`social`, `website`, `shop`…), lowercase.
    public var channel: String?
    public var emotion: Double?

    public init(name: String, channel: String? = nil, emotion: Double? = nil) {
        self.name = name
        self.channel = channel
        self.emotion = emotion
    }
}

/// A finer task inside a stage, like a task of a Mermaid `journey` diagram.
public struct Step: Sendable, Hashable {
    public var name: String
    public var score: Double?
    /// Persona slugs that take this step; nil (no `actors` key) means every persona of the
    /// journey, an empty list none of them.
    public var actors: [String]?

    public init(name: String, score: Double? = nil, actors: [String]? = nil) {
        self.name = name
        self.score = score
        self.actors = actors
    }
}

/// Low, medium or high: the severity of a pain point, the impact or effort of an opportunity.
public enum Level: String, Sendable, Hashable, CaseIterable, Comparable {
    case low, medium, high

    /// 1, 2 or 3: the weight used when adding levels up.
    public var weight: Int {
        switch self {
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.weight < rhs.weight }
}

/// Something that hurts the customer in a stage.
public struct PainPoint: Sendable, Hashable {
    public var text: String
    public var severity: Level
    /// The name opportunities anywhere in the site address it by (`id: busy-line`).
    public var id: ItemID?

    public init(text: String, severity: Level = .medium, id: ItemID? = nil) {
        self.text = text
        self.severity = severity
        self.id = id
    }
}

/// The name a pain point or an opportunity is known by across the site (`id: busy-line`), or a
/// reference to one (`addresses: [busy-line]`), with where it is written.
public struct ItemID: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation

    public init(_ name: String, at location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// Where an opportunity stands in the team's work.
public enum OpportunityStatus: String, Sendable, Hashable, CaseIterable {
    case proposed, planned
    case inProgress = "in-progress"
    case done
}

/// An improvement the team could make, with its expected impact and cost.
public struct Opportunity: Sendable, Hashable {
    public var text: String
    public var impact: Level?
    public var effort: Level?
    public var owner: String?
    public var status: OpportunityStatus?
    /// The name solutions and other notes refer to it by.
    public var id: ItemID?
    /// The pain points it addresses, by id, in any journey.
    public var addresses: [ItemID]

    public init(
        text: String, impact: Level? = nil, effort: Level? = nil, owner: String? = nil,
        status: OpportunityStatus? = nil, id: ItemID? = nil, addresses: [ItemID] = []
    ) {
        self.text = text
        self.impact = impact
        self.effort = effort
        self.owner = owner
        self.status = status
        self.id = id
        self.addresses = addresses
    }
}

/// The figures a team tracks for a stage.
public struct Metrics: Sendable, Hashable {
    /// Customers who reach the stage; drives the funnel.
    public var visitors: Int?
    /// Customer satisfaction, usually 1–5.
    public var csat: Double?
    /// Net promoter score, −100…100.
    public var nps: Double?
    /// Customer effort score, usually 1–7.
    public var ces: Double?

    public init(visitors: Int? = nil, csat: Double? = nil, nps: Double? = nil, ces: Double? = nil) {
        self.visitors = visitors
        self.csat = csat
        self.nps = nps
        self.ces = ces
    }

    public var isEmpty: Bool { visitors == nil && csat == nil && nps == nil && ces == nil }
}

/// What a stage's findings rest on.
public enum Evidence: String, Sendable, Hashable, CaseIterable {
    case survey, analytics, interviews, assumption
}
