import JourneyModel

/// Checks the ids of pain points and opportunities across the site (each given once) and the
/// pain points each opportunity `addresses` (each an id that a pain point has).
enum ItemLinks {
    /// The problems with ids in `journeys`. When `someFailed` (a journey or stage did not load),
    /// an id that is nowhere may be in what failed, so it is not reported: that note's error is the cause.
    static func check(_ journeys: [Journey], someFailed: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var given: [String: (id: ItemID, isPainPoint: Bool)] = [:]
        let stages = journeys.flatMap(\.stages)
        let named = stages.flatMap { stage in
            stage.painPoints.compactMap { $0.id.map { ($0, true) } } + stage.opportunities.compactMap { $0.id.map { ($0, false) } }
        }
        for (id, isPainPoint) in named {
            if let first = given[id.name] {
                diagnostics.append(.error(at: id.location, "the id '\(id.name)' is also given at \(first.id.location)",
                                          hint: "ids name one pain point or opportunity across the site: rename one of them"))
            } else {
                given[id.name] = (id, isPainPoint)
            }
        }
        let painPoints = given.filter(\.value.isPainPoint).keys.sorted()
        for reference in stages.flatMap(\.opportunities).flatMap(\.addresses) {
            switch given[reference.name]?.isPainPoint {
            case true: continue
            case false:
                diagnostics.append(.error(at: reference.location, "'\(reference.name)' is an opportunity's id; 'addresses' names pain points",
                                          hint: "name the id of a pain point this opportunity addresses"))
            case nil where !someFailed:
                diagnostics.append(.error(at: reference.location, "no pain point has the id '\(reference.name)'",
                                          hint: Suggestion.didYouMean(reference.name, among: painPoints)
                                              ?? "give the pain point it addresses 'id: \(reference.name)'"))
            case nil: continue
            }
        }
        return diagnostics
    }
}
