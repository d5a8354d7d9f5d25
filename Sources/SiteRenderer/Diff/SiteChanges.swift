import JourneyAnalysis

/// What changed since a revision, for the site's "What changed since REV" page.
public struct SiteChanges: Sendable {
    /// The revision as the user named it (`--compare-with`).
    public var revision: String
    /// How the two sides are named: `main (1a2b3c4)`, `working tree`.
    public var base: String, head: String
    public var diff: ExperienceDiff

    public init(revision: String, base: String, head: String, diff: ExperienceDiff) {
        (self.revision, self.base, self.head, self.diff) = (revision, base, head, diff)
    }
}
