import JourneyAnalysis
import JourneyModel

/// The lowest point, highest point and biggest drop of each persona's own line, so that the
/// chart and its finding state them per persona where the lines differ, and once where they agree.
struct PersonaMoments {
    /// A moment of one line: the line's place among the curves, its name, and the moment.
    struct Moment<Value> {
        var curve: Int
        var name: String
        var value: Value
    }

    /// The moments to state: one when every line has the same (same stage, same score shown),
    /// else one per line that has it.
    let lowest: [Moment<StagePoint>]
    let highest: [Moment<StagePoint>]
    let drops: [Moment<Drop>]

    /// The moments of `curves`, each named by `names` at the same place.
    init(curves: [EmotionCurve], names: [String], scale: EmotionScale) {
        let summaries = curves.map { JourneySummary(scores: $0.values, scale: scale) }
        func moments<Value>(_ pick: (JourneySummary) -> Value?, _ key: (Value) -> [Double]) -> [Moment<Value>] {
            let all = summaries.enumerated().compactMap { curve, summary in
                pick(summary).map { Moment(curve: curve, name: names[curve], value: $0) }
            }
            let isShared = all.count == curves.count && Set(all.map { key($0.value) }).count == 1
            return isShared ? Array(all.prefix(1)) : all
        }
        lowest = moments(\.lowest) { [Double($0.index), NumberFormat.shown($0.score)] }
        highest = moments(\.peak) { [Double($0.index), NumberFormat.shown($0.score)] }
        drops = moments(\.biggestDrop) { [Double($0.from), NumberFormat.shown($0.amount)] }
    }
}
