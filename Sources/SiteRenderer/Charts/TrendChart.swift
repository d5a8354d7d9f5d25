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
    static let top = 24.0
    static let bottom = 118.0

    func svg(style: String? = nil) -> String {
        let width = 40 + Double(max(points.count, 1)) * Self.step
        func x(_ index: Int) -> Double { 40 + (Double(index) + 0.5) * Self.step }
        func y(_ score: Double) -> Double {
            Self.top + (Double(scale.max) - score) / Double(scale.max - scale.min) * (Self.bottom - Self.top)
        }
        let moments = points.enumerated().map { index, point in
            ChartLabel(lines: LineBreaking.lines(point.label, width: Self.step - 10, style: .moment), style: .moment,
                       at: LabelSpot(x: x(index), y: Self.bottom + 22, anchor: .middle))
        }
        let height = Self.bottom + 32 + Double((moments.map(\.lines.count).max() ?? 1) - 1) * LabelStyle.moment.lineHeight
        let chartPoints = points.enumerated().map { ChartPoint(x: x($0.offset), y: y($0.element.score)) }
        let segments = MonotoneCurve.segments(through: chartPoints)
        let neutral = ChartLabel(format.score(scale.neutral), style: .level, at: LabelSpot(x: 4, y: y(scale.neutral) + 4))
        var placement = LabelPlacement(width: width, height: height)
        for label in moments + [neutral] { placement.fix(label) }
        placement.mark(curve: segments, subject: "trend")
        for point in chartPoints { placement.mark(.circle(point, radius: 6.5)) }
        let values = zip(points, chartPoints).compactMap { point, center in
            let spots = LabelSpot.around(center, radius: 6.5, style: .value)
            let text = format.score(point.score)
            return placement.place(ChartLabel(text, style: .value, at: spots[0]), spots: spots, subject: "trend", target: center,
                                   meaning: "\(point.label) (\(text))")
        }
        var out = SVG.open(id: id, width: width, height: height, className: "chart trend", title: strings["trend"],
                           description: strings.chartDescription(finding, leftOut: placement.leftOut), style: style)
        let neutralY = SVG.number(y(scale.neutral))
        out += "<line class=\"grid neutral\" x1=\"40\" y1=\"\(neutralY)\" x2=\"\(SVG.number(width))\" y2=\"\(neutralY)\"/>" + neutral.svg
        for segment in segments { out += "<path d=\"\(segment.pathData)\"/>" }
        for (index, point) in chartPoints.enumerated() {
            out += "<circle\(index == points.count - 1 ? " class=\"now\"" : "") cx=\"\(SVG.number(point.x))\" cy=\"\(SVG.number(point.y))\" r=\"5\"/>"
        }
        out += values.map(\.svg).joined() + moments.map(\.svg).joined()
        return out + "</svg>"
    }
}
