import ContentLoader
import Foundation
import JourneyAnalysis
import JourneyModel

/// The files of the content folder that git says differ between the two sides of a comparison,
/// and the journey folders each side has: what tells whether reading only some journeys gives
/// the same comparison as reading everything.
struct ChangedFiles {
    /// Paths in the content folder.
    var files: Set<String>
    /// The slugs of the journey folders at each side, sorted.
    var baseJourneys: [String], headJourneys: [String]

    /// The changes between a base revision and a head revision or the working tree (untracked
    /// and ignored files included); nil when a side is a folder.
    init?(base: DiffSource, head: DiffSource, content: String, repository: GitRepository?) throws(DiffFailure) {
        guard let repository, let baseRevision = base.revision else { return nil }
        if case .folder = head { return nil }
        let path = try repository.path(of: content)
        let inside = { (name: String) in path.isEmpty ? name : "\(path)/\(name)" }
        let baseCommit = try repository.commit(baseRevision)
        let headCommit = try head.revision.map(repository.commit)
        var changed = try repository.changedFiles(from: baseCommit, to: headCommit, under: path)
        if headCommit == nil { changed.formUnion(try repository.untrackedFiles(under: path)) }
        files = Set(changed.map { path.isEmpty ? $0 : String($0.dropFirst(path.count + 1)) })
        let folders = { (commit: String) in repository.entries(of: inside("journeys"), at: commit).filter(\.isFolder).map(\.name) }
        baseJourneys = folders(baseCommit)
        headJourneys = headCommit.map(folders)
            ?? FileTree.children(of: URL(fileURLWithPath: content).appendingPathComponent("journeys")).filter(\.isFolder).map(\.name)
    }

    func contains(_ file: String) -> Bool { files.contains(file) }

    /// The journeys whose folders hold every changed file, when both sides have the same journey
    /// folders and nothing else changed (site.yml, personas, data, history…); nil otherwise.
    func journeySubset() -> JourneySubset? {
        guard baseJourneys == headJourneys else { return nil }
        let known = Set(headJourneys)
        var changed: Set<String> = []
        for file in files {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0] == "journeys", known.contains(String(parts[1])) else { return nil }
            changed.insert(String(parts[1]))
        }
        return JourneySubset(loaded: changed, all: headJourneys)
    }

    /// Whether a comparison of only the journeys of `subset` says what comparing everything says.
    /// It does not when the survey tallies differ (they count only the rows about those journeys),
    /// when a new warning or error is outside those journeys (a persona no journey read follows…),
    /// or when those journeys give or name item ids (checked across the whole site).
    static func isConclusive(_ comparison: SiteComparison, read: [SiteContent], subset: JourneySubset) -> Bool {
        let diff = comparison.diff
        guard diff.surveyRows == nil else { return false }
        guard (diff.newWarnings + diff.newErrors).allSatisfy({ DiffSide.journey(of: $0).map(subset.loaded.contains) == true }) else { return false }
        let items = read.flatMap(\.journeys).flatMap(\.stages)
        return !items.contains { stage in
            stage.painPoints.contains { $0.id != nil } || stage.opportunities.contains { $0.id != nil || !$0.addresses.isEmpty }
        }
    }
}
