import JourneyAnalysis
import JourneyModel

/// The template values of journeys and stages, shared by every page that shows them.
extension PageContext {
    /// A journey as listed on the index and persona pages, and in the journey page's header.
    func journeySummary(_ item: JourneyAnalysis) -> [String: Any] {
        let journey = item.journey
        let personas = journey.personas.compactMap { analysis.content.persona($0) }
        var values: [String: Any] = [
            "slug": journey.slug,
            "title": journey.title,
            "lang": language(of: journey),
            "url": link(SitePaths.journey(journey.slug)),
            "state": journey.state.rawValue,
            "stateLabel": strings["state_\(journey.state.rawValue)"],
            "isFuture": journey.state == .future,
            "stageCount": journey.stages.count,
            "score": scoreValues(item.overallScore),
            "personas": personas.map { personaLink($0) },
            "tags": tagLinks(journey.tags),
            "reportURL": link(SitePaths.report(journey.slug)),
            "owner": journey.owner ?? "",
            "sparkline": Sparkline(
                id: "spark-\(journey.slug)", values: item.stageScores, scale: site.scale,
                title: journey.title, description: curveFinding(item)).svg(),
        ]
        if let target = journey.compares, let compared = analysis.content.journey(target) {
            values["compares"] = ["title": compared.title, "url": link(SitePaths.journey(target))]
        }
        return values
    }

    /// A persona's name, role, colour and page link.
    func personaLink(_ persona: Persona) -> [String: Any] {
        ["slug": persona.slug, "name": persona.name, "role": persona.role ?? "", "url": link(SitePaths.persona(persona.slug)),
         "color": persona.color ?? "", "contentLang": contentLanguage ?? ""]
    }

    /// A persona's card: everything from the front matter.
    func personaCard(_ persona: Persona) -> [String: Any] {
        var values = personaLink(persona)
        values.merge([
            "segment": persona.segment ?? "", "quote": persona.quote ?? "", "goals": persona.goals,
            "frustrations": persona.frustrations, "channels": persona.channels,
        ]) { _, new in new }
        return values
    }

    /// A stage with every lane, as shown in the journey map and on the stage's own page.
    func stageValues(_ item: JourneyAnalysis, index: Int) -> [String: Any] {
        let journey = item.journey
        let stage = journey.stages[index]
        let personaScores = item.curves.compactMap { curve -> [String: Any]? in
            guard let persona = curve.persona, let score = curve.scores[index] else { return nil }
            let name = analysis.content.persona(persona)?.name ?? persona
            return ["name": name, "score": scoreValues(score.value), "source": score.source.rawValue]
        }
        return [
            "number": stage.number,
            "slug": stage.slug,
            "name": stage.name,
            "url": link(SitePaths.stage(stage.slug, of: journey.slug)),
            "score": scoreValues(item.stageScores[index]),
            "personaScores": personaScores,
            "feeling": stage.feeling ?? "",
            "quote": stage.quote ?? "",
            "actions": stage.actions,
            "thoughts": stage.thoughts,
            "touchpoints": stage.touchpoints.map { touchpoint -> [String: Any] in
                ["name": touchpoint.name, "channel": touchpoint.channel ?? "",
                 "score": touchpoint.emotion.map { scoreValues($0) } ?? [:], "hasScore": touchpoint.emotion != nil]
            },
            "steps": stage.steps.map { step -> [String: Any] in
                ["name": step.name, "score": step.score.map { scoreValues($0) } ?? [:], "hasScore": step.score != nil,
                 "actors": step.actors.map { analysis.content.persona($0)?.name ?? $0 }.joined(separator: ", ")]
            },
            "painPoints": stage.painPoints.sorted { $0.severity > $1.severity }.map { pain -> [String: Any] in
                ["text": pain.text, "severity": pain.severity.rawValue, "severityLabel": strings["severity_\(pain.severity.rawValue)"]]
            },
            "opportunities": stage.opportunities.map(opportunityValues),
            "metrics": metricValues(stage.metrics),
            "evidence": stage.evidence.map { strings["evidence_\($0.rawValue)"] } ?? "",
            "isAssumption": stage.evidence == .assumption,
            "owner": stage.owner ?? "",
            "body": stage.bodyHTML,
            "hasBody": !stage.bodyHTML.isEmpty,
            "survey": surveyValues(item, index: index) ?? false,
            "verbatimExtremes": verbatimExtremes(item, index: index) ?? false,
            "change": changeValues(item, index: index) ?? false,
        ]
    }

    private func opportunityValues(_ opportunity: Opportunity) -> [String: Any] {
        var values: [String: Any] = ["text": opportunity.text, "owner": opportunity.owner ?? ""]
        if let impact = opportunity.impact { values["impact"] = strings["severity_\(impact.rawValue)"]; values["impactLevel"] = impact.rawValue }
        if let effort = opportunity.effort { values["effort"] = strings["severity_\(effort.rawValue)"]; values["effortLevel"] = effort.rawValue }
        if let status = opportunity.status { values["status"] = strings["status_\(status.rawValue)"]; values["statusKey"] = status.rawValue }
        return values
    }

    private func metricValues(_ metrics: Metrics) -> [[String: Any]] {
        var values: [[String: Any]] = []
        if let visitors = metrics.visitors { values.append(["label": strings["metric_visitors"], "value": format.integer(visitors)]) }
        if let csat = metrics.csat { values.append(["label": strings["metric_csat"], "value": format.decimal(csat, digits: 1)]) }
        if let nps = metrics.nps { values.append(["label": strings["metric_nps"], "value": format.decimal(nps, digits: 0)]) }
        if let ces = metrics.ces { values.append(["label": strings["metric_ces"], "value": format.decimal(ces, digits: 1)]) }
        return values
    }
}
