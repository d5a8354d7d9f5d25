import JourneyModel

/// The emotion curve of a journey: stages as evenly spaced columns, one smooth line per persona.
///
/// The columns line up with the stage columns of the journey-map table the chart sits in:
/// stage `i` is centred at `(i + 0.5) × columnWidth`. Under the plot, a band marks each stage's
/// pain points by severity. A legend over the plot names the lines and every other mark drawn.
struct EmotionCurveChart {
    /// One line of the chart.
    struct Series {
        var name: String
        /// A `#hex` colour; nil uses the theme's series colour.
        var color: String?
        var values: [Double?]
        /// A line of the journey this one is compared with, drawn dotted and lighter.
        var isCompared = false
        /// Per stage, the survey answers behind a survey-based point.
        var answers: [AnswerMark?] = []
    }

    /// The survey evidence of a point: its 95 % interval, how many answers, whether too few.
    struct AnswerMark {
        var low: Double
        var high: Double
        var count: Int
        var isThin: Bool
    }

    /// What the chart shows of each stage besides the scores.
    struct Column {
        var name: String
        /// Whether the stage rests on assumption only: lines touching it are dashed.
        var isAssumption = false
        var painPoints: [PainPoint] = []
        /// Step scores inside the stage, for the finer curve.
        var steps: [(name: String, score: Double)] = []
    }

    /// A line's lowest point, written on the chart.
    struct LowestMark { var series: Int; var stage: Int; var score: Double }
    /// A line's biggest fall, from stage `from` to `from + 1`, written on the chart.
    struct DropMark { var series: Int; var from: Int; var amount: Double }

    var id: String
    var columns: [Column]
    var series: [Series]
    var scale: EmotionScale
    var strings: UIStrings
    var format: NumberFormat
    /// The sentence that states what the chart shows, for `<desc>`.
    var finding: String
    /// The language of the scale's labels (from site.yml) when it differs from the page's.
    var labelLanguage: String?
    /// The lowest points to write: one per persona where their lines differ, else one for all.
    var lowestPoints: [LowestMark] = []
    /// The biggest drops to write: one per persona where their lines differ, else one for all.
    var biggestDrops: [DropMark] = []
    /// Below how many answers a survey-based point is thin evidence.
    var minAnswers = 5

    /// The width of a stage's column: as the map's columns on a page, or the poster's.
    var columnWidth = 160.0
    static let plotHeight = 190.0

    var width: Double { Double(max(columns.count, 1)) * columnWidth }

    /// The chart; `style` is embedded for a standalone file, pages style it with their stylesheet.
    func svg(style: String? = nil) -> String {
        let drawing = drawing(standalone: style != nil)
        return SVG.open(id: id, width: width, height: drawing.height, className: "chart emotion-curve", title: strings["emotion_curve"],
                        description: description(leftOut: drawing.leftOut), style: style) + drawing.marks + "</svg>"
    }

    /// What `<desc>` says: the finding, and the labels left out for lack of room.
    func description(leftOut: [String]) -> String { strings.chartDescription(finding, leftOut: leftOut) }

    /// The chart's marks and labels without the `<svg>` around them, from (0, 0): for a drawing
    /// that shows the curve among other things, as the poster does.
    func drawing(standalone: Bool) -> (marks: String, height: Double, leftOut: [String]) {
        let legend = EmotionCurveLegend(self)
        let frame = EmotionCurveFrame(chart: self, plotTop: legend.height + 12)
        let labels = EmotionCurveLabels(frame, legend: legend)
        var out = legend.svg
        out += axis(frame, labels: labels, standalone: standalone)
        for from in Set(biggestDrops.map(\.from)).sorted() where from + 1 < columns.count {
            out += "<g class=\"annotation drop\"><rect x=\"\(SVG.number(frame.x(from)))\" y=\"\(SVG.number(frame.plotTop))\" "
                + "width=\"\(SVG.number(columnWidth))\" height=\"\(SVG.number(Self.plotHeight))\"/></g>"
        }
        out += steps(frame)
        for (index, series) in series.enumerated() { out += line(series, index: index, frame: frame, answers: labels.answers[index]) }
        if !labels.callouts.isEmpty { out += "<g class=\"annotation\">" + labels.callouts.map(\.svg).joined() + "</g>" }
        out += painBand(frame)
        return (out, frame.height, labels.leftOut)
    }

    /// The `class` and `style` attributes of a series' group, which give it its colour.
    static func seriesAttributes(_ series: Series, index: Int) -> String {
        let style = series.color.map { " style=\"--series-color: \($0)\"" } ?? ""
        return " class=\"series series-\(index + 1)\(series.isCompared ? " compared" : "")\"\(style)"
    }

    private func axis(_ frame: EmotionCurveFrame, labels: EmotionCurveLabels, standalone: Bool) -> String {
        var out = "<g class=\"axis\"\(SVG.language(labelLanguage, standalone: standalone))>"
        for level in scale.levels.reversed() {
            let lineY = SVG.number(frame.y(Double(level)))
            let className = Double(level) == scale.neutral ? "grid neutral" : "grid"
            out += "<line class=\"\(className)\" x1=\"0\" y1=\"\(lineY)\" x2=\"\(SVG.number(width))\" y2=\"\(lineY)\"/>"
        }
        for index in 1..<max(columns.count, 1) {
            let columnX = SVG.number(Double(index) * columnWidth)
            out += "<line class=\"column\" x1=\"\(columnX)\" y1=\"\(SVG.number(frame.plotTop))\" x2=\"\(columnX)\" y2=\"\(SVG.number(frame.height))\"/>"
        }
        return out + labels.levels.map(\.svg).joined() + "</g>"
    }

    /// The finer curve of each stage's steps, spread across the stage's column.
    private func steps(_ frame: EmotionCurveFrame) -> String {
        var out = ""
        for (index, column) in columns.enumerated() where !column.steps.isEmpty {
            let points = frame.stepPoints(index)
            out += "<g class=\"steps\">"
            for segment in MonotoneCurve.segments(through: points) { out += "<path d=\"\(segment.pathData)\"/>" }
            for (point, step) in zip(points, column.steps) {
                out += "<circle cx=\"\(SVG.number(point.x))\" cy=\"\(SVG.number(point.y))\" r=\"3\">"
                    + "<title>\(HTMLText.escape("\(column.name) › \(step.name): \(format.score(step.score))"))</title></circle>"
            }
            out += "</g>"
        }
        return out
    }

    private func line(_ series: Series, index: Int, frame: EmotionCurveFrame, answers: [LabelPlacement.Placed]) -> String {
        var out = "<g\(Self.seriesAttributes(series, index: index))>"
        out += band(series, frame: frame)
        for piece in frame.pieces(of: series) {
            out += "<path\(piece.isAssumed ? " class=\"assumed\"" : "") d=\"\(piece.segment.pathData)\"/>"
        }
        for (stage, value) in series.values.enumerated() {
            guard let value else { continue }
            let label = [columns[stage].name + ", " + series.name + ": " + format.score(value), scale.label(for: NumberFormat.shown(value))]
                .compactMap { $0 }.joined(separator: " — ")
            let mark = stage < series.answers.count ? series.answers[stage] : nil
            let evidence = mark.map { " (n = \($0.count)\($0.isThin ? ", \(strings["thin_evidence"])" : ""))" } ?? ""
            out += "<circle\(mark?.isThin == true ? " class=\"thin\"" : "") cx=\"\(SVG.number(frame.x(stage)))\" cy=\"\(SVG.number(frame.y(value)))\" r=\"6\">"
                + "<title>\(HTMLText.escape(label + evidence))</title></circle>"
        }
        return out + answers.map(\.svg).joined() + "</g>"
    }

    /// The 95 % confidence band of a series' survey-based points, clamped to the scale: one
    /// shape per run of consecutive points that have an interval.
    private func band(_ series: Series, frame: EmotionCurveFrame) -> String {
        let marks = series.answers.enumerated().map { stage, mark in mark.map { (stage, $0) } }
        var out = ""
        for run in MonotoneCurve.runs(marks) {
            let clamp = { (value: Double) in Swift.min(Swift.max(value, Double(scale.min)), Double(scale.max)) }
            let width = run.count == 1 ? 10.0 : 0
            let x = frame.x, y = frame.y
            let upper = run.map { "\(SVG.number(x($0.point.0) - width)) \(SVG.number(y(clamp($0.point.1.high))))" }
                + (run.count == 1 ? ["\(SVG.number(x(run[0].point.0) + width)) \(SVG.number(y(clamp(run[0].point.1.high))))"] : [])
            let lower = run.reversed().map { "\(SVG.number(x($0.point.0) + width)) \(SVG.number(y(clamp($0.point.1.low))))" }
                + (run.count == 1 ? ["\(SVG.number(x(run[0].point.0) - width)) \(SVG.number(y(clamp(run[0].point.1.low))))"] : [])
            out += "<path class=\"band\" d=\"M\((upper + lower).joined(separator: " L"))Z\"/>"
        }
        return out
    }

    /// A dot per pain point under each stage, coloured by severity, worst first.
    private func painBand(_ frame: EmotionCurveFrame) -> String {
        var out = "<g class=\"pain-band\">"
        for (index, column) in columns.enumerated() where !column.painPoints.isEmpty {
            let description = column.painPoints.sorted { $0.severity > $1.severity }
                .map { "\(strings["severity_\($0.severity.rawValue)"]): \($0.text)" }.joined(separator: "; ")
            out += "<g><title>\(HTMLText.escape("\(strings["lane_pain_points"]) — \(column.name): \(description)"))</title>"
            for dot in frame.painDots(index) {
                out += "<circle class=\"severity-\(dot.severity.rawValue)\" cx=\"\(SVG.number(dot.center.x))\" "
                    + "cy=\"\(SVG.number(dot.center.y))\" r=\"\(SVG.number(dot.radius))\"/>"
            }
            out += "</g>"
        }
        return out + "</g>"
    }
}
