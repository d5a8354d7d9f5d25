import JourneyModel

/// The emotion curve's legend: an entry per line, then one per other mark the chart draws (thin
/// evidence, assumption, confidence band, steps, pain points by severity), in rows over the plot.
struct EmotionCurveLegend {
    /// What an entry shows before its words.
    enum Swatch {
        case series(EmotionCurveChart.Series, index: Int)
        case assumed, thinPoint, band, steps
        case pain(Level)
    }

    let layout: ChartLegend<Swatch>

    init(_ chart: EmotionCurveChart) {
        layout = ChartLegend(Self.items(chart), width: chart.width)
    }

    var entries: [ChartLegend<Swatch>.Entry] { layout.entries }
    var height: Double { layout.height }
    var swatchAreas: [ChartRect] { layout.swatchAreas }

    /// The entries the chart needs, with their words: its lines, then the marks it draws.
    private static func items(_ chart: EmotionCurveChart) -> [(Swatch, String)] {
        let strings = chart.strings
        var items = chart.series.enumerated().map { index, series in
            (Swatch.series(series, index: index),
             series.isCompared ? strings.sentence("legend_compared", ["journey": series.name]) : series.name)
        }
        let points = chart.series.flatMap { series in zip(series.values, series.answers).filter { $0.0 != nil }.compactMap(\.1) }
        let dashed = chart.series.contains { series in
            series.values.indices.dropLast().contains { stage in
                series.values[stage] != nil && series.values[stage + 1] != nil
                    && (chart.columns[stage].isAssumption || chart.columns[stage + 1].isAssumption)
            }
        }
        if dashed { items.append((.assumed, strings["legend_assumption"])) }
        if points.contains(where: \.isThin) {
            items.append((.thinPoint, strings.sentence("legend_thin_evidence", ["count": String(chart.minAnswers)])))
        }
        if !points.isEmpty { items.append((.band, strings["confidence_interval"])) }
        if chart.columns.contains(where: { !$0.steps.isEmpty }) { items.append((.steps, strings["legend_steps"])) }
        let severities = Set(chart.columns.flatMap { $0.painPoints.map(\.severity) })
        for severity in Level.allCases.reversed() where severities.contains(severity) {
            items.append((.pain(severity), strings.sentence("legend_pain_point", ["severity": strings["severity_\(severity.rawValue)"]])))
        }
        return items
    }

    var svg: String {
        layout.svg { swatch, left, middle in
            let right = left + ChartLegend<Swatch>.swatchWidth
            let line = "x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(middle))\" x2=\"\(SVG.number(right))\" y2=\"\(SVG.number(middle))\""
            let center = "cx=\"\(SVG.number((left + right) / 2))\" cy=\"\(SVG.number(middle))\""
            return switch swatch {
            case let .series(series, index): (EmotionCurveChart.seriesAttributes(series, index: index), "<line \(line)/>")
            case .assumed: (" class=\"series key\"", "<line class=\"assumed\" \(line)/>")
            case .thinPoint: (" class=\"series key\"", "<circle class=\"thin\" \(center) r=\"5\"/>")
            case .band: (" class=\"series key\"", "<rect class=\"band\" x=\"\(SVG.number(left))\" y=\"\(SVG.number(middle - 5))\" width=\"\(SVG.number(right - left))\" height=\"10\"/>")
            case .steps: (" class=\"steps\"", "<path d=\"M\(SVG.number(left)) \(SVG.number(middle)) L\(SVG.number(right)) \(SVG.number(middle))\"/><circle \(center) r=\"3\"/>")
            case let .pain(severity): (" class=\"pain-band\"", "<circle class=\"severity-\(severity.rawValue)\" \(center) r=\"5\"/>")
            }
        }
    }
}
