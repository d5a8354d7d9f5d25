import JourneyModel

/// How a line of text lines up with its x: the SVG `text-anchor`.
enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// Where a label may go: the baseline point of its first line, and how the text lines up with it.
struct LabelSpot: Equatable, Sendable {
    var x: Double
    var y: Double
    var anchor: TextAnchor

    /// A spot at the coordinates the SVG will carry (one decimal), so that what is measured is what is drawn.
    init(x: Double, y: Double, anchor: TextAnchor = .start) {
        self.x = (x * 10).rounded() / 10
        self.y = (y * 10).rounded() / 10
        self.anchor = anchor
    }
}

/// Text on a chart: one or more lines in one style, from a spot; a vertical label is turned a
/// quarter anticlockwise about its spot.
struct ChartLabel: Equatable, Sendable {
    let lines: [String]
    let style: LabelStyle
    var spot: LabelSpot
    var isVertical = false
    /// The width of the widest line.
    let width: Double

    init(_ text: String, style: LabelStyle, at spot: LabelSpot, isVertical: Bool = false) {
        self.init(lines: [text], style: style, at: spot, isVertical: isVertical)
    }

    init(lines: [String], style: LabelStyle, at spot: LabelSpot, isVertical: Bool = false) {
        self.lines = lines
        self.style = style
        self.spot = spot
        self.isVertical = isVertical
        width = lines.map(style.width).max() ?? 0
    }

    /// The text on one line, for what a label says when it is left out.
    var text: String { lines.joined(separator: " ") }

    /// The box the label's lines take, estimated from its style.
    var box: ChartRect {
        let left = switch spot.anchor {
        case .start: spot.x
        case .middle: spot.x - width / 2
        case .end: spot.x - width
        }
        let flat = ChartRect(left: left, top: spot.y - style.ascent, right: left + width,
                             bottom: spot.y + Double(max(lines.count, 1) - 1) * style.lineHeight + style.descent)
        guard isVertical else { return flat }
        return ChartRect(left: spot.x + flat.top - spot.y, top: spot.y - (flat.right - spot.x),
                         right: spot.x + flat.bottom - spot.y, bottom: spot.y - (flat.left - spot.x))
    }

    /// The same lines in the same style at another spot.
    func moved(to spot: LabelSpot) -> ChartLabel {
        var moved = self
        moved.spot = spot
        return moved
    }

    /// The `<text>` element: a line each in a `<tspan>` when there are several.
    var svg: String {
        let x = SVG.number(spot.x), y = SVG.number(spot.y)
        var out = "<text class=\"\(style.rawValue)\" x=\"\(x)\" y=\"\(y)\""
        if spot.anchor != .start { out += " text-anchor=\"\(spot.anchor.rawValue)\"" }
        if isVertical { out += " transform=\"rotate(-90 \(x) \(y))\"" }
        out += ">"
        if lines.count == 1 { return out + HTMLText.escape(lines[0]) + "</text>" }
        for (index, line) in lines.enumerated() {
            out += "<tspan x=\"\(x)\" y=\"\(SVG.number(spot.y + Double(index) * style.lineHeight))\">\(HTMLText.escape(line))</tspan>"
        }
        return out + "</text>"
    }
}
