/// What a team builds to deliver opportunities (`solutions/<slug>.md`): a feature, a process, a
/// new service, followed from its start to its shipping and beyond, across journeys.
public struct Solution: Sendable, Hashable, Identifiable {
    public var slug: String
    public var title: String
    public var owner: String?
    public var status: OpportunityStatus?
    /// `YYYY-MM-DD`.
    public var started: String?
    /// `YYYY-MM-DD`; the stages' scores are compared with the last snapshot before it.
    public var shipped: String?
    /// The opportunities it delivers, by id, in any journey.
    public var delivers: [ItemID]
    public var bodyHTML: String
    /// Path of the note.
    public var source: String

    public var id: String { slug }

    public init(slug: String, title: String, owner: String? = nil, status: OpportunityStatus? = nil, started: String? = nil,
                shipped: String? = nil, delivers: [ItemID] = [], bodyHTML: String = "", source: String = "") {
        self.slug = slug
        self.title = title
        self.owner = owner
        self.status = status
        self.started = started
        self.shipped = shipped
        self.delivers = delivers
        self.bodyHTML = bodyHTML
        self.source = source
    }
}
