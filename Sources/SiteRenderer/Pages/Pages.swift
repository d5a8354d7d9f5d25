import JourneyAnalysis
import JourneyModel

/// The pages of a site, each a template and the values it is rendered with.
enum Page: Sendable {
    case index
    case journey(slug: String)
    case stage(journey: String, index: Int)
    case persona(slug: String)

    /// Every page of the site, in a stable order.
    static func all(in analysis: SiteAnalysis) -> [Page] {
        var pages: [Page] = [.index]
        for item in analysis.journeys {
            pages.append(.journey(slug: item.journey.slug))
            pages += item.journey.stages.indices.map { .stage(journey: item.journey.slug, index: $0) }
        }
        pages += analysis.content.personas.map { .persona(slug: $0.slug) }
        return pages
    }

    var template: String {
        switch self {
        case .index: "index"
        case .journey: "journey"
        case .stage: "stage"
        case .persona: "persona"
        }
    }

    /// The page's path in the output folder.
    func path(in analysis: SiteAnalysis) -> String {
        switch self {
        case .index: SitePaths.index
        case .journey(let slug): SitePaths.journey(slug)
        case .stage(let journey, let index): SitePaths.stage(analysis.journey(journey)!.journey.stages[index].slug, of: journey)
        case .persona(let slug): SitePaths.persona(slug)
        }
    }

    /// The values the page's template is rendered with.
    func values(in analysis: SiteAnalysis) -> [String: Any] {
        let path = path(in: analysis)
        let site = analysis.content.site
        switch self {
        case .index:
            let page = PageContext(analysis: analysis, path: path, language: site.language)
            return page.values(title: site.title, [
                "journeys": analysis.journeys.map(page.journeySummary),
                "personas": analysis.content.personas.map(page.personaCard),
            ])
        case .journey(let slug):
            let item = analysis.journey(slug)!
            let page = PageContext(analysis: analysis, path: path, language: item.journey.language ?? site.language)
            return page.values(title: item.journey.title, page.journeyValues(item))
        case .stage(let slug, let index):
            let item = analysis.journey(slug)!
            let page = PageContext(analysis: analysis, path: path, language: item.journey.language ?? site.language)
            return page.values(title: "\(item.journey.stages[index].name) — \(item.journey.title)", page.stagePageValues(item, index: index))
        case .persona(let slug):
            let persona = analysis.content.persona(slug)!
            let page = PageContext(analysis: analysis, path: path, language: site.language)
            return page.values(title: persona.name, page.personaPageValues(persona))
        }
    }
}

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
            "lanes": lanePresence(journey),
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
            "charts": Dictionary(uniqueKeysWithValues: JourneyChart.allCases.map { ($0.rawValue, link(JourneyChart.path($0, of: journey.slug))) }),
        ]
    }

    /// One stage's page, with links to its neighbours.
    func stagePageValues(_ item: JourneyAnalysis, index: Int) -> [String: Any] {
        let stages = item.journey.stages
        var values: [String: Any] = [
            "journey": journeySummary(item),
            "stage": stageValues(item, index: index),
            "position": "\(index + 1) / \(stages.count)",
        ]
        if index > 0 { values["previous"] = ["name": stages[index - 1].name, "url": link(SitePaths.stage(stages[index - 1].slug, of: item.journey.slug))] }
        if index + 1 < stages.count { values["next"] = ["name": stages[index + 1].name, "url": link(SitePaths.stage(stages[index + 1].slug, of: item.journey.slug))] }
        return values
    }

    /// A persona's page: the card, the research notes, and the journeys they appear in.
    func personaPageValues(_ persona: Persona) -> [String: Any] {
        let journeys = analysis.journeys.filter { $0.journey.personas.contains(persona.slug) }
        return [
            "persona": personaCard(persona),
            "body": persona.bodyHTML,
            "hasBody": !persona.bodyHTML.isEmpty,
            "journeys": journeys.map { item -> [String: Any] in
                var values = journeySummary(item)
                let curve = item.curves.first { $0.persona == persona.slug }
                values["personaScore"] = scoreValues(JourneyAnalysis.mean(curve?.values.compactMap { $0 } ?? []))
                return values
            },
        ]
    }

    /// Which optional lanes have something in at least one stage, so empty rows are left out.
    private func lanePresence(_ journey: Journey) -> [String: Bool] {
        let stages = journey.stages
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
        ]
    }
}
