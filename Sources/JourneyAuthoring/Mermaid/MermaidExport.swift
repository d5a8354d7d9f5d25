import JourneyAnalysis
import JourneyModel

/// Turns a journey into a Mermaid journey diagram: the reverse of `MermaidImport`.
///
/// Each stage becomes a section and each step a task, its score mapped back onto 1…5 (rounded,
/// clamped) and its actors named by their personas' names; a step for everyone names all the
/// journey's personas, a step for no one (`actors: []`) none. A step without a score takes its stage's score (the middle of the scale
/// when the stage has none). A stage without steps becomes one task named after the stage, with
/// the stage's score (the mean of its personas' scores, as on the map) and every persona as
/// actors; a stage without steps or score becomes an empty section. Characters Mermaid reads as
/// syntax (`:`, `#`, `;`, and `,` in actors) are replaced by spaces, with a warning.
public struct MermaidExport: Sendable {
    public var journey: Journey
    public var personas: [Persona]
    public var scale: EmotionScale

    public init(journey: Journey, personas: [Persona], scale: EmotionScale) {
        self.journey = journey
        self.personas = personas
        self.scale = scale
    }

    /// The diagram, and a warning for each name that had to change to fit Mermaid's syntax.
    public func diagram() -> (MermaidJourney, [Diagnostic]) {
        var names = MermaidNames()
        let personaNames = Dictionary(personas.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        var actors: [String: String] = [:]
        for slug in journey.personas {
            actors[slug] = names.clean(personaNames[slug] ?? slug, "the persona", in: journey.source, reserving: [":", ","])
        }
        let everyone = journey.personas.compactMap { actors[$0] }
        let stageScores = JourneyAnalysis(journey: journey, scale: scale).stageScores
        let sections = zip(journey.stages, stageScores).map { stage, stageScore in
            let name = names.clean(stage.name, "the stage", in: stage.source)
            guard !stage.steps.isEmpty else {
                let tasks = stageScore.map { [MermaidTask(name: name, score: mermaid($0), actors: everyone)] } ?? []
                return MermaidSection(name: name, tasks: tasks)
            }
            return MermaidSection(name: name, tasks: stage.steps.map { step in
                MermaidTask(name: names.clean(step.name, "the step", in: stage.source),
                            score: mermaid(step.score ?? stageScore ?? scale.neutral),
                            actors: step.actors.map { $0.compactMap { actors[$0] } } ?? everyone)
            })
        }
        let title = names.clean(journey.title, "the title", in: journey.source, reserving: [])
        return (MermaidJourney(title: title, sections: sections), names.warnings)
    }

    private func mermaid(_ score: Double) -> Double {
        Double(MermaidScale.mermaid.score(from: score, on: scale))
    }
}

/// Fits names into Mermaid's syntax, noting a warning for each one that changes.
private struct MermaidNames {
    private(set) var warnings: [Diagnostic] = []

    /// `text` cleaned by `MermaidWriter.clean`; a warning at `source` when that changes it.
    mutating func clean(_ text: String, _ what: String, in source: String, reserving reserved: Set<Character> = [":"]) -> String {
        let cleaned = MermaidWriter.clean(text, reserving: reserved)
        let warning = Diagnostic.warning(at: SourceLocation(file: source), "\(what) '\(text)' is exported as '\(cleaned)'",
                                         hint: "Mermaid reads ':', '#', ';' and line breaks (and ',' between actors) as syntax")
        if cleaned != text && !warnings.contains(warning) { warnings.append(warning) }
        return cleaned
    }
}
