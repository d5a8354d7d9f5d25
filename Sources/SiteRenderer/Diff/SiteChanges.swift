import JourneyAnalysis

/// What changed since a revision, for the site's "What changed since REV" page: from the
/// revision to the content folder as it is (git's working tree).
public struct SiteChanges: Sendable {
    /// The revision as the user named it (`--compare-with`).
    public var revision: String
    /// How the revision is named: `main (1a2b3c4)`.
    public var base: String
    public var diff: ExperienceDiff

    public init(revision: String, base: String, diff: ExperienceDiff) {
        (self.revision, self.base, self.diff) = (revision, base, diff)
    }
}
