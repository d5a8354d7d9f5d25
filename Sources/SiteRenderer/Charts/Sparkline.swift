import JourneyModel

/// A small smooth line of a journey's stage scores, for lists of journeys.
struct Sparkline {
    var id: String
    var values: [Double?]
    var scale: EmotionScale
    var title: String
    var description: String

    static let width = 160.0
    static let height = 40.0

    func svg() -> String {
        let step = values.count > 1 ? (Self.width - 8) / Double(values.count - 1) : 0
        let span = Double(scale.max - scale.min)
        func y(_ value: Double) -> Double { 4 + (Double(scale.max) - value) / span * (Self.height - 8) }
        let points = values.enumerated().map { index, value in
            value.map { ChartPoint(x: values.count > 1 ? 4 + Double(index) * step : Self.width / 2, y: y($0)) }
        }
        var out = SVG.open(id: id, width: Self.width, height: Self.height, className: "chart sparkline",
                           title: title, description: description)
        let neutral = SVG.number(y(scale.neutral))
        out += "<line class=\"neutral\" x1=\"0\" y1=\"\(neutral)\" x2=\"\(SVG.number(Self.width))\" y2=\"\(neutral)\"/>"
        for run in MonotoneCurve.runs(points) {
            for segment in MonotoneCurve.segments(through: run.map(\.point)) { out += "<path d=\"\(segment.pathData)\"/>" }
        }
        for point in points.compactMap({ $0 }) {
            out += "<circle cx=\"\(SVG.number(point.x))\" cy=\"\(SVG.number(point.y))\" r=\"2.5\"/>"
        }
        return out + "</svg>"
    }
}
