/// A file of customer feedback declared in `site.yml` (`feedback: - { file: data/tickets.csv,
/// channel: support }`): support tickets, chat transcripts, reviews or posts, one per row, each
/// classified by journey and stage.
public struct FeedbackFile: Sendable, Hashable {
    /// What a feedback file's column may hold.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case journey, stage, persona, date, text, channel, pain
    }

    /// Path relative to the content folder, e.g. `data/tickets.csv`.
    public var path: String
    /// The channel of every row that does not name its own (`support`, `reviews`…).
    public var channel: String?
    /// The header of the column that holds each role, when it is not the role's own name (`columns:`).
    public var columns: [Role: String]
    /// A value for every row, instead of a column (`journey: cake-order`): journey, stage or persona.
    public var fixed: [Role: String]
    /// Where the file is declared in `site.yml`, for problems with its settings.
    public var declaration: SourceLocation?

    public init(path: String, channel: String? = nil, columns: [Role: String] = [:], fixed: [Role: String] = [:],
                declaration: SourceLocation? = nil) {
        self.path = path
        self.channel = channel
        self.columns = columns
        self.fixed = fixed
        self.declaration = declaration
    }
}

/// One piece of customer feedback about one stage.
public struct FeedbackItem: Sendable, Hashable {
    public var journey: String
    /// The stage's slug.
    public var stage: String
    /// The persona it comes from; nil when the row does not say.
    public var persona: String?
    /// The day it was given, `YYYY-MM-DD`; nil when the row does not say.
    public var date: String?
    public var text: String
    /// Where it was given: the row's channel, or its file's.
    public var channel: String
    /// The id of the pain point it mentions (`pain: busy-line`), when the row names one.
    public var pain: String?
    /// Where the row is: the CSV file and the line it starts on.
    public var source: SourceLocation

    public init(journey: String, stage: String, persona: String? = nil, date: String? = nil, text: String, channel: String,
                pain: String? = nil, source: SourceLocation) {
        self.journey = journey
        self.stage = stage
        self.persona = persona
        self.date = date
        self.text = text
        self.channel = channel
        self.pain = pain
        self.source = source
    }
}
