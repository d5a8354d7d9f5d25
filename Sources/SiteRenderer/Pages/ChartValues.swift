import JourneyAnalysis
import JourneyModel

/// The charts of a journey, each with the words that state its main finding and the rows of
/// the table that gives the same data as text.
extension PageContext {
    /// The journey's emotion curve: one line per persona, the compared journey dotted; with
    /// `persona`, that persona's line only.
    func emotionCurve(_ item: JourneyAnalysis, persona only: String? = nil, style: String? = nil) -> String {
        emotionCurveChart(item, persona: only).svg(style: style)
    }

    /// The emotion curve as a chart value, to draw as it is or among other things (the poster).
    func emotionCurveChart(_ item: JourneyAnalysis, persona only: String? = nil) -> EmotionCurveChart {
        let curves = self.curves(item, only: only)
        let names = curves.map(curveName)
        var series = zip(curves, names).map { curve, name in
            EmotionCurveChart.Series(name: name, color: curve.persona.flatMap { analysis.content.persona($0)?.color },
                                     values: curve.values, answers: answerMarks(curve, item: item))
        }
        if only == nil, let comparison = item.comparison, let other = analysis.journey(comparison.other) {
            var values = [Double?](repeating: nil, count: item.journey.stages.count)
            for match in comparison.matches { values[match.index] = other.stageScores[match.otherIndex] }
            series.append(EmotionCurveChart.Series(name: other.journey.title, color: nil, values: values, isCompared: true))
        }
        let columns = item.journey.stages.map { stage in
            EmotionCurveChart.Column(name: stage.name, isAssumption: stage.evidence == .assumption, painPoints: stage.painPoints,
                                     steps: stage.steps.compactMap { step in step.score.map { (step.name, $0) } })
        }
        let moments = PersonaMoments(curves: curves, names: names, scale: site.scale)
        return EmotionCurveChart(
            id: "curve-\(item.journey.slug)" + (only.map { "-" + $0 } ?? ""), columns: columns, series: series, scale: site.scale, strings: strings,
            format: format, finding: curveFinding(item, persona: only), labelLanguage: contentLanguage,
            lowestPoints: moments.lowest.map { .init(series: $0.curve, stage: $0.value.index, score: $0.value.score) },
            biggestDrops: moments.drops.map { .init(series: $0.curve, from: $0.value.from, amount: $0.value.amount) },
            minAnswers: site.minAnswers
        )
    }

    /// The journey's curves, or `persona`'s only.
    private func curves(_ item: JourneyAnalysis, only persona: String?) -> [EmotionCurve] {
        persona.map { slug in item.curves.filter { $0.persona == slug } } ?? item.curves
    }

    /// A curve's name: its persona's, or all customers for a journey without personas.
    private func curveName(_ curve: EmotionCurve) -> String {
        curve.persona.flatMap { analysis.content.persona($0)?.name } ?? strings["all_customers"]
    }

    /// The survey evidence of each survey-based point of a curve.
    private func answerMarks(_ curve: EmotionCurve, item: JourneyAnalysis) -> [EmotionCurveChart.AnswerMark?] {
        curve.scores.enumerated().map { index, score in
            guard let answers = score?.answers, score?.source == .survey else { return nil }
            let interval = answers.interval ?? answers.mean...answers.mean
            return .init(low: interval.lowerBound, high: interval.upperBound, count: answers.count,
                         isThin: answers.count < site.minAnswers)
        }
    }

    /// The sentences that sum a journey's curves (or `persona`'s) up: lowest point, highest point,
    /// biggest drop, each once where the personas' lines agree and per persona where they differ.
    func curveFinding(_ item: JourneyAnalysis, persona only: String? = nil) -> String {
        let stages = item.journey.stages, curves = curves(item, only: only)
        let moments = PersonaMoments(curves: curves, names: curves.map(curveName), scale: site.scale)
        guard !moments.lowest.isEmpty else { return strings["curve_desc_none"] }
        func point(_ key: String, _ points: [PersonaMoments.Moment<StagePoint>]) -> String {
            guard points.count > 1 else {
                return strings.sentence(key, ["stage": stages[points[0].value.index].name, "score": format.score(points[0].value.score)])
            }
            return strings.sentence(key + "_each", ["points": points.map {
                strings.sentence("finding_persona_point", ["stage": stages[$0.value.index].name, "persona": $0.name,
                                                           "score": format.score($0.value.score)])
            }.joined(separator: strings["list_separator"])])
        }
        var sentences = [point("finding_lowest_point", moments.lowest), point("finding_highest_point", moments.highest)]
        if moments.drops.count == 1, let drop = moments.drops.first?.value {
            sentences.append(strings.sentence("finding_biggest_drop", ["from": stages[drop.from].name, "to": stages[drop.from + 1].name,
                                                                       "score": format.score(-drop.amount)]))
        } else if !moments.drops.isEmpty {
            sentences.append(strings.sentence("finding_biggest_drop_each", ["drops": moments.drops.map {
                strings.sentence("finding_persona_drop", ["from": stages[$0.value.from].name, "to": stages[$0.value.from + 1].name,
                                                          "persona": $0.name, "score": format.score(-$0.value.amount)])
            }.joined(separator: strings["list_separator"])]))
        }
        return sentences.joined(separator: " ")
    }

    /// The impact/effort matrix of the journey's rated opportunities, or nil when none is rated.
    func opportunityMatrix(_ item: JourneyAnalysis, style: String? = nil) -> String? {
        opportunityMatrix(item.opportunities, id: "matrix-\(item.journey.slug)", style: style)
    }

    /// The matrix of ranked opportunities, numbered by their place in `ranked`.
    func opportunityMatrix(_ ranked: [RankedOpportunity], id: String, style: String? = nil) -> String? {
        let items = ranked.enumerated().compactMap { rank, ranked -> ImpactEffortMatrix.Item? in
            guard let quadrant = ranked.quadrant, let impact = ranked.opportunity.impact, let effort = ranked.opportunity.effort else { return nil }
            return ImpactEffortMatrix.Item(rank: rank + 1, text: ranked.opportunity.text, impact: impact, effort: effort, quadrant: quadrant)
        }
        guard !items.isEmpty else { return nil }
        return ImpactEffortMatrix(id: id, items: items, strings: strings, finding: matrixFinding(items), rule: site.quadrants).svg(style: style)
    }

    /// `Quick win: high impact, low effort; medium impact, low effort. Big bet: …`, from the site's `QuadrantRule`.
    func matrixRule() -> String {
        Quadrant.allCases.compactMap { quadrant in
            let cells = site.quadrants.cells(of: quadrant).map { cell in
                strings.sentence("matrix_rule_cell", ["impact": strings["level_\(cell.impact.rawValue)"], "effort": strings["level_\(cell.effort.rawValue)"]])
            }
            guard !cells.isEmpty else { return nil }
            return strings.sentence("matrix_rule_quadrant", ["quadrant": strings["quadrant_\(quadrant.rawValue)"], "cells": cells.joined(separator: "; ")])
        }.joined(separator: " ")
    }

    private func matrixFinding(_ items: [ImpactEffortMatrix.Item]) -> String {
        let counts = Quadrant.allCases.compactMap { quadrant -> String? in
            let count = items.filter { $0.quadrant == quadrant }.count
            return count == 0 ? nil
                : strings.sentence("finding_quadrant_count", ["quadrant": strings["quadrant_\(quadrant.rawValue)"], "count": String(count)])
        }
        return counts.joined(separator: ", ") + ". " + strings.sentence("finding_top_priority", ["opportunity": items[0].text])
    }

    /// The funnel bars, or nil when fewer than two stages count visitors.
    func funnelChart(_ item: JourneyAnalysis, style: String? = nil) -> String? {
        let funnel = item.funnel
        guard !funnel.isEmpty else { return nil }
        let stages = item.journey.stages
        let bars = funnel.steps.map { step in
            FunnelChart.Bar(stage: stages[step.index].name, visitors: step.visitors, conversion: step.conversion,
                            isBiggestLoss: step.index == funnel.biggestDropOff?.index)
        }
        return FunnelChart(id: "funnel-\(item.journey.slug)", bars: bars, strings: strings, format: format,
                           finding: funnelFinding(item)).svg(style: style)
    }

    func funnelFinding(_ item: JourneyAnalysis) -> String {
        let funnel = item.funnel
        var sentences: [String] = []
        if let endToEnd = funnel.endToEnd { sentences.append(strings.sentence("finding_end_to_end", ["percent": format.percent(endToEnd)])) }
        let stages = item.journey.stages
        // The names of the funnel step before `step`, and of `step`.
        func names(_ step: Funnel.Step) -> (from: String, to: String)? {
            guard let index = funnel.steps.firstIndex(of: step), index > 0 else { return nil }
            return (stages[funnel.steps[index - 1].index].name, stages[step.index].name)
        }
        if let dropOff = funnel.biggestDropOff, let (from, to) = names(dropOff), let conversion = dropOff.conversion {
            sentences.append(strings.sentence("finding_biggest_dropoff", [
                "from": from, "to": to, "percent": format.percent(conversion), "count": format.integer(dropOff.lost),
            ]))
        }
        if let loss = funnel.largestLoss, loss != funnel.biggestDropOff, let (from, to) = names(loss) {
            sentences.append(strings.sentence("finding_largest_loss", ["from": from, "to": to, "count": format.integer(loss.lost)]))
        }
        return sentences.joined(separator: " ")
    }

    /// The channel × stage heatmap of touchpoints, or nil when the journey has none.
    func touchpointHeatmap(_ item: JourneyAnalysis, style: String? = nil) -> String? {
        let grid = TouchpointGrid(journey: item.journey, otherChannel: strings["channel_other"])
        guard !grid.channels.isEmpty else { return nil }
        return TouchpointHeatmap(id: "heatmap-\(item.journey.slug)", stages: item.journey.stages.map(\.name),
                                 channels: grid.channels, cells: grid.cells, scale: site.scale, strings: strings,
                                 format: format, finding: heatmapFinding(grid)).svg(style: style)
    }

    func heatmapFinding(_ grid: TouchpointGrid) -> String {
        let scored = grid.channelMeans.compactMap { channel, mean in mean.map { (channel, $0) } }
        guard let weakest = scored.min(by: { $0.1 < $1.1 }), let strongest = scored.max(by: { $0.1 < $1.1 }) else {
            return strings.sentence("finding_channels", ["count": String(grid.channels.count)])
        }
        return strings.sentence("finding_weakest_channel", ["channel": weakest.0, "score": format.score(weakest.1)]) + " "
            + strings.sentence("finding_strongest_channel", ["channel": strongest.0, "score": format.score(strongest.1)])
    }
}

/// Touchpoints grouped by channel (rows, sorted) and stage (columns).
struct TouchpointGrid {
    var channels: [String]
    var cells: [[TouchpointHeatmap.Cell?]]
    /// Each channel's mean touchpoint emotion across the journey, in `channels` order.
    var channelMeans: [(String, Double?)]

    init(journey: Journey, otherChannel: String) {
        let channels = Set(journey.stages.flatMap { $0.touchpoints.map { $0.channel ?? otherChannel } }).sorted()
        self.channels = channels
        cells = channels.map { channel in
            journey.stages.map { stage in
                let touchpoints = stage.touchpoints.filter { ($0.channel ?? otherChannel) == channel }
                guard !touchpoints.isEmpty else { return nil }
                return TouchpointHeatmap.Cell(count: touchpoints.count,
                                              meanEmotion: JourneyAnalysis.mean(touchpoints.compactMap(\.emotion)),
                                              names: touchpoints.map(\.name))
            }
        }
        channelMeans = channels.map { channel in
            (channel, JourneyAnalysis.mean(journey.stages.flatMap { $0.touchpoints.filter { ($0.channel ?? otherChannel) == channel }.compactMap(\.emotion) }))
        }
    }
}
