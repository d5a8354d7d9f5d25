import JourneyAnalysis
import JourneyModel

/// The values of a journey's page and of its stages' pages.
extension PageContext {
    /// The journey map: header, curve, lanes, owners and metrics.
    func journeyValues(_ item: JourneyAnalysis) -> [String: Any] {
        let journey = item.journey
        let stages = journey.stages.indices.map { stageValues(item, index: $0) }
        return [
            "journey": journeySummary(item),
            "scenario": journey.scenario ?? "",
            "expectations": journey.expectations,
            "body": journey.bodyHTML,
            "hasBody": !journey.bodyHTML.isEmpty,
            "personas": journey.personas.compactMap { analysis.content.persona($0) }.map(personaCard),
            "stages": stages,
            "stageCount": stages.count,
            "curve": emotionCurve(item),
            "finding": curveFinding(item),
            "lanes": lanePresence(item),
            "figures": summaryValues(item),
            "curveTable": curveTable(item),
            "friction": frictionRows(item),
            "opportunities": opportunityRows(item),
            "matrix": opportunityMatrix(item) ?? "",
            "funnel": funnelChart(item) ?? "",
            "funnelFinding": funnelFinding(item),
            "funnelRows": funnelRows(item),
            "heatmap": touchpointHeatmap(item) ?? "",
            "heatmapTable": heatmapTable(item),
            "comparison": comparisonValues(item) ?? false,
            "trend": trendValues(item) ?? false,
            "charts": Dictionary(uniqueKeysWithValues: JourneyChart.allCases.map { ($0.rawValue, link(JourneyChart.path($0, of: journey.slug))) }),
        ]
    }

    /// One stage's page, with links to its neighbours.
    func stagePageValues(_ item: JourneyAnalysis, index: Int) -> [String: Any] {
        let stages = item.journey.stages
        var values: [String: Any] = [
            "journey": ["title": item.journey.title, "url": link(SitePaths.journey(item.journey.slug))],
            "stage": stageValues(item, index: index),
            "position": "\(index + 1) / \(stages.count)",
        ]
        if index > 0 { values["previous"] = ["name": stages[index - 1].name, "url": link(SitePaths.stage(stages[index - 1].slug, of: item.journey.slug))] }
        if index + 1 < stages.count { values["next"] = ["name": stages[index + 1].name, "url": link(SitePaths.stage(stages[index + 1].slug, of: item.journey.slug))] }
        return values
    }

    /// Which optional lanes have something in at least one stage, so empty rows are left out.
    private func lanePresence(_ item: JourneyAnalysis) -> [String: Bool] {
        let stages = item.journey.stages
        return [
            "feeling": stages.contains { $0.feeling != nil || $0.quote != nil },
            "actions": stages.contains { !$0.actions.isEmpty },
            "thoughts": stages.contains { !$0.thoughts.isEmpty },
            "touchpoints": stages.contains { !$0.touchpoints.isEmpty },
            "steps": stages.contains { !$0.steps.isEmpty },
            "painPoints": stages.contains { !$0.painPoints.isEmpty },
            "opportunities": stages.contains { !$0.opportunities.isEmpty },
            "metrics": stages.contains { !$0.metrics.isEmpty },
            "owners": stages.contains { $0.owner != nil || $0.evidence != nil },
            "verbatims": item.surveys.contains { !($0?.verbatims.isEmpty ?? true) },
            "changes": !(item.trend?.changes.isEmpty ?? true),
        ]
    }
}
