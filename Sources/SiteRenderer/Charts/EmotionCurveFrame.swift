import JourneyModel

/// Where the emotion curve draws each mark: the plot under the legend, the band of pain points
/// under the plot, and the points and pieces of every line.
struct EmotionCurveFrame {
    /// A piece of a line from stage `from` to the next point, dashed when either stage rests on assumption.
    struct Piece { var segment: CurveSegment; var from: Int; var isAssumed: Bool }
    /// A pain point's dot under its stage.
    struct PainDot { var severity: Level; var center: ChartPoint; var radius: Double }

    let chart: EmotionCurveChart
    let plotTop: Double

    var plotBottom: Double { plotTop + EmotionCurveChart.plotHeight }
    var painTop: Double { plotBottom + 12 }
    var height: Double { painTop + 24 }

    func x(_ stage: Int) -> Double { (Double(stage) + 0.5) * chart.columnWidth }

    func y(_ score: Double) -> Double {
        let scale = chart.scale
        return plotTop + (Double(scale.max) - score) / Double(scale.max - scale.min) * EmotionCurveChart.plotHeight
    }

    /// The pieces of a series' line, run by run where it breaks.
    func pieces(of series: EmotionCurveChart.Series) -> [Piece] {
        let points = series.values.enumerated().map { stage, value in value.map { ChartPoint(x: x(stage), y: y($0)) } }
        return MonotoneCurve.runs(points).flatMap { run in
            MonotoneCurve.segments(through: run.map(\.point)).enumerated().map { offset, segment in
                let from = run[offset].index, to = run[offset + 1].index
                return Piece(segment: segment, from: from, isAssumed: chart.columns[from].isAssumption || chart.columns[to].isAssumption)
            }
        }
    }

    /// The points of a stage's steps, spread across its column.
    func stepPoints(_ stage: Int) -> [ChartPoint] {
        let steps = chart.columns[stage].steps
        let left = Double(stage) * chart.columnWidth, gap = chart.columnWidth / Double(steps.count + 1)
        return steps.enumerated().map { ChartPoint(x: left + gap * Double($0.offset + 1), y: y($0.element.score)) }
    }

    /// The dots of a stage's pain points, worst first, six at most.
    func painDots(_ stage: Int) -> [PainDot] {
        let shown = chart.columns[stage].painPoints.sorted { $0.severity > $1.severity }.prefix(6)
        let start = x(stage) - Double(shown.count - 1) * 7
        return shown.enumerated().map { offset, pain in
            PainDot(severity: pain.severity, center: ChartPoint(x: start + Double(offset) * 14, y: painTop + 8),
                    radius: pain.severity == .high ? 6 : pain.severity == .medium ? 5 : 4)
        }
    }
}
