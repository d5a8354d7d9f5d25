/// A rectangle of a chart in SVG user units, y downwards: the box a label takes, an area.
struct ChartRect: Equatable, Sendable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    /// Whether the two share some area; touching edges do not.
    func overlaps(_ other: ChartRect) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }

    /// Whether `other` lies wholly inside.
    func contains(_ other: ChartRect) -> Bool {
        other.left >= left && other.right <= right && other.top >= top && other.bottom <= bottom
    }

    /// The rectangle with `margin` more on every side.
    func grown(by margin: Double) -> ChartRect {
        ChartRect(left: left - margin, top: top - margin, right: right + margin, bottom: bottom + margin)
    }

    /// The smallest rectangle that holds both.
    func union(_ other: ChartRect) -> ChartRect {
        ChartRect(left: min(left, other.left), top: min(top, other.top), right: max(right, other.right), bottom: max(bottom, other.bottom))
    }

    /// The point of the rectangle nearest to `point`: where a leader line from it ends.
    func nearest(to point: ChartPoint) -> ChartPoint {
        ChartPoint(x: min(max(point.x, left), right), y: min(max(point.y, top), bottom))
    }

    /// Whether the circle reaches inside.
    func touches(circle center: ChartPoint, radius: Double) -> Bool {
        let nearest = nearest(to: center)
        let dx = nearest.x - center.x, dy = nearest.y - center.y
        return dx * dx + dy * dy < radius * radius
    }

    /// Whether the segment from `start` to `end` passes through (Liang–Barsky clipping).
    func crosses(from start: ChartPoint, to end: ChartPoint) -> Bool {
        let dx = end.x - start.x, dy = end.y - start.y
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-dx, start.x - left), (dx, right - start.x), (-dy, start.y - top), (dy, bottom - start.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                if enter >= leave { return false }
            }
        }
        return true
    }
}
