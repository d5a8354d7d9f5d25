import JourneyModel

/// A journey's overall score across its snapshots, and now: one labelled point per moment.
struct TrendChart {
    struct Point {
        var label: String
        var score: Double
    }

    var id: String
    var points: [Point]
    var scale: EmotionScale
    var strings: UIStrings
    var format: NumberFormat
    var finding: String

    static let step = 110.0
    static let height = 150.0
    static let top = 24.0
    static let bottom = 118.0

    func svg(style: String? = nil) -> String {
        let width = 40 + Double(max(points.count, 1)) * Self.step
        var out = SVG.open(id: id, width: width, height: Self.height, className: "chart trend",
                           title: strings["trend"], description: finding, style: style)
        func x(_ index: Int) -> Double { 40 + (Double(index) + 0.5) * Self.step }
        func y(_ score: Double) -> Double {
            Self.top + (Double(scale.max) - score) / Double(scale.max - scale.min) * (Self.bottom - Self.top)
        }
        let neutral = SVG.number(y(scale.neutral))
        out += "<line class=\"grid neutral\" x1=\"40\" y1=\"\(neutral)\" x2=\"\(SVG.number(width))\" y2=\"\(neutral)\"/>"
        out += "<text x=\"4\" y=\"\(SVG.number(y(scale.neutral) + 4))\">\(format.score(scale.neutral))</text>"
        let chartPoints = points.enumerated().map { ChartPoint(x: x($0.offset), y: y($0.element.score)) }
        for segment in MonotoneCurve.segments(through: chartPoints) { out += "<path d=\"\(segment.pathData)\"/>" }
        for (index, point) in points.enumerated() {
            let last = index == points.count - 1
            out += "<circle\(last ? " class=\"now\"" : "") cx=\"\(SVG.number(x(index)))\" cy=\"\(SVG.number(y(point.score)))\" r=\"5\"/>"
            out += "<text class=\"value\" x=\"\(SVG.number(x(index)))\" y=\"\(SVG.number(y(point.score) - 10))\">\(format.score(point.score))</text>"
            out += "<text class=\"moment\" x=\"\(SVG.number(x(index)))\" y=\"\(SVG.number(Self.height - 10))\">\(HTMLText.escape(point.label))</text>"
        }
        return out + "</svg>"
    }
}
