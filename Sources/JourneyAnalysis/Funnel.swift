import JourneyModel

/// Customers reaching each stage, from `metrics.visitors`, and where they are lost.
public struct Funnel: Sendable, Hashable {
    /// A stage of the funnel: a stage that has a visitor count.
    public struct Step: Sendable, Hashable {
        public var index: Int
        public var visitors: Int
        /// Share of the previous funnel step's visitors that reach this one; nil for the first.
        public var conversion: Double?
        /// Visitors lost since the previous funnel step (negative when more arrive).
        public var lost: Int
    }

    public var steps: [Step]

    public init(journey: Journey) {
        var steps: [Step] = []
        for (index, stage) in journey.stages.enumerated() {
            guard let visitors = stage.metrics.visitors else { continue }
            let previous = steps.last?.visitors
            steps.append(Step(index: index, visitors: visitors,
                              conversion: previous.flatMap { $0 > 0 ? Double(visitors) / Double($0) : nil },
                              lost: previous.map { $0 - visitors } ?? 0))
        }
        self.steps = steps
    }

    /// Whether there is a funnel to show: at least two stages with visitors.
    public var isEmpty: Bool { steps.count < 2 }

    /// Last stage's visitors over the first's.
    public var endToEnd: Double? {
        guard steps.count > 1, let first = steps.first, first.visitors > 0 else { return nil }
        return Double(steps.last!.visitors) / Double(first.visitors)
    }

    /// The biggest drop-off: the step with the lowest conversion from the step before, where
    /// the journey keeps the smallest share of its customers; the first one on a tie. (The first
    /// step nearly always loses the most customers in number, only because it has the most.)
    public var biggestDropOff: Step? {
        steps.dropFirst().filter { ($0.conversion ?? 1) < 1 }.reduce(nil) { best, step in
            best.map { step.conversion! < $0.conversion! ? step : $0 } ?? step
        }
    }

    /// The step that loses the most customers in number; the first one on a tie.
    public var largestLoss: Step? {
        steps.dropFirst().filter { $0.lost > 0 }.reduce(nil) { best, step in best.map { step.lost > $0.lost ? step : $0 } ?? step }
    }
}
