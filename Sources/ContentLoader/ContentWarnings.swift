import JourneyModel

/// Warnings about content that loads but is probably not what the author meant.
enum ContentWarnings {
    /// Checks that need several files: unused personas, thin journeys, future states that compare
    /// with nothing; not for the journeys in `failing`, whose errors come first (a stage that did
    /// not load does not make a journey thin).
    static func crossFile(personas: [Persona], journeys: [Journey], failing: Set<String>) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let used = Set(journeys.flatMap(\.personas))
        for persona in personas where !used.contains(persona.slug) {
            warnings.append(.warning(at: SourceLocation(file: persona.source), "no journey follows the persona '\(persona.slug)'",
                                     hint: "add '\(persona.slug)' to 'personas' in a journey.md, or remove the file"))
        }
        for journey in journeys where !failing.contains(journey.slug) {
            let location = SourceLocation(file: journey.source)
            if journey.stages.count == 1 {
                warnings.append(.warning(at: location, "the journey has a single stage",
                                         hint: "a journey map shows how the experience changes: add a note per stage (01-…, 02-…)"))
            }
            if journey.state == .future && journey.compares == nil {
                warnings.append(.warning(at: location, "the future-state journey does not say which journey it improves",
                                         hint: "add 'compares: <slug of the current-state journey>' to draw both curves together"))
            }
        }
        return warnings
    }
}

/// Warnings about one stage, pointing into its note.
enum StageWarnings {
    static func check(_ stage: Stage, fields: FieldReader) {
        // A score that was given but refused has its own error; this warns only when none is written.
        let hasScore = fields.node("emotion") != nil || fields.node("emotions") != nil
            || stage.steps.contains { $0.score != nil } || stage.touchpoints.contains { $0.emotion != nil }
        if !hasScore {
            fields.file.warning(at: fields.location, "the stage has no score, so the emotion curve breaks here",
                                hint: "add 'emotion: N' (or 'emotions' per persona, step scores or touchpoint emotions)")
        }
        if stage.opportunities.isEmpty, stage.painPoints.contains(where: { $0.severity == .high }) {
            fields.file.warning(at: fields.location(of: "pain_points"), "a high-severity pain point has no opportunity in this stage",
                                hint: "add an opportunity that answers it, so the map says what to fix")
        }
    }
}
