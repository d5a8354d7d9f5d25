import JourneyModel

/// The emotion curve of a journey: stages as evenly spaced columns, one smooth line per persona.
///
/// The columns line up with the stage columns of the journey-map table the chart sits in:
/// stage `i` is centred at `(i + 0.5) × columnWidth`. Under the plot, a band marks each stage's
/// pain points by severity.
struct EmotionCurveChart {
    /// One line of the chart.
    struct Series {
        var name: String
        /// A `#hex` colour; nil uses the theme's series colour.
        var color: String?
        var values: [Double?]
        /// A line of the journey this one is compared with, drawn dashed and lighter.
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
    var lowest: StagePointMark?
    var biggestDrop: DropMark?

    /// The lowest stage to annotate.
    struct StagePointMark { var index: Int; var score: Double }
    /// The biggest fall to annotate, from stage `from` to `from + 1`.
    struct DropMark { var from: Int; var amount: Double }

    static let columnWidth = 160.0
    static let legendHeight = 28.0
    static let plotTop = 40.0
    static let plotHeight = 190.0
    static var plotBottom: Double { plotTop + plotHeight }
    static var painTop: Double { plotBottom + 12 }
    static var height: Double { painTop + 24 }

    var width: Double { Double(max(columns.count, 1)) * Self.columnWidth }

    /// The chart; `style` is embedded for a standalone file, pages style it with their stylesheet.
    func svg(style: String? = nil) -> String {
        var out = SVG.open(id: id, width: width, height: Self.height, className: "chart emotion-curve",
                           title: strings["emotion_curve"], description: finding, style: style)
        out += legend()
        out += axis(standalone: style != nil)
        out += annotations()
        out += steps()
        for (index, series) in series.enumerated() { out += line(series, index: index) }
        out += painBand()
        return out + "</svg>"
    }

    func y(_ score: Double) -> Double {
        Self.plotTop + (Double(scale.max) - score) / Double(scale.max - scale.min) * Self.plotHeight
    }

    func x(_ index: Int) -> Double { (Double(index) + 0.5) * Self.columnWidth }

    private func legend() -> String {
        var out = "<g class=\"legend\">"
        var left = 8.0
        for (index, series) in series.enumerated() {
            let style = series.color.map { " style=\"--series-color: \($0)\"" } ?? ""
            let kind = series.isCompared ? " compared" : ""
            out += "<g class=\"series series-\(index + 1)\(kind)\"\(style)>"
            out += "<line x1=\"\(SVG.number(left))\" y1=\"14\" x2=\"\(SVG.number(left + 22))\" y2=\"14\"/>"
            out += "<text x=\"\(SVG.number(left + 28))\" y=\"18\">\(HTMLText.escape(series.name))</text></g>"
            left += 40 + Double(series.name.count) * 7
        }
        return out + "</g>"
    }

    private func axis(standalone: Bool) -> String {
        var out = "<g class=\"axis\"\(SVG.language(labelLanguage, standalone: standalone))>"
        for level in scale.levels.reversed() {
            let lineY = SVG.number(y(Double(level)))
            let className = Double(level) == scale.neutral ? "grid neutral" : "grid"
            out += "<line class=\"\(className)\" x1=\"0\" y1=\"\(lineY)\" x2=\"\(SVG.number(width))\" y2=\"\(lineY)\"/>"
            let label = [format.score(Double(level)), scale.labels[level]].compactMap { $0 }.joined(separator: " ")
            out += "<text x=\"4\" y=\"\(SVG.number(y(Double(level)) - 4))\">\(HTMLText.escape(label))</text>"
        }
        for index in 1..<max(columns.count, 1) {
            let columnX = SVG.number(Double(index) * Self.columnWidth)
            out += "<line class=\"column\" x1=\"\(columnX)\" y1=\"\(SVG.number(Self.plotTop))\" x2=\"\(columnX)\" y2=\"\(SVG.number(Self.height))\"/>"
        }
        return out + "</g>"
    }

    private func annotations() -> String {
        var out = ""
        if let drop = biggestDrop, drop.from + 1 < columns.count {
            out += "<g class=\"annotation drop\"><rect x=\"\(SVG.number(x(drop.from)))\" y=\"\(SVG.number(Self.plotTop))\" "
                + "width=\"\(SVG.number(Self.columnWidth))\" height=\"\(SVG.number(Self.plotHeight))\"/>"
                + "<text x=\"\(SVG.number(x(drop.from) + Self.columnWidth / 2))\" y=\"\(SVG.number(Self.plotTop + 12))\">"
                + "\(HTMLText.escape(strings.sentence("chart_biggest_drop", ["score": format.score(-drop.amount)])))</text></g>"
        }
        if let lowest, lowest.index < columns.count {
            let lowestX = SVG.number(x(lowest.index))
            out += "<g class=\"annotation lowest\"><line x1=\"\(lowestX)\" y1=\"\(SVG.number(Self.plotTop))\" x2=\"\(lowestX)\" "
                + "y2=\"\(SVG.number(Self.plotBottom))\"/><text x=\"\(lowestX)\" y=\"\(SVG.number(Self.plotBottom - 6))\">"
                + "\(HTMLText.escape(strings.sentence("chart_lowest_point", ["score": format.score(lowest.score)])))</text></g>"
        }
        return out
    }

    /// The finer curve of each stage's steps, spread across the stage's column.
    private func steps() -> String {
        var out = ""
        for (index, column) in columns.enumerated() where !column.steps.isEmpty {
            let left = Double(index) * Self.columnWidth
            let gap = Self.columnWidth / Double(column.steps.count + 1)
            let points = column.steps.enumerated().map { ChartPoint(x: left + gap * Double($0.offset + 1), y: y($0.element.score)) }
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

    private func line(_ series: Series, index: Int) -> String {
        let style = series.color.map { " style=\"--series-color: \($0)\"" } ?? ""
        var out = "<g class=\"series series-\(index + 1)\(series.isCompared ? " compared" : "")\"\(style)>"
        let points = series.values.enumerated().map { stage, value in value.map { ChartPoint(x: x(stage), y: y($0)) } }
        out += band(series)
        for run in MonotoneCurve.runs(points) {
            let segments = MonotoneCurve.segments(through: run.map(\.point))
            for (offset, segment) in segments.enumerated() {
                let assumed = columns[run[offset].index].isAssumption || columns[run[offset + 1].index].isAssumption
                out += "<path\(assumed ? " class=\"assumed\"" : "") d=\"\(segment.pathData)\"/>"
            }
        }
        for (stage, value) in series.values.enumerated() {
            guard let value else { continue }
            let label = [columns[stage].name + ", " + series.name + ": " + format.score(value), scale.label(for: NumberFormat.shown(value))]
                .compactMap { $0 }.joined(separator: " — ")
            let mark = stage < series.answers.count ? series.answers[stage] : nil
            let evidence = mark.map { " (n = \($0.count)\($0.isThin ? ", \(strings["thin_evidence"])" : ""))" } ?? ""
            out += "<circle\(mark?.isThin == true ? " class=\"thin\"" : "") cx=\"\(SVG.number(x(stage)))\" cy=\"\(SVG.number(y(value)))\" r=\"6\">"
                + "<title>\(HTMLText.escape(label + evidence))</title></circle>"
            if let mark {
                // Alternate series put their counts above and below the point, so two never overlap.
                let offset = index.isMultiple(of: 2) ? -8.0 : 17.0
                out += "<text class=\"answers\" x=\"\(SVG.number(x(stage) + 9))\" y=\"\(SVG.number(y(value) + offset))\">n=\(mark.count)</text>"
            }
        }
        return out + "</g>"
    }

    /// The 95 % confidence band of a series' survey-based points, clamped to the scale: one
    /// shape per run of consecutive points that have an interval.
    private func band(_ series: Series) -> String {
        let marks = series.answers.enumerated().map { stage, mark in mark.map { (stage, $0) } }
        var out = ""
        for run in MonotoneCurve.runs(marks) {
            let clamp = { (value: Double) in Swift.min(Swift.max(value, Double(scale.min)), Double(scale.max)) }
            let width = run.count == 1 ? 10.0 : 0
            let upper = run.map { "\(SVG.number(x($0.point.0) - width)) \(SVG.number(y(clamp($0.point.1.high))))" }
                + (run.count == 1 ? ["\(SVG.number(x(run[0].point.0) + width)) \(SVG.number(y(clamp(run[0].point.1.high))))"] : [])
            let lower = run.reversed().map { "\(SVG.number(x($0.point.0) + width)) \(SVG.number(y(clamp($0.point.1.low))))" }
                + (run.count == 1 ? ["\(SVG.number(x(run[0].point.0) - width)) \(SVG.number(y(clamp(run[0].point.1.low))))"] : [])
            out += "<path class=\"band\" d=\"M\((upper + lower).joined(separator: " L"))Z\"/>"
        }
        return out
    }

    /// A dot per pain point under each stage, coloured by severity, worst first.
    private func painBand() -> String {
        var out = "<g class=\"pain-band\">"
        for (index, column) in columns.enumerated() where !column.painPoints.isEmpty {
            let sorted = column.painPoints.sorted { $0.severity > $1.severity }
            let shown = sorted.prefix(6)
            let start = x(index) - Double(shown.count - 1) * 7
            let description = sorted.map { "\(strings["severity_\($0.severity.rawValue)"]): \($0.text)" }.joined(separator: "; ")
            out += "<g><title>\(HTMLText.escape("\(strings["lane_pain_points"]) — \(column.name): \(description)"))</title>"
            for (offset, pain) in shown.enumerated() {
                out += "<circle class=\"severity-\(pain.severity.rawValue)\" cx=\"\(SVG.number(start + Double(offset) * 14))\" "
                    + "cy=\"\(SVG.number(Self.painTop + 8))\" r=\"\(pain.severity == .high ? 6 : pain.severity == .medium ? 5 : 4)\"/>"
            }
            out += "</g>"
        }
        return out + "</g>"
    }
}
