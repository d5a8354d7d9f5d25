import JourneyModel

/// Finds the journey, stage and persona a row of a survey or feedback file names: by slug, or by
/// name as people and survey tools write them.
struct ContentNames {
    let journeys: [Journey]
    let personas: [Persona]

    /// The journey a row names, or why it cannot be used.
    func journey(named name: String?) -> Result<Journey, RowReader.Rejection> {
        guard let name, let journey = journey(name) else {
            let name = name ?? ""
            return .failure(RowReader.Rejection(message: name.isEmpty ? "no journey" : "unknown journey '\(name)'",
                                                hint: Suggestion.didYouMean(name, among: journeys.map(\.slug)), journey: name))
        }
        return .success(journey)
    }

    /// The slug of the persona of `journey` a row names (nil when it names none), or why it cannot be used.
    func persona(named name: String?, in journey: Journey) -> Result<String?, RowReader.Rejection> {
        guard let name else { return .success(nil) }
        guard let slug = personaSlug(name, in: journey) else {
            return .failure(RowReader.Rejection(message: "'\(name)' is not a persona of the journey '\(journey.slug)'",
                                                hint: Suggestion.didYouMean(name, among: journey.personas), journey: journey.slug))
        }
        return .success(slug)
    }

    /// The journey named by its slug or, ignoring case, its title.
    private func journey(_ name: String) -> Journey? {
        journeys.first { $0.slug == name } ?? journeys.first { $0.title.lowercased() == name.lowercased() }
    }

    /// The stage named by its slug or, ignoring case, by its name, which must then be the only stage of that name.
    func stage(_ name: String, in journey: Journey) -> Result<Stage, RowReader.Rejection> {
        if let stage = journey.stages.first(where: { $0.slug == name }) { return .success(stage) }
        let named = journey.stages.filter { $0.name.lowercased() == name.lowercased() }
        switch named.count {
        case 1:
            return .success(named[0])
        case 0:
            return .failure(RowReader.Rejection(message: name.isEmpty ? "no stage" : "the journey '\(journey.slug)' has no stage '\(name)'",
                                      hint: Suggestion.didYouMean(name, among: journey.stages.map(\.slug)), journey: journey.slug, stage: name))
        default:
            return .failure(RowReader.Rejection(message: "the journey '\(journey.slug)' has \(named.count) stages named '\(name)'",
                                      hint: "name the stage by its slug (\(named.map(\.slug).joined(separator: ", "))), or give the stages different names",
                                      isError: true, journey: journey.slug, stage: named[0].slug))
        }
    }

    /// The slug of the journey's persona named by its slug or, ignoring case, its name.
    private func personaSlug(_ name: String, in journey: Journey) -> String? {
        if journey.personas.contains(name) { return name }
        return personas.first { journey.personas.contains($0.slug) && $0.name.lowercased() == name.lowercased() }?.slug
    }
}
