import JourneyAnalysis
import SiteRenderer

/// What a build makes and what it keeps of the last build, given what changed since.
///
/// When only stage notes changed, their journeys' own pages, and those of journeys compared
/// with them, are made again with the site-wide pages; when only the notes' bodies changed, just
/// their journeys' pages and the search index. Every other file stays as the last build wrote
/// it. Any other change makes everything.
struct RebuildPlan {
    /// The journeys whose folders are made; nil for all of them.
    let journeys: Set<String>?
    /// Whether the files outside journeys' folders are made.
    let siteWide: Bool

    var isIncremental: Bool { journeys != nil }

    init(scope: BuildCache.Scope?, analysis: SiteAnalysis) {
        journeys = scope.map { scope in
            // A journey compared with a changed one shows its scores, never its notes' bodies.
            guard !scope.bodiesOnly else { return scope.journeys }
            let comparing = analysis.journeys.filter { $0.journey.compares.map(scope.journeys.contains) == true }
            return scope.journeys.union(comparing.map(\.journey.slug))
        }
        siteWide = scope?.bodiesOnly != true
    }

    /// The files of the last build (`outputs`, with their stamps) that stay as they are: those
    /// not `made` again that belong to a journey still in the site, or lie outside journeys'
    /// folders when the site-wide files are not made.
    func kept(from outputs: [String: String], made: Set<String>, analysis: SiteAnalysis) -> [String: String] {
        guard let journeys else { return [:] }
        return outputs.filter { path, _ in
            guard !made.contains(path) else { return false }
            guard let journey = SitePaths.journeyFolder(of: path) else { return !siteWide }
            return !journeys.contains(journey) && analysis.journey(journey) != nil
        }
    }
}
