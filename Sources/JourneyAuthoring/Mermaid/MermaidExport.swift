import JourneyAnalysis
import JourneyModel

/// Turns a journey into a Mermaid journey diagram: the reverse of `MermaidImport`.
///
/// Each stage becomes a section and each step a task, its score mapped back onto 1…5 (rounded,
/// clamped) and its actors named by their personas' names; a step for everyone names all the
/// journey's personas, a step for no one (`actors: []`) none. A step without a score takes its
/// stage's score (the middle of the scale when the stage has none). A stage without steps
/// becomes one task named after the stage, with the stage's score (the mean of its personas'
/// scores, as on the map) and every persona as actors; a stage without steps or score becomes an
/// empty section. Names are kept as they are (`MermaidWriter` writes what Mermaid would read as
/// syntax as entity codes), but for a line break in the title or a persona's name, which
/// Mermaid cannot draw: it becomes a space, with a warning.
public struct MermaidExport: Sendable {
    public var journey: Journey
    public var personas: [Persona]
    public var scale: EmotionScale

    public init(journey: Journey, personas: [Persona], scale: EmotionScale) {
        self.journey = journey
        self.personas = personas
        self.scale = scale
    }

    /// The diagram, and a warning for each line break Mermaid cannot show.
    public func diagram() -> (MermaidJourney, [Diagnostic]) {
        let known = Dictionary(personas.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let actors = Dictionary(journey.personas.map { ($0, known[$0]?.name ?? $0) }, uniquingKeysWith: { first, _ in first })
        let everyone = journey.personas.compactMap { actors[$0] }
        let stageScores = JourneyAnalysis(journey: journey, scale: scale).stageScores
        let sections = zip(journey.stages, stageScores).map { stage, stageScore in
            guard !stage.steps.isEmpty else {
                let tasks = stageScore.map { [MermaidTask(name: stage.name, score: mermaid($0), actors: everyone)] } ?? []
                return MermaidSection(name: stage.name, tasks: tasks)
            }
            return MermaidSection(name: stage.name, tasks: stage.steps.map { step in
                MermaidTask(name: step.name, score: mermaid(step.score ?? stageScore ?? scale.neutral),
                            actors: step.actors.map { $0.compactMap { actors[$0] } } ?? everyone)
            })
        }
        let names = [("the title", journey.title, journey.source)]
            + journey.personas.compactMap { known[$0] }.map { ("the persona", $0.name, $0.source) }
        let warnings = names.filter { $0.1.contains(where: \.isNewline) }.map { what, name, source in
            Diagnostic.warning(at: SourceLocation(file: source), "\(what) '\(name)' holds a line break, exported as a space",
                               hint: "Mermaid draws no line break in a title or an actor's name")
        }
        return (MermaidJourney(title: journey.title, sections: sections), warnings)
    }

    private func mermaid(_ score: Double) -> Double {
        Double(MermaidScale.mermaid.score(from: score, on: scale))
    }
}
