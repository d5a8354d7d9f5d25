import JourneyAnalysis
import JourneyModel

/// The solutions page: every solution of the site, with its status, dates and reach.
struct SolutionListValues: Encodable {
    let solutions: [Row]

    struct Row: Encodable {
        let title: String
        let url: String
        let owner: String?
        let status: String?
        let statusKey: String?
        let started: String?
        let shipped: String?
        /// How many opportunities it delivers and pain points those address.
        let opportunityCount: Int
        let painPointCount: Int
    }
}

/// A solution's page: what it delivers, the pain points it addresses, where they sit, and how
/// those stages' scores moved since it shipped.
struct SolutionPageValues: Encodable {
    let title: String
    let owner: String?
    let status: String?
    let statusKey: String?
    let started: String?
    let shipped: String?
    let body: HTML
    let hasBody: Bool
    let delivers: [PlacedItem]
    let addresses: [PlacedItem]
    let stages: [StageRow]
    /// The snapshot the scores are compared with, when there is one.
    let baseline: String?
    /// Why no change is shown, when none is: not shipped, or no snapshot before it shipped.
    let noBaseline: String?

    /// An opportunity or a pain point with its stage, linked.
    struct PlacedItem: Encodable {
        let text: String
        let url: String
        /// `Purchase, Ordering a cake`.
        let place: String
        /// A pain point's severity, in words and as its key.
        let severity: String?
        let severityLabel: String?
    }

    struct StageRow: Encodable {
        let name: String
        let url: String
        let journey: String
        let score: ScoreView
        let change: ChangeView?
    }
}

extension PageContext {
    func solutionListValues() -> SolutionListValues {
        SolutionListValues(solutions: analysis.solutionProgress.map { progress in
            let solution = progress.solution
            return SolutionListValues.Row(
                title: solution.title, url: link(SitePaths.solution(solution.slug)), owner: solution.owner,
                status: solution.status.map { strings["status_\($0.rawValue)"] }, statusKey: solution.status?.rawValue,
                started: solution.started, shipped: solution.shipped,
                opportunityCount: progress.delivers.count, painPointCount: progress.addresses.count)
        })
    }

    func solutionPageValues(_ slug: String) -> SolutionPageValues {
        let progress = analysis.solutionProgress.first { $0.solution.slug == slug }!
        let solution = progress.solution
        let delivers = progress.delivers.map { placed(journey: $0.journey, stageIndex: $0.stageIndex, text: $0.opportunity.text, severity: nil) }
        let addresses = progress.addresses.map { placed(journey: $0.journey, stageIndex: $0.stageIndex, text: $0.painPoint.text, severity: $0.painPoint.severity) }
        let stages = progress.stages.map { change in
            let journey = analysis.journey(change.journey)!.journey
            let stage = journey.stages[change.stageIndex]
            return SolutionPageValues.StageRow(
                name: stage.name, url: link(SitePaths.stage(stage.slug, of: journey.slug)), journey: journey.title,
                score: scoreValues(change.now),
                change: progress.baseline.flatMap { baseline in
                    change.change.map { ChangeView(since: baseline.label, delta: deltaValues($0), previous: format.score(change.before!), done: []) }
                })
        }
        let noBaseline: String? = progress.baseline != nil ? nil
            : solution.shipped == nil ? strings["solution_not_shipped"] : strings.sentence("solution_no_snapshot", ["date": solution.shipped!])
        return SolutionPageValues(
            title: solution.title, owner: solution.owner, status: solution.status.map { strings["status_\($0.rawValue)"] },
            statusKey: solution.status?.rawValue, started: solution.started, shipped: solution.shipped,
            body: HTML(solution.bodyHTML), hasBody: !solution.bodyHTML.isEmpty, delivers: delivers, addresses: addresses,
            stages: stages, baseline: progress.baseline?.label, noBaseline: noBaseline)
    }

    private func placed(journey slug: String, stageIndex: Int, text: String, severity: Level?) -> SolutionPageValues.PlacedItem {
        let journey = analysis.journey(slug)!.journey
        let stage = journey.stages[stageIndex]
        return SolutionPageValues.PlacedItem(
            text: text, url: link(SitePaths.stage(stage.slug, of: slug)), place: "\(stage.name), \(journey.title)",
            severity: severity?.rawValue, severityLabel: severity.map { strings["severity_\($0.rawValue)"] })
    }
}
