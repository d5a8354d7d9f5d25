import JourneyModel

/// The emotion curve of a journey: stages as evenly spaced columns, one line per persona.
///
/// The columns line up with the stage columns of the journey-map table the chart sits in:
/// stage `i` is centred at `(i + 0.5) × columnWidth`.
struct EmotionCurveChart {
    /// One line of the chart.
    struct Series {
        var name: String
        /// A `#hex` colour; nil uses the theme's series colour.
        var color: String?
        var values: [Double?]
    }

    var id: String
    var stageNames: [String]
    var series: [Series]
    var scale: EmotionScale
    var strings: UIStrings
    var format: NumberFormat
    /// The sentence that states what the chart shows, for `<desc>`.
    var finding: String

    static let columnWidth = 160.0
    static let height = 220.0
    static let padding = 18.0

    func svg() -> String {
        let width = Double(max(stageNames.count, 1)) * Self.columnWidth
        var out = SVG.open(id: id, width: width, height: Self.height, className: "emotion-curve",
                           title: strings["emotion_curve"], description: finding)
        out += axis(width: width)
        for (index, series) in series.enumerated() {
            out += line(series, index: index)
        }
        out += "</svg>"
        return out
    }

    private func y(_ score: Double) -> Double {
        let span = Double(scale.max - scale.min)
        return Self.padding + (Double(scale.max) - score) / span * (Self.height - 2 * Self.padding)
    }

    private func x(_ index: Int) -> Double { (Double(index) + 0.5) * Self.columnWidth }

    private func axis(width: Double) -> String {
        var out = "<g class=\"axis\">"
        for level in scale.levels.reversed() {
            let lineY = SVG.number(y(Double(level)))
            let className = Double(level) == scale.neutral ? "grid neutral" : "grid"
            out += "<line class=\"\(className)\" x1=\"0\" y1=\"\(lineY)\" x2=\"\(SVG.number(width))\" y2=\"\(lineY)\"/>"
            let label = [format.score(Double(level)), scale.labels[level]].compactMap { $0 }.joined(separator: " ")
            out += "<text x=\"4\" y=\"\(SVG.number(y(Double(level)) - 4))\">\(HTML.escape(label))</text>"
        }
        for index in 1..<max(stageNames.count, 1) {
            let columnX = SVG.number(Double(index) * Self.columnWidth)
            out += "<line class=\"column\" x1=\"\(columnX)\" y1=\"0\" x2=\"\(columnX)\" y2=\"\(SVG.number(Self.height))\"/>"
        }
        return out + "</g>"
    }

    private func line(_ series: Series, index: Int) -> String {
        let style = series.color.map { " style=\"--series-color: \($0)\"" } ?? ""
        var out = "<g class=\"series series-\(index + 1)\"\(style)>"
        let points = series.values.enumerated().map { stage, value in value.map { (x: x(stage), y: y($0)) } }
        for run in SVG.polyline(points) {
            out += "<path d=\"\(run)\"/>"
        }
        for (stage, value) in series.values.enumerated() {
            guard let value else { continue }
            let label = [stageNames[stage] + ", " + series.name + ": " + format.score(value), scale.label(for: value)]
                .compactMap { $0 }.joined(separator: " — ")
            out += "<circle cx=\"\(SVG.number(x(stage)))\" cy=\"\(SVG.number(y(value)))\" r=\"6\"><title>\(HTML.escape(label))</title></circle>"
        }
        return out + "</g>"
    }
}
