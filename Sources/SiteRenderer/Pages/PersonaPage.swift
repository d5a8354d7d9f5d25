import JourneyAnalysis
import JourneyModel

/// A persona's page: the card, the research notes, and their curve in every journey they appear in.
struct PersonaPageValues: Encodable {
    let persona: PersonaCard
    /// The persona note's Markdown, as HTML.
    let body: HTML
    let hasBody: Bool
    let journeys: [Appearance]

    /// A journey the persona follows: its summary, with the persona's own score and curve.
    struct Appearance: Encodable {
        let journey: JourneyCard
        let personaScore: ScoreView
        let personaCurve: HTML

        private enum Keys: String, CodingKey { case personaScore, personaCurve }

        func encode(to encoder: any Encoder) throws {
            try journey.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(personaScore, forKey: .personaScore)
            try container.encode(personaCurve, forKey: .personaCurve)
        }
    }
}

extension PageContext {
    func personaPageValues(_ persona: Persona) -> PersonaPageValues {
        let journeys = analysis.journeys.filter { $0.journey.personas.contains(persona.slug) }
        return PersonaPageValues(
            persona: personaCard(persona), body: HTML(persona.bodyHTML), hasBody: !persona.bodyHTML.isEmpty,
            journeys: journeys.map { item in
                let curve = item.curve(for: persona.slug)
                return PersonaPageValues.Appearance(
                    journey: journeySummary(item), personaScore: scoreValues(JourneyAnalysis.mean(curve?.values.compactMap { $0 } ?? [])),
                    personaCurve: HTML(emotionCurve(item, persona: persona.slug)))
            })
    }
}
