import JourneyModel

/// Places a journey's stages: by the numbers of their notes (`NN-<slug>.md`) or, in a journey
/// whose notes have no numbers, by their `time_of_day`; a clash between the two is named.
enum StageOrder {
    /// The stages in order, numbered from 1 when `timed` (the notes have no numbers), and what
    /// stands in the way of a clear order.
    static func arrange(_ stages: [Stage], timed: Bool) -> ([Stage], [Diagnostic]) {
        guard timed else { return (stages, clashes(stages)) }
        var diagnostics: [Diagnostic] = []
        let placed = stages.filter { $0.timeOfDay != nil }.sorted { ($0.timeOfDay!, $0.slug) < ($1.timeOfDay!, $1.slug) }
        for (earlier, stage) in zip(placed, placed.dropFirst()) where earlier.timeOfDay == stage.timeOfDay {
            diagnostics.append(.error(at: SourceLocation(file: stage.source),
                                      "'\(stage.name)' happens at \(stage.timeOfDay!), like \(earlier.source): which comes first is not clear",
                                      hint: "give one of them another time_of_day, or number the notes NN-<slug>.md"))
        }
        let unplaced = stages.filter { $0.timeOfDay == nil }
        for stage in unplaced {
            diagnostics.append(.error(at: SourceLocation(file: stage.source),
                                      "this journey's stage notes have no NN- number, so this one needs a time_of_day to be placed",
                                      hint: "add e.g. 'time_of_day: \"07:30\"', or name every stage note NN-<slug>.md"))
        }
        let ordered = (placed + unplaced).enumerated().map { index, stage in
            var stage = stage
            stage.number = index + 1
            return stage
        }
        return (ordered, diagnostics)
    }

    /// A warning where numbered stages with times of day are numbered in another order than the day's.
    private static func clashes(_ stages: [Stage]) -> [Diagnostic] {
        let timed = stages.filter { $0.timeOfDay != nil }
        guard let (earlier, stage) = zip(timed, timed.dropFirst()).first(where: { $0.timeOfDay! > $1.timeOfDay! }) else { return [] }
        return [.warning(at: SourceLocation(file: stage.source),
                         "'\(stage.name)' (\(stage.timeOfDay!)) is numbered after '\(earlier.name)' (\(earlier.timeOfDay!)) but happens before it; the map follows the numbers",
                         hint: "renumber the notes to follow the day, or drop the numbers from every stage note and let time_of_day order them")]
    }
}
