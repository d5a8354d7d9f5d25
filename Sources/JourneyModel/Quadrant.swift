/// Where an opportunity sits on the impact/effort matrix, by a `QuadrantRule`.
public enum Quadrant: String, Sendable, Hashable, CaseIterable {
    /// High impact, low effort: do first.
    case quickWin = "quick-win"
    /// High impact, high effort: plan.
    case bigBet = "big-bet"
    /// Low impact, low effort: when there is time.
    case fillIn = "fill-in"
    /// Low impact, high effort: avoid.
    case moneyPit = "money-pit"
}

/// The quadrant of each impact and effort: the stated table by default, or the site's own (`quadrants:` in site.yml).
public struct QuadrantRule: Sendable, Hashable {
    /// By impact, then effort.
    public var table: [Level: [Level: Quadrant]]

    public init(table: [Level: [Level: Quadrant]]) {
        self.table = table
    }

    /// A quick win is high or medium impact for low effort; medium impact for medium effort is a
    /// fill-in, not a quick win, so that the quick wins stay the few things to do first:
    ///
    /// | impact \\ effort | low | medium | high |
    /// |---|---|---|---|
    /// | high | quick win | big bet | big bet |
    /// | medium | quick win | fill-in | money pit |
    /// | low | fill-in | fill-in | money pit |
    public static let standard = QuadrantRule(table: [
        .high: [.low: .quickWin, .medium: .bigBet, .high: .bigBet],
        .medium: [.low: .quickWin, .medium: .fillIn, .high: .moneyPit],
        .low: [.low: .fillIn, .medium: .fillIn, .high: .moneyPit],
    ])

    public func quadrant(impact: Level, effort: Level) -> Quadrant {
        table[impact]?[effort] ?? Self.standard.table[impact]![effort]!
    }

    /// The (impact, effort) cells of `quadrant`, high impact and low effort first; none when the rule gives it none.
    public func cells(of quadrant: Quadrant) -> [(impact: Level, effort: Level)] {
        Level.allCases.reversed().flatMap { impact in
            Level.allCases.filter { self.quadrant(impact: impact, effort: $0) == quadrant }.map { (impact, $0) }
        }
    }
}
