import JourneyAnalysis
import JourneyModel

/// The pain-point register and opportunity backlog as CSV files for spreadsheets.
enum RegisterExports {
    static let painPointsPath = "pain-points.csv"
    static let opportunitiesPath = "opportunities.csv"

    static func painPoints(_ analysis: SiteAnalysis) -> String {
        var rows = [["journey", "stage", "personas", "severity", "pain_point", "id", "addressed_by"]]
        for entry in analysis.painPointRegister {
            let item = analysis.journey(entry.journey)!
            rows.append([item.journey.title, item.journey.stages[entry.stageIndex].name, personaNames(item, in: analysis),
                         entry.painPoint.severity.rawValue, entry.painPoint.text, entry.painPoint.id?.name ?? "",
                         entry.addressedBy.map(\.opportunity.text).joined(separator: "; ")])
        }
        return SpreadsheetCSV.text(rows)
    }

    static func opportunities(_ analysis: SiteAnalysis) -> String {
        let header = ["journey", "stage", "opportunity", "impact", "effort", "quadrant", "priority", "owner", "status", "id", "addresses"]
        func row(_ item: JourneyAnalysis, _ stageIndex: Int, _ opportunity: Opportunity, quadrant: String, priority: String) -> [String] {
            [item.journey.title, item.journey.stages[stageIndex].name, opportunity.text, opportunity.impact?.rawValue ?? "",
             opportunity.effort?.rawValue ?? "", quadrant, priority, opportunity.owner ?? "", opportunity.status?.rawValue ?? "",
             opportunity.id?.name ?? "", opportunity.addresses.map(\.name).joined(separator: "; ")]
        }
        let ranked = analysis.opportunityBacklog.map { entry in
            row(analysis.journey(entry.journey)!, entry.ranked.stageIndex, entry.ranked.opportunity,
                quadrant: entry.ranked.quadrant?.rawValue ?? "", priority: String(entry.ranked.priority))
        }
        // Done ones are out of the ranking: after the ranked ones, without a priority.
        let shipped = analysis.journeys.flatMap { item in
            item.shipped.map { row(item, $0.stageIndex, $0.opportunity, quadrant: "", priority: "") }
        }
        return SpreadsheetCSV.text([header] + ranked + shipped)
    }

    private static func personaNames(_ item: JourneyAnalysis, in analysis: SiteAnalysis) -> String {
        item.journey.personas.map { analysis.content.persona($0)?.name ?? $0 }.joined(separator: "; ")
    }
}
