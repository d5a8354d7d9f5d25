import JourneyModel

/// A journey's overall score across its snapshots, its survey waves, and now: one labelled point
/// per moment, with its 95 % interval where the answers give one, under a legend of the marks.
struct TrendChart {
    struct Point {
        enum Kind {
            case snapshot, wave, now
        }

        var kind: Kind
        var label: String
        var score: Double
        var interval: ClosedRange<Double>?
    }

    /// What a legend entry shows before its words.
    enum Swatch {
        case snapshot, wave, interval
    }

    var id: String
    var points: [Point]
    var scale: EmotionScale
    var strings: UIStrings
    var format: NumberFormat
    var finding: String

    static let step = 110.0
    static let plotHeight = 130.0
    static let radius = 5.0

    /// The legend's entries: the kinds of point drawn, and the interval when one is.
    private var legendItems: [(Swatch, String)] {
        var items: [(Swatch, String)] = []
        if points.contains(where: { $0.kind == .snapshot }) { items.append((.snapshot, strings["legend_snapshot"])) }
        if points.contains(where: { $0.kind == .wave }) { items.append((.wave, strings["legend_wave"])) }
        if points.contains(where: { $0.interval != nil }) { items.append((.interval, strings["confidence_interval"])) }
        return items
    }

    func svg(style: String? = nil) -> String {
        let width = 40 + Double(max(points.count, 1)) * Self.step
        let legend = ChartLegend(legendItems, width: width)
        let top = max(legend.height, 10) + 14, bottom = top + Self.plotHeight
        func x(_ index: Int) -> Double { 40 + (Double(index) + 0.5) * Self.step }
        func y(_ score: Double) -> Double {
            let clamped = min(max(score, Double(scale.min)), Double(scale.max))
            return top + (Double(scale.max) - clamped) / Double(scale.max - scale.min) * (bottom - top)
        }
        let moments = points.enumerated().map { index, point in
            ChartLabel(lines: LineBreaking.lines(point.label, width: Self.step - 10, style: .moment), style: .moment,
                       at: LabelSpot(x: x(index), y: bottom + 22, anchor: .middle))
        }
        let height = bottom + 32 + Double((moments.map(\.lines.count).max() ?? 1) - 1) * LabelStyle.moment.lineHeight
        let chartPoints = points.enumerated().map { ChartPoint(x: x($0.offset), y: y($0.element.score)) }
        let segments = MonotoneCurve.segments(through: chartPoints)
        let whiskers = zip(points, chartPoints).map { point, center in
            point.interval.map { (x: center.x, low: y($0.lowerBound), high: y($0.upperBound)) }
        }
        let neutral = ChartLabel(format.score(scale.neutral), style: .level, at: LabelSpot(x: 4, y: y(scale.neutral) + 4))
        var placement = LabelPlacement(width: width, height: height)
        for label in moments + [neutral] + legend.entries.map(\.label) { placement.fix(label) }
        for area in legend.swatchAreas { placement.mark(.area(area)) }
        placement.mark(curve: segments, subject: "trend")
        for point in chartPoints { placement.mark(.circle(point, radius: Self.radius + 1.5)) }
        for whisker in whiskers.compactMap({ $0 }) {
            placement.mark(.segment(ChartPoint(x: whisker.x, y: whisker.high), ChartPoint(x: whisker.x, y: whisker.low)), subject: "trend")
        }
        let values = zip(points, chartPoints).compactMap { point, center in
            let spots = LabelSpot.around(center, radius: Self.radius + 1.5, style: .value)
            let text = format.score(point.score)
            return placement.place(ChartLabel(text, style: .value, at: spots[0]), spots: spots, subject: "trend", target: center,
                                   meaning: "\(point.label) (\(text))")
        }
        var out = SVG.open(id: id, width: width, height: height, className: "chart trend", title: strings["trend"],
                           description: strings.chartDescription(finding, leftOut: placement.leftOut), style: style)
        out += legend.svg(Self.swatch)
        let neutralY = SVG.number(y(scale.neutral))
        out += "<line class=\"grid neutral\" x1=\"40\" y1=\"\(neutralY)\" x2=\"\(SVG.number(width))\" y2=\"\(neutralY)\"/>" + neutral.svg
        for whisker in whiskers.compactMap({ $0 }) { out += Self.whisker(x: whisker.x, from: whisker.high, to: whisker.low) }
        for segment in segments { out += "<path d=\"\(segment.pathData)\"/>" }
        for (point, center) in zip(points, chartPoints) { out += Self.marker(point.kind, at: center) }
        out += values.map(\.svg).joined() + moments.map(\.svg).joined()
        return out + "</svg>"
    }

    /// A snapshot is a square; a wave a hollow circle; now a filled one.
    private static func marker(_ kind: Point.Kind, at center: ChartPoint) -> String {
        switch kind {
        case .snapshot:
            "<rect class=\"snapshot\" x=\"\(SVG.number(center.x - radius))\" y=\"\(SVG.number(center.y - radius))\" width=\"\(SVG.number(2 * radius))\" height=\"\(SVG.number(2 * radius))\"/>"
        case .wave: "<circle cx=\"\(SVG.number(center.x))\" cy=\"\(SVG.number(center.y))\" r=\"\(SVG.number(radius))\"/>"
        case .now: "<circle class=\"now\" cx=\"\(SVG.number(center.x))\" cy=\"\(SVG.number(center.y))\" r=\"\(SVG.number(radius))\"/>"
        }
    }

    /// A vertical interval bar from `top` to `bottom`, with a cap at each end.
    private static func whisker(x: Double, from top: Double, to bottom: Double) -> String {
        let (x, left, right) = (SVG.number(x), SVG.number(x - 5), SVG.number(x + 5))
        return "<path class=\"interval\" d=\"M\(x) \(SVG.number(top))V\(SVG.number(bottom))M\(left) \(SVG.number(top))H\(right)M\(left) \(SVG.number(bottom))H\(right)\"/>"
    }

    /// A legend entry's swatch: the marker it names, or a short interval bar.
    private static func swatch(_ swatch: Swatch, left: Double, middle: Double) -> (group: String, swatch: String) {
        let center = ChartPoint(x: left + ChartLegend<Swatch>.swatchWidth / 2, y: middle)
        return switch swatch {
        case .snapshot: ("", marker(.snapshot, at: center))
        case .wave: ("", marker(.wave, at: center))
        case .interval: ("", whisker(x: center.x, from: middle - 7, to: middle + 5))
        }
    }
}
