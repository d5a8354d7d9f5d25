import JourneyAnalysis
import JourneyModel

/// One of a journey's key figures: mean, highest and lowest point, end, peak–end, biggest drop,
/// share above neutral, evidence coverage.
struct FigureView: Encodable {
    let label: String
    let value: String
    /// The stage (or `from → to` stages) it is about, if any.
    let stage: String?
    /// The tone of the score for colour, if the figure is a score.
    let tone: String?
}

/// The emotion curve's data as a table: a row per stage, a cell per curve.
struct CurveTable: Encodable {
    /// The curves' names: personas, or all customers.
    let headers: [String]
    let rows: [Row]
    /// Whether the table has a mean column (more than one curve).
    let showMean: Bool

    struct Row: Encodable {
        let stage: String
        let cells: [ScoreView]
        let mean: ScoreView
        let isAssumption: Bool
    }
}

/// A stage's friction: pain points weighted by severity.
struct FrictionRow: Encodable {
    let stage: String
    let url: String
    /// Low 1, medium 2, high 3, summed.
    let score: Int
    let high: Int
    let medium: Int
    let low: Int
}

/// An opportunity in the journey's ranked table.
struct OpportunityRow: Encodable {
    /// Its place by priority, as numbered on the matrix.
    let rank: Int
    let text: String
    let stage: String
    let impact: String?
    let effort: String?
    /// Quick win, big bet, fill-in or money pit, in words.
    let quadrant: String?
    /// `quick-win`, `big-bet`, `fill-in`, `money-pit` or `unrated`.
    let quadrantKey: String
    let owner: String?
    let status: String?
}

/// A stage of the funnel: visitors, conversion from the stage before, customers lost.
struct FunnelRow: Encodable {
    let stage: String
    let visitors: String
    let conversion: String
    let lost: String
    /// Whether the step keeps the smallest share of the step before's customers.
    let isBiggestDropOff: Bool
    /// Whether the step loses the most customers in number.
    let isLargestLoss: Bool
}

/// The touchpoint heatmap's data as a table: a row per channel, a cell per stage.
struct HeatmapTable: Encodable {
    let stages: [String]
    let rows: [Row]

    struct Row: Encodable {
        let channel: String
        let cells: [Cell]
    }

    struct Cell: Encodable {
        /// The mean emotion, `×N` for touchpoints without one, or empty.
        let text: String
        /// The touchpoints' names, comma-separated.
        let names: String?
    }
}

/// A future journey against the journey it compares with.
struct ComparisonView: Encodable {
    let title: String
    let url: String
    let rows: [Row]
    /// The stages only this journey has, and only the other.
    let unmatched: [String]
    let otherUnmatched: [String]

    struct Row: Encodable {
        let stage: String
        let score: ScoreView
        let other: ScoreView
        let delta: ChangeText?
    }
}

/// The computed figures of a journey as template values: the summary, and the rows of the
/// tables that give every chart's data as text.
extension PageContext {
    /// Mean, peak, lowest point, end, peak–end, biggest drop, share above neutral, evidence. With
    /// several personas the figures of the curve are those of the mean of their lines, and say so.
    func summaryValues(_ item: JourneyAnalysis) -> [FigureView] {
        let summary = item.summary, stages = item.journey.stages
        var rows: [FigureView] = []
        func add(_ key: String, _ value: String, stage: String? = nil, tone: Double? = nil) {
            let label = item.curves.count > 1 && key != "evidence_coverage"
                ? strings.sentence("figure_mean_of_personas", ["figure": strings[key]]) : strings[key]
            rows.append(FigureView(label: label, value: value, stage: stage, tone: tone.map(self.tone)))
        }
        if let mean = summary.mean { add("mean_score", format.score(mean), tone: mean) }
        if let peak = summary.peak { add("highest_point", format.score(peak.score), stage: stages[peak.index].name, tone: peak.score) }
        if let lowest = summary.lowest { add("lowest_point", format.score(lowest.score), stage: stages[lowest.index].name, tone: lowest.score) }
        if let end = summary.end { add("end_score", format.score(end.score), stage: stages[end.index].name, tone: end.score) }
        if let peakEnd = summary.peakEnd { add("peak_end", format.score(peakEnd), tone: peakEnd) }
        if let drop = summary.biggestDrop {
            add("biggest_drop", format.score(-drop.amount), stage: "\(stages[drop.from].name) → \(stages[drop.from + 1].name)", tone: -drop.amount)
        }
        if let share = summary.shareAboveNeutral { add("above_neutral", format.percent(share)) }
        if let researched = item.evidence.researchedShare { add("evidence_coverage", format.percent(researched)) }
        return rows
    }

    /// One row per stage: each curve's score with its source, and the stage's mean.
    func curveTable(_ item: JourneyAnalysis) -> CurveTable {
        let headers = item.curves.map { curve in
            curve.persona.flatMap { analysis.content.persona($0)?.name } ?? strings["all_customers"]
        }
        let rows = item.journey.stages.enumerated().map { index, stage in
            let cells = item.curves.map { curve -> ScoreView in
                guard let score = curve.scores[index] else { return scoreValues(nil) }
                var values = scoreValues(score.value)
                if score.source != .explicit { values.source = strings["source_\(score.source.rawValue)"] }
                return values
            }
            return CurveTable.Row(stage: stage.name, cells: cells, mean: scoreValues(item.stageScores[index]),
                                  isAssumption: stage.evidence == .assumption)
        }
        return CurveTable(headers: headers, rows: rows, showMean: item.curves.count > 1)
    }

    /// Stages with pain points, worst first.
    func frictionRows(_ item: JourneyAnalysis) -> [FrictionRow] {
        item.frictionRanking.map { friction in
            FrictionRow(stage: item.journey.stages[friction.index].name,
                        url: link(SitePaths.stage(item.journey.stages[friction.index].slug, of: item.journey.slug)),
                        score: friction.score, high: friction.high, medium: friction.medium, low: friction.low)
        }
    }

    /// Every opportunity, highest priority first, numbered as on the matrix.
    func opportunityRows(_ item: JourneyAnalysis) -> [OpportunityRow] {
        item.opportunities.enumerated().map { rank, ranked in
            let opportunity = ranked.opportunity
            return OpportunityRow(
                rank: rank + 1, text: opportunity.text, stage: item.journey.stages[ranked.stageIndex].name,
                impact: opportunity.impact.map { strings["level_\($0.rawValue)"] },
                effort: opportunity.effort.map { strings["level_\($0.rawValue)"] },
                quadrant: ranked.quadrant.map { strings["quadrant_\($0.rawValue)"] }, quadrantKey: ranked.quadrant?.rawValue ?? "unrated",
                owner: opportunity.owner, status: opportunity.status.map { strings["status_\($0.rawValue)"] })
        }
    }

    /// The funnel as rows: stage, visitors, conversion and customers lost.
    func funnelRows(_ item: JourneyAnalysis) -> [FunnelRow] {
        item.funnel.steps.map { step in
            FunnelRow(stage: item.journey.stages[step.index].name, visitors: format.integer(step.visitors),
                      conversion: step.conversion.map(format.percent) ?? "—",
                      lost: step.conversion == nil ? "—" : format.integer(step.lost),
                      isBiggestDropOff: step.index == item.funnel.biggestDropOff?.index,
                      isLargestLoss: step.index == item.funnel.largestLoss?.index)
        }
    }

    /// The heatmap as a table: a row per channel, a cell per stage.
    func heatmapTable(_ item: JourneyAnalysis) -> HeatmapTable {
        let grid = TouchpointGrid(journey: item.journey, otherChannel: strings["channel_other"])
        let rows = zip(grid.channels, grid.cells).map { channel, cells in
            HeatmapTable.Row(channel: channel, cells: cells.map { cell in
                guard let cell else { return HeatmapTable.Cell(text: "", names: nil) }
                return HeatmapTable.Cell(text: cell.meanEmotion.map(format.score) ?? "×\(cell.count)", names: cell.names.joined(separator: ", "))
            })
        }
        return HeatmapTable(stages: item.journey.stages.map(\.name), rows: rows)
    }

    /// This journey against the one it compares with: both scores and the change, per stage.
    func comparisonValues(_ item: JourneyAnalysis) -> ComparisonView? {
        guard let comparison = item.comparison, let other = analysis.journey(comparison.other) else { return nil }
        let rows = comparison.matches.map { match in
            ComparisonView.Row(stage: item.journey.stages[match.index].name, score: scoreValues(item.stageScores[match.index]),
                               other: scoreValues(other.stageScores[match.otherIndex]),
                               delta: match.delta.map { ChangeText(text: format.score($0), tone: $0 > 0 ? "positive" : $0 < 0 ? "negative" : "neutral") })
        }
        return ComparisonView(title: other.journey.title, url: link(SitePaths.journey(other.journey.slug)), rows: rows,
                              unmatched: comparison.unmatched, otherUnmatched: comparison.otherUnmatched)
    }
}
