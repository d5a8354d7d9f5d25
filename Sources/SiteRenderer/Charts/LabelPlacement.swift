/// The collision pass the charts share: it places a chart's labels one after the other so that no
/// two overlap and none sits on a mark (a line, a point) it does not describe.
///
/// A label takes the first of its spots that is free; else a free spot a little further from what
/// it describes, joined to it by a leader line; else it is left out, and what it says is kept in
/// `leftOut` for the chart to state in its description. Spots are tried first clear of every
/// mark, then clear of all but the marks the label describes. The same calls give the same result.
struct LabelPlacement {
    /// A drawn shape that labels keep off.
    struct Mark {
        enum Shape {
            case segment(ChartPoint, ChartPoint)
            case circle(ChartPoint, radius: Double)
            case area(ChartRect)
        }

        var shape: Shape
        /// What the mark draws; labels with the same subject describe it and may touch it.
        var subject: String?
        /// The rectangle around the shape, to rule most marks out quickly.
        let bounds: ChartRect

        init(_ shape: Shape, subject: String?) {
            self.shape = shape
            self.subject = subject
            bounds = switch shape {
            case let .segment(start, end):
                ChartRect(left: min(start.x, end.x), top: min(start.y, end.y), right: max(start.x, end.x), bottom: max(start.y, end.y))
            case let .circle(center, radius):
                ChartRect(left: center.x - radius, top: center.y - radius, right: center.x + radius, bottom: center.y + radius)
            case let .area(rect): rect
            }
        }

        /// Whether the shape reaches into `box`.
        func meets(_ box: ChartRect) -> Bool {
            guard bounds.left <= box.right, box.left <= bounds.right, bounds.top <= box.bottom, box.top <= bounds.bottom else { return false }
            switch shape {
            case let .segment(start, end): return box.crosses(from: start, to: end)
            case let .circle(center, radius): return box.touches(circle: center, radius: radius)
            case let .area(rect): return rect.overlaps(box)
            }
        }
    }

    /// A label where it was placed, with the leader line that joins it to what it describes.
    struct Placed {
        var label: ChartLabel
        var leader: (from: ChartPoint, to: ChartPoint)?

        /// The label's `<text>`, after its leader line if it has one.
        var svg: String {
            let line = leader.map { "<line class=\"leader\" x1=\"\(SVG.number($0.from.x))\" y1=\"\(SVG.number($0.from.y))\" "
                + "x2=\"\(SVG.number($0.to.x))\" y2=\"\(SVG.number($0.to.y))\"/>" } ?? ""
            return line + label.svg
        }
    }

    /// The space kept between a label and anything else.
    static let margin = 2.0
    /// How far from what it describes a label may go at the end of a leader line.
    private static let leaderLengths = [26.0, 40, 56, 72]

    /// The width of the strips marks are filed in, so that a label is checked against nearby ones only.
    private static let stripWidth = 40.0

    /// The area labels stay inside: the chart's.
    let area: ChartRect
    private var marks: [Mark] = []
    /// Per vertical strip of the chart, the marks that reach into it.
    private var strips: [[Int]]
    private var boxes: [ChartRect] = []
    /// What each label left out says, in the order they were placed.
    private(set) var leftOut: [String] = []

    init(width: Double, height: Double) {
        area = ChartRect(left: 0, top: 0, right: width, bottom: height)
        strips = Array(repeating: [], count: Int(width / Self.stripWidth) + 1)
    }

    /// Adds a shape that labels keep off unless their subject is `subject`.
    mutating func mark(_ shape: Mark.Shape, subject: String? = nil) {
        let mark = Mark(shape, subject: subject)
        for strip in self.strips(mark.bounds) { strips[strip].append(marks.count) }
        marks.append(mark)
    }

    /// The strips a rectangle reaches into.
    private func strips(_ rect: ChartRect) -> ClosedRange<Int> {
        let last = strips.count - 1
        let first = min(max(Int((rect.left / Self.stripWidth).rounded(.down)), 0), last)
        return first...min(max(Int((rect.right / Self.stripWidth).rounded(.down)), first), last)
    }

    /// Adds a curve as the straight pieces that follow it closely.
    mutating func mark(curve segments: [CurveSegment], subject: String?) {
        for segment in segments {
            let points = (0...8).map { segment.point(at: Double($0) / 8) }
            for index in 1..<points.count { mark(.segment(points[index - 1], points[index]), subject: subject) }
        }
    }

    /// Takes a label whose place is fixed (a legend entry, a header): others keep off it.
    mutating func fix(_ label: ChartLabel) {
        boxes.append(label.box)
    }

    /// Places `label` at the first free spot of `spots`; else, with a `target`, at a free spot
    /// around it joined by a leader line; else leaves it out, keeping `meaning` in `leftOut`.
    mutating func place(_ label: ChartLabel, spots: [LabelSpot], subject: String? = nil, target: ChartPoint? = nil,
                        meaning: String) -> Placed? {
        for strict in [true, false] {
            if let spot = spots.first(where: { isFree(label.moved(to: $0).box, subject: subject, strict: strict) }) {
                return keep(Placed(label: label.moved(to: spot), leader: nil), subject: subject)
            }
        }
        if let target {
            for strict in [true, false] {
                for spot in Self.leaderSpots(around: target, style: label.style) {
                    let moved = label.moved(to: spot), end = moved.box.nearest(to: target)
                    let start = Self.leaderStart(from: target, toward: end)
                    guard isFree(moved.box, subject: subject, strict: strict), !boxes.contains(where: { $0.crosses(from: start, to: end) })
                    else { continue }
                    return keep(Placed(label: moved, leader: (start, end)), subject: subject)
                }
            }
        }
        leftOut.append(meaning)
        return nil
    }

    /// Whether a box is inside the chart, apart from every label, and off the marks (but those of
    /// its subject unless `strict`).
    private func isFree(_ box: ChartRect, subject: String?, strict: Bool) -> Bool {
        let kept = box.grown(by: Self.margin)
        guard area.contains(box), !boxes.contains(where: kept.overlaps) else { return false }
        return !strips(kept).contains { strip in
            strips[strip].contains { index in
                let mark = marks[index]
                return (strict || mark.subject == nil || mark.subject != subject) && mark.meets(kept)
            }
        }
    }

    private mutating func keep(_ placed: Placed, subject: String?) -> Placed {
        boxes.append(placed.label.box)
        if let leader = placed.leader { mark(.segment(leader.from, leader.to), subject: subject) }
        return placed
    }

    /// Where a leader line starts: a few units out from the point it comes from, toward the label.
    private static func leaderStart(from target: ChartPoint, toward end: ChartPoint) -> ChartPoint {
        let dx = end.x - target.x, dy = end.y - target.y, length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return target }
        let gap = min(8, length / 2)
        return ChartPoint(x: target.x + dx / length * gap, y: target.y + dy / length * gap)
    }

    /// Spots around a point further out, the nearest first: right, left, above and below (centred,
    /// then reaching right or left), then the corners.
    private static func leaderSpots(around target: ChartPoint, style: LabelStyle) -> [LabelSpot] {
        let middle = (style.ascent - style.descent) / 2
        return leaderLengths.flatMap { length -> [LabelSpot] in
            let diagonal = length * 0.7, over = target.y - length, under = target.y + length + style.ascent
            return [
                LabelSpot(x: target.x + length, y: target.y + middle, anchor: .start),
                LabelSpot(x: target.x - length, y: target.y + middle, anchor: .end),
                LabelSpot(x: target.x, y: over, anchor: .middle), LabelSpot(x: target.x, y: under, anchor: .middle),
                LabelSpot(x: target.x - 8, y: over, anchor: .start), LabelSpot(x: target.x + 8, y: over, anchor: .end),
                LabelSpot(x: target.x - 8, y: under, anchor: .start), LabelSpot(x: target.x + 8, y: under, anchor: .end),
                LabelSpot(x: target.x + diagonal, y: target.y - diagonal, anchor: .start),
                LabelSpot(x: target.x - diagonal, y: target.y - diagonal, anchor: .end),
                LabelSpot(x: target.x + diagonal, y: target.y + diagonal + style.ascent, anchor: .start),
                LabelSpot(x: target.x - diagonal, y: target.y + diagonal + style.ascent, anchor: .end),
            ]
        }
    }
}

extension LabelSpot {
    /// Spots around a point drawn with `radius`, for a label in `style`: over and under it, at its
    /// four corners, beside it, then the same a step further out.
    static func around(_ point: ChartPoint, radius: Double, style: LabelStyle) -> [LabelSpot] {
        [0.0, 6].flatMap { step -> [LabelSpot] in
            let reach = radius + LabelPlacement.margin + 1 + step
            let over = point.y - reach - style.descent, under = point.y + reach + style.ascent
            let beside = point.y + (style.ascent - style.descent) / 2
            let corner = reach * 0.75
            return [
                LabelSpot(x: point.x, y: over, anchor: .middle), LabelSpot(x: point.x, y: under, anchor: .middle),
                LabelSpot(x: point.x + corner, y: over, anchor: .start), LabelSpot(x: point.x + corner, y: under, anchor: .start),
                LabelSpot(x: point.x - corner, y: over, anchor: .end), LabelSpot(x: point.x - corner, y: under, anchor: .end),
                LabelSpot(x: point.x + reach, y: beside, anchor: .start), LabelSpot(x: point.x - reach, y: beside, anchor: .end),
            ]
        }
    }
}

extension UIStrings {
    /// A chart's finding, then, when labels were left out of the chart, the sentence that lists them.
    func chartDescription(_ finding: String, leftOut: [String]) -> String {
        leftOut.isEmpty ? finding : finding + " " + sentence("chart_left_out", ["labels": leftOut.joined(separator: self["list_separator"])])
    }
}
