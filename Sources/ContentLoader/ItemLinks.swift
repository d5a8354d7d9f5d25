import JourneyModel

/// Checks the ids of pain points and opportunities across the site (each given once), the pain
/// points each opportunity `addresses` and the opportunities each solution `delivers`.
enum ItemLinks {
    /// The problems with ids in `journeys`. When `someFailed` (a journey or stage did not load),
    /// an id that is nowhere may be in what failed, so it is not reported: that note's error is the cause.
    static func check(_ journeys: [Journey], solutions: [Solution] = [], someFailed: Bool) -> [Diagnostic] {
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
        let references = stages.flatMap(\.opportunities).flatMap(\.addresses).map { ($0, true) }
            + solutions.flatMap(\.delivers).map { ($0, false) }
        for (reference, wantsPainPoint) in references {
            let (kind, kinds, other, key) = wantsPainPoint ? ("pain point", "pain points", "an opportunity", "addresses")
                                                           : ("opportunity", "opportunities", "a pain point", "delivers")
            switch given[reference.name]?.isPainPoint {
            case wantsPainPoint?: continue
            case _?:
                diagnostics.append(.error(at: reference.location, "'\(reference.name)' is \(other)'s id; '\(key)' names \(kinds)",
                                          hint: "name the id of \(kind == "opportunity" ? "an" : "a") \(kind)"))
            case nil where !someFailed:
                diagnostics.append(.error(at: reference.location, "no \(kind) has the id '\(reference.name)'",
                                          hint: Suggestion.didYouMean(reference.name, among: given.filter { $0.value.isPainPoint == wantsPainPoint }.keys.sorted())
                                              ?? "give the \(kind) 'id: \(reference.name)' in its stage note"))
            case nil: continue
            }
        }
        return diagnostics
    }
}
