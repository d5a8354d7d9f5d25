import JourneyAnalysis
import JourneyModel

/// The pain-point register and opportunity backlog as CSV files for spreadsheets.
enum RegisterExports {
    static let painPointsPath = "pain-points.csv"
    static let opportunitiesPath = "opportunities.csv"

    static func painPoints(_ analysis: SiteAnalysis) -> String {
        var rows = [["journey", "stage", "personas", "severity", "pain_point", "opportunities"]]
        for entry in analysis.painPointRegister {
            let item = analysis.journey(entry.journey)!
            rows.append([item.journey.title, item.journey.stages[entry.stageIndex].name, personaNames(item, in: analysis),
                         entry.painPoint.severity.rawValue, entry.painPoint.text,
                         entry.opportunities.map(\.text).joined(separator: "; ")])
        }
        return SpreadsheetCSV.text(rows)
    }

    static func opportunities(_ analysis: SiteAnalysis) -> String {
        var rows = [["journey", "stage", "opportunity", "impact", "effort", "quadrant", "priority", "owner", "status"]]
        for entry in analysis.opportunityBacklog {
            let item = analysis.journey(entry.journey)!
            let opportunity = entry.ranked.opportunity
            rows.append([item.journey.title, item.journey.stages[entry.ranked.stageIndex].name, opportunity.text,
                         opportunity.impact?.rawValue ?? "", opportunity.effort?.rawValue ?? "",
                         entry.ranked.quadrant?.rawValue ?? "", String(entry.ranked.priority), opportunity.owner ?? "",
                         opportunity.status?.rawValue ?? ""])
        }
        return SpreadsheetCSV.text(rows)
    }

    private static func personaNames(_ item: JourneyAnalysis, in analysis: SiteAnalysis) -> String {
        item.journey.personas.map { analysis.content.persona($0)?.name ?? $0 }.joined(separator: "; ")
    }
}
