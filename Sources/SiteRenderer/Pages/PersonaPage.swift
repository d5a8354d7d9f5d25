import JourneyAnalysis
import JourneyModel

/// A persona's page: the card, the research notes, and their curve in every journey they appear in.
extension PageContext {
    func personaPageValues(_ persona: Persona) -> [String: Any] {
        let journeys = analysis.journeys.filter { $0.journey.personas.contains(persona.slug) }
        return [
            "persona": personaCard(persona),
            "body": persona.bodyHTML,
            "hasBody": !persona.bodyHTML.isEmpty,
            "journeys": journeys.map { item -> [String: Any] in
                var values = journeySummary(item)
                let curve = item.curve(for: persona.slug)
                values["personaScore"] = scoreValues(JourneyAnalysis.mean(curve?.values.compactMap { $0 } ?? []))
                values["personaCurve"] = emotionCurve(item, persona: persona.slug)
                return values
            },
        ]
    }
}
