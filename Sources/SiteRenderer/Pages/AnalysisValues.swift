import JourneyAnalysis
import JourneyModel

/// The computed figures of a journey as template values: the summary, and the rows of the
/// tables that give every chart's data as text.
extension PageContext {
    /// Mean, peak, lowest point, end, peak–end, biggest drop, share above neutral, evidence.
    func summaryValues(_ item: JourneyAnalysis) -> [[String: Any]] {
        let summary = item.summary, stages = item.journey.stages
        var rows: [[String: Any]] = []
        func add(_ key: String, _ value: String, stage: String? = nil, tone: Double? = nil) {
            rows.append(["label": strings[key], "value": value, "stage": stage ?? "", "tone": tone.map(self.tone) ?? ""])
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
    func curveTable(_ item: JourneyAnalysis) -> [String: Any] {
        let headers = item.curves.map { curve in
            curve.persona.flatMap { analysis.content.persona($0)?.name } ?? strings["all_customers"]
        }
        let rows = item.journey.stages.enumerated().map { index, stage -> [String: Any] in
            let cells = item.curves.map { curve -> [String: Any] in
                guard let score = curve.scores[index] else { return scoreValues(nil) }
                var values = scoreValues(score.value)
                if score.source != .explicit { values["source"] = strings["source_\(score.source.rawValue)"] }
                return values
            }
            return ["stage": stage.name, "cells": cells, "mean": scoreValues(item.stageScores[index]),
                    "isAssumption": stage.evidence == .assumption]
        }
        return ["headers": headers, "rows": rows, "showMean": item.curves.count > 1]
    }

    /// Stages with pain points, worst first.
    func frictionRows(_ item: JourneyAnalysis) -> [[String: Any]] {
        item.frictionRanking.map { friction in
            ["stage": item.journey.stages[friction.index].name,
             "url": link(SitePaths.stage(item.journey.stages[friction.index].slug, of: item.journey.slug)),
             "score": friction.score, "high": friction.high, "medium": friction.medium, "low": friction.low]
        }
    }

    /// Every opportunity, highest priority first, numbered as on the matrix.
    func opportunityRows(_ item: JourneyAnalysis) -> [[String: Any]] {
        item.opportunities.enumerated().map { rank, ranked in
            let opportunity = ranked.opportunity
            return [
                "rank": rank + 1, "text": opportunity.text, "stage": item.journey.stages[ranked.stageIndex].name,
                "impact": opportunity.impact.map { strings["severity_\($0.rawValue)"] } ?? "",
                "effort": opportunity.effort.map { strings["severity_\($0.rawValue)"] } ?? "",
                "quadrant": ranked.quadrant.map { strings["quadrant_\($0.rawValue)"] } ?? "",
                "quadrantKey": ranked.quadrant?.rawValue ?? "unrated",
                "owner": opportunity.owner ?? "",
                "status": opportunity.status.map { strings["status_\($0.rawValue)"] } ?? "",
            ]
        }
    }

    /// The funnel as rows: stage, visitors, conversion and customers lost.
    func funnelRows(_ item: JourneyAnalysis) -> [[String: Any]] {
        item.funnel.steps.map { step in
            ["stage": item.journey.stages[step.index].name, "visitors": format.integer(step.visitors),
             "conversion": step.conversion.map(format.percent) ?? "—",
             "lost": step.conversion == nil ? "—" : format.integer(step.lost),
             "isBiggestLoss": step.index == item.funnel.biggestLoss?.index]
        }
    }

    /// The heatmap as a table: a row per channel, a cell per stage.
    func heatmapTable(_ item: JourneyAnalysis) -> [String: Any] {
        let grid = TouchpointGrid(journey: item.journey, otherChannel: strings["channel_other"])
        let rows = zip(grid.channels, grid.cells).map { channel, cells -> [String: Any] in
            ["channel": channel, "cells": cells.map { cell -> [String: Any] in
                guard let cell else { return ["text": ""] }
                return ["text": cell.meanEmotion.map(format.score) ?? "×\(cell.count)", "names": cell.names.joined(separator: ", ")]
            }]
        }
        return ["stages": item.journey.stages.map(\.name), "rows": rows]
    }

    /// This journey against the one it compares with: both scores and the change, per stage.
    func comparisonValues(_ item: JourneyAnalysis) -> [String: Any]? {
        guard let comparison = item.comparison, let other = analysis.journey(comparison.other) else { return nil }
        let rows = comparison.matches.map { match -> [String: Any] in
            var row: [String: Any] = [
                "stage": item.journey.stages[match.index].name,
                "score": scoreValues(item.stageScores[match.index]),
                "other": scoreValues(other.stageScores[match.otherIndex]),
            ]
            if let delta = match.delta { row["delta"] = ["text": format.score(delta), "tone": delta > 0 ? "positive" : delta < 0 ? "negative" : "neutral"] }
            return row
        }
        return ["title": other.journey.title, "url": link(SitePaths.journey(other.journey.slug)), "rows": rows,
                "unmatched": comparison.unmatched, "otherUnmatched": comparison.otherUnmatched]
    }
}
