import JourneyModel

/// A stage note to create: its name, and the score and steps it starts with, if any.
public struct StageDraft: Sendable, Hashable {
    public var name: String
    /// The stage's score for every persona, on the site's scale.
    public var emotion: Double?
    public var steps: [Step]
    /// When in the day it happens, in a daily-routine journey: `07:30`.
    public var timeOfDay: String?

    public init(name: String, emotion: Double? = nil, steps: [Step] = [], timeOfDay: String? = nil) {
        self.name = name
        self.emotion = emotion
        self.steps = steps
        self.timeOfDay = timeOfDay
    }

    /// The note's text, its keys explained by `says`; the comments quote the site's scale and
    /// one of the journey's personas.
    func text(scale: EmotionScale, personas: [String], lanes: [LaneDefinition] = [], language: String = "en", says: NoteComments) -> String {
        let persona = personas.first ?? "persona-slug"
        let forPersona = { (comment: String) in comment.replacingOccurrences(of: "%persona", with: persona) }
        var note = NoteText()
        note.field("stage", YAMLText.scalar(name), says.stageName)
        if let timeOfDay {
            note.field("time_of_day", "\"\(timeOfDay)\"", says.stageTimeOfDay)
            note.comment(says.stageDailyRoutine)
        }
        note.field("emotion", emotion.map(YAMLText.number) ?? "",
                   says.stageEmotion.replacingOccurrences(of: "%scale", with: Self.describe(scale, says: says)))
        note.field("emotions", "{}", forPersona(says.stageEmotions))
        note.field("feeling", "", says.stageFeeling)
        note.field("quote", "", says.stageQuote)
        note.list("actions", [], says.stageActions)
        note.list("thoughts", [], says.stageThoughts)
        note.list("touchpoints", [], says.stageTouchpoints)
        note.list("steps", steps.map(Self.yaml), forPersona(says.stageSteps))
        note.list("pain_points", [], says.stagePainPoints)
        note.list("opportunities", [], says.stageOpportunities)
        note.field("metrics", "{}", says.stageMetrics)
        note.field("evidence", "", says.stageEvidence)
        note.field("owner", "", says.stageOwner)
        for lane in lanes {
            note.example(lane.key, Self.example(lane.kind), says.stageLane.replacingOccurrences(of: "%title", with: lane.title(in: language)))
        }
        note.comment(says.stageBody)
        return note.text()
    }

    /// What a stage note writes in a lane of `kind`, as an example to fill in.
    private static func example(_ kind: LaneDefinition.Kind) -> String {
        switch kind {
        case .texts: "[…]"
        case .items: "[{ text: …, owner: …, status: proposed }]"
        case .text: "…"
        case .metric: "12"
        }
    }

    /// `from -2 (Frustrated) to 2 (Delighted)`.
    private static func describe(_ scale: EmotionScale, says: NoteComments) -> String {
        func level(_ value: Int) -> String {
            scale.labels[value].map { "\(value) (\($0))" } ?? String(value)
        }
        return says.scaleRange.replacingOccurrences(of: "%min", with: level(scale.min))
            .replacingOccurrences(of: "%max", with: level(scale.max))
    }

    /// `{ name: Make tea, score: 2, actors: [me] }`, leaving out what the step does not have.
    private static func yaml(_ step: Step) -> String {
        var pairs = ["name: \(YAMLText.scalar(step.name))"]
        if let score = step.score { pairs.append("score: \(YAMLText.number(score))") }
        if let actors = step.actors { pairs.append("actors: \(YAMLText.list(actors))") }
        return "{ " + pairs.joined(separator: ", ") + " }"
    }
}
