import JourneyAnalysis
import JourneyModel

/// A condition a CI gate fails on (`--fail-on score-drop:0.5,new-high-pain,new-errors`).
public enum DiffCondition: Sendable, Hashable, CustomStringConvertible {
    /// A stage's score for a persona, or a journey's overall score, fell by at least this much.
    case scoreDrop(Double)
    /// A pain point of high severity appeared, or one became high.
    case newHighPain
    /// The head has errors the base does not.
    case newErrors

    /// The conditions of a comma-separated list; nil when one of them is not a condition.
    public static func list(_ text: String) -> [DiffCondition]? {
        let conditions = text.split(separator: ",").map { item -> DiffCondition? in
            let item = item.trimmingCharacters(in: .whitespaces)
            switch item {
            case "new-high-pain": return .newHighPain
            case "new-errors": return .newErrors
            default:
                guard item.hasPrefix("score-drop:"), let amount = Double(item.dropFirst("score-drop:".count)), amount > 0, amount.isFinite else { return nil }
                return .scoreDrop(amount)
            }
        }
        return conditions.isEmpty || conditions.contains(nil) ? nil : conditions.compactMap { $0 }
    }

    public var description: String {
        switch self {
        case .scoreDrop(let amount): "score-drop:\(NumberFormat(language: "en").decimal(amount, digits: 6))"
        case .newHighPain: "new-high-pain"
        case .newErrors: "new-errors"
        }
    }

    /// The changes that meet the condition, one line each; empty when it is not met.
    public func reasons(in diff: ExperienceDiff) -> [String] {
        let phrases = DiffPhrases(escape: { $0 })
        switch self {
        case .scoreDrop(let amount):
            let dropped = { (delta: Double?) in delta.map { $0 <= -amount + 1e-9 } ?? false }
            return diff.journeys.flatMap { journey in
                journey.figures.filter { $0.figure == .overall && dropped($0.delta) }.map { "\(journey.journey.name): \(phrases.figure($0))" }
                    + journey.scores.filter { dropped($0.delta) }.map { "\(journey.journey.name): \(phrases.score($0))" }
            }
        case .newHighPain:
            return diff.journeys.flatMap { journey in
                journey.painPoints.filter(\.isNewHigh).map { "\(journey.journey.name): \(phrases.painPoint($0))" }
            }
        case .newErrors:
            return diff.newErrors.map { "\($0.location): \($0.message)" }
        }
    }
}
