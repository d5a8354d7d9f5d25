import JourneyModel

/// A stage note to create: its name, and the score and steps it starts with, if any.
public struct StageDraft: Sendable, Hashable {
    public var name: String
    /// The stage's score for every persona, on the site's scale.
    public var emotion: Double?
    public var steps: [Step]

    public init(name: String, emotion: Double? = nil, steps: [Step] = []) {
        self.name = name
        self.emotion = emotion
        self.steps = steps
    }

    /// The note's text; the comments quote the site's scale and one of the journey's personas.
    func text(scale: EmotionScale, personas: [String]) -> String {
        let persona = personas.first ?? "persona-slug"
        var note = NoteText()
        note.field("stage", YAMLText.scalar(name), "the stage's name, as shown on the map (required)")
        note.field("emotion", emotion.map(YAMLText.number) ?? "", "the score for every persona: \(Self.describe(scale))")
        note.field("emotions", "{}", "scores per persona, over 'emotion': { \(persona): 1 }")
        note.field("feeling", "", "a word for the emotion: Curious, Anxious…")
        note.field("quote", "", "what a customer said; keep it in quotes: \"…\"")
        note.list("actions", [], "what the customer does: [Reads reviews, Compares prices]")
        note.list("thoughts", [], "what the customer thinks")
        note.list("touchpoints", [], "- { name: Instagram ad, channel: social, emotion: 1 }")
        note.list("steps", steps.map(Self.yaml), "finer tasks: - { name: Picks a size, score: 1, actors: [\(persona)] }")
        note.list("pain_points", [], "- { text: Fees shown late, severity: low | medium | high }")
        note.list("opportunities", [], "- { text: …, impact: high, effort: low, owner: …, status: proposed }")
        note.field("metrics", "{}", "{ visitors: 1200, csat: 4.1, nps: 30, ces: 2 }")
        note.field("evidence", "", "survey, analytics, interviews or assumption")
        note.field("owner", "", "the team responsible for this stage")
        note.comment("Below the closing line: research notes in Markdown (findings, links, ![](../../assets/…)).")
        return note.text()
    }

    /// `from -2 (Frustrated) to 2 (Delighted)`.
    private static func describe(_ scale: EmotionScale) -> String {
        func level(_ value: Int) -> String {
            scale.labels[value].map { "\(value) (\($0))" } ?? String(value)
        }
        return "from \(level(scale.min)) to \(level(scale.max))"
    }

    /// `{ name: Make tea, score: 2, actors: [me] }`, leaving out what the step does not have.
    private static func yaml(_ step: Step) -> String {
        var pairs = ["name: \(YAMLText.scalar(step.name))"]
        if let score = step.score { pairs.append("score: \(YAMLText.number(score))") }
        if !step.actors.isEmpty { pairs.append("actors: \(YAMLText.list(step.actors))") }
        return "{ " + pairs.joined(separator: ", ") + " }"
    }
}
