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

    /// An entry laid out: its swatch from `left`, its words from `label`'s spot.
    struct Entry {
        var swatch: Swatch
        var left: Double
        var label: ChartLabel
    }

    static let swatchWidth = 22.0
    static let rowHeight = 18.0

    let entries: [Entry]
    /// From the top of the chart to the bottom of the last row.
    let height: Double

    init(_ chart: EmotionCurveChart) {
        var entries: [Entry] = [], left = 8.0, baseline = 18.0, rowBottom = baseline
        let room = chart.width - 16 - Self.swatchWidth - 6
        for (swatch, text) in Self.items(chart) {
            let lines = LineBreaking.lines(text, width: room, style: .legendEntry)
            let width = Self.swatchWidth + 6 + (lines.map(LabelStyle.legendEntry.width).max() ?? 0)
            if left > 8, left + width > chart.width - 8 || lines.count > 1 {
                left = 8
                baseline = rowBottom + Self.rowHeight
            }
            let label = ChartLabel(lines: lines, style: .legendEntry, at: LabelSpot(x: left + Self.swatchWidth + 6, y: baseline))
            entries.append(Entry(swatch: swatch, left: left, label: label))
            rowBottom = max(rowBottom, baseline + Double(lines.count - 1) * LabelStyle.legendEntry.lineHeight)
            left += width + 14
        }
        self.entries = entries
        height = rowBottom + 10
    }

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

    /// The box each swatch takes, for labels to keep off.
    var swatchAreas: [ChartRect] {
        entries.map { ChartRect(left: $0.left, top: $0.label.spot.y - 10, right: $0.left + Self.swatchWidth, bottom: $0.label.spot.y + 2) }
    }

    var svg: String {
        "<g class=\"legend\">" + entries.map { entry in
            let left = entry.left, middle = entry.label.spot.y - 4, right = left + Self.swatchWidth
            let line = "x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(middle))\" x2=\"\(SVG.number(right))\" y2=\"\(SVG.number(middle))\""
            let center = "cx=\"\(SVG.number(left + Self.swatchWidth / 2))\" cy=\"\(SVG.number(middle))\""
            let (group, swatch) = switch entry.swatch {
            case let .series(series, index): (EmotionCurveChart.seriesAttributes(series, index: index), "<line \(line)/>")
            case .assumed: (" class=\"series key\"", "<line class=\"assumed\" \(line)/>")
            case .thinPoint: (" class=\"series key\"", "<circle class=\"thin\" \(center) r=\"5\"/>")
            case .band: (" class=\"series key\"", "<rect class=\"band\" x=\"\(SVG.number(left))\" y=\"\(SVG.number(middle - 5))\" width=\"\(SVG.number(Self.swatchWidth))\" height=\"10\"/>")
            case .steps: (" class=\"steps\"", "<path d=\"M\(SVG.number(left)) \(SVG.number(middle)) L\(SVG.number(right)) \(SVG.number(middle))\"/><circle \(center) r=\"3\"/>")
            case let .pain(severity): (" class=\"pain-band\"", "<circle class=\"severity-\(severity.rawValue)\" \(center) r=\"5\"/>")
            }
            return "<g\(group)>\(swatch)\(entry.label.svg)</g>"
        }.joined() + "</g>"
    }
}
