/// The emotion curve's labels, placed by `LabelPlacement` around its legend, lines and dots:
/// first the scale's levels, then the lowest points and biggest drops, then the answer counts.
struct EmotionCurveLabels {
    private(set) var levels: [LabelPlacement.Placed] = []
    private(set) var callouts: [LabelPlacement.Placed] = []
    /// Per series, the `n=` of its survey-based points.
    private(set) var answers: [[LabelPlacement.Placed]]
    /// What the labels left out say.
    private(set) var leftOut: [String] = []

    init(_ frame: EmotionCurveFrame, legend: EmotionCurveLegend) {
        let chart = frame.chart
        var placement = LabelPlacement(width: chart.width, height: frame.height)
        for entry in legend.entries { placement.fix(entry.label) }
        for area in legend.swatchAreas { placement.mark(.area(area)) }
        for (index, series) in chart.series.enumerated() {
            placement.mark(curve: frame.pieces(of: series).map(\.segment), subject: Self.subject(index))
            for (stage, value) in series.values.enumerated() {
                if let value { placement.mark(.circle(ChartPoint(x: frame.x(stage), y: frame.y(value)), radius: 7.5)) }
            }
        }
        for stage in chart.columns.indices {
            let steps = frame.stepPoints(stage)
            placement.mark(curve: MonotoneCurve.segments(through: steps), subject: "steps")
            for point in steps { placement.mark(.circle(point, radius: 3)) }
            for dot in frame.painDots(stage) { placement.mark(.circle(dot.center, radius: dot.radius)) }
        }
        answers = chart.series.map { _ in [] }
        placeLevels(frame, &placement)
        placeCallouts(frame, &placement)
        placeAnswers(frame, &placement)
        leftOut = placement.leftOut
    }

    /// The subject of a series' line and of the labels about it.
    private static func subject(_ series: Int) -> String { "series-\(series + 1)" }

    /// A label per level of the scale, over or under its grid line, where it is free: at the
    /// chart's left edge, else its right edge, else the start of another column; the top and
    /// bottom levels first, then the others downwards.
    private mutating func placeLevels(_ frame: EmotionCurveFrame, _ placement: inout LabelPlacement) {
        let chart = frame.chart, scale = chart.scale, style = LabelStyle.level
        let order = [scale.max, scale.min] + scale.levels.reversed().filter { $0 != scale.max && $0 != scale.min }
        for level in order {
            let text = [chart.format.score(Double(level)), scale.labels[level]].compactMap { $0 }.joined(separator: " ")
            let lineY = frame.y(Double(level))
            let over = lineY - 4, under = lineY + 3 + style.ascent
            let edges = [LabelSpot(x: 4, y: over), LabelSpot(x: 4, y: under),
                         LabelSpot(x: chart.width - 4, y: over, anchor: .end), LabelSpot(x: chart.width - 4, y: under, anchor: .end)]
            let spots = edges + chart.columns.indices.dropFirst().flatMap { column in
                let left = Double(column) * chart.columnWidth + 4
                return [LabelSpot(x: left, y: over), LabelSpot(x: left, y: under)]
            }
            if let placed = placement.place(ChartLabel(text, style: style, at: spots[0]), spots: spots, meaning: text) {
                levels.append(placed)
            }
        }
    }

    /// The lowest points and biggest drops, named by persona when there are several of a kind.
    private mutating func placeCallouts(_ frame: EmotionCurveFrame, _ placement: inout LabelPlacement) {
        let chart = frame.chart, strings = chart.strings, format = chart.format
        for mark in chart.lowestPoints where mark.stage < chart.columns.count {
            let point = ChartPoint(x: frame.x(mark.stage), y: frame.y(mark.score))
            let text = chart.lowestPoints.count > 1
                ? strings.sentence("chart_persona_lowest_point", ["persona": chart.series[mark.series].name, "score": format.score(mark.score)])
                : strings.sentence("chart_lowest_point", ["score": format.score(mark.score)])
            place(text, near: point, radius: 7.5, series: mark.series, placement: &placement)
        }
        for drop in chart.biggestDrops where drop.from + 1 < chart.columns.count {
            let piece = frame.pieces(of: chart.series[drop.series]).first { $0.from == drop.from }
            guard let middle = piece?.segment.point(at: 0.5) else { continue }
            let text = chart.biggestDrops.count > 1
                ? strings.sentence("chart_persona_biggest_drop", ["persona": chart.series[drop.series].name, "score": format.score(-drop.amount)])
                : strings.sentence("chart_biggest_drop", ["score": format.score(-drop.amount)])
            let top = LabelSpot(x: middle.x, y: frame.plotTop + 12, anchor: .middle)
            let bottom = LabelSpot(x: middle.x, y: frame.plotBottom - 4, anchor: .middle)
            place(text, near: middle, radius: 2, series: drop.series, first: chart.biggestDrops.count > 1 ? [] : [top, bottom], placement: &placement)
        }
    }

    private mutating func place(_ text: String, near point: ChartPoint, radius: Double, series: Int, first: [LabelSpot] = [],
                                placement: inout LabelPlacement) {
        let spots = first + LabelSpot.around(point, radius: radius, style: .callout)
        let label = ChartLabel(text, style: .callout, at: spots[0])
        if let placed = placement.place(label, spots: spots, subject: Self.subject(series), target: point, meaning: text) {
            callouts.append(placed)
        }
    }

    /// The `n=` of each survey-based point, stage by stage.
    private mutating func placeAnswers(_ frame: EmotionCurveFrame, _ placement: inout LabelPlacement) {
        let chart = frame.chart
        for stage in chart.columns.indices {
            for (index, series) in chart.series.enumerated() {
                guard stage < series.answers.count, let mark = series.answers[stage], let value = series.values[stage] else { continue }
                let point = ChartPoint(x: frame.x(stage), y: frame.y(value))
                let spots = LabelSpot.around(point, radius: 7.5, style: .answers)
                let meaning = chart.strings.sentence("chart_answers_of", [
                    "count": String(mark.count), "persona": series.name, "stage": chart.columns[stage].name,
                ])
                let label = ChartLabel("n=\(mark.count)", style: .answers, at: spots[0])
                if let placed = placement.place(label, spots: spots, subject: Self.subject(index), target: point, meaning: meaning) {
                    answers[index].append(placed)
                }
            }
        }
    }
}
