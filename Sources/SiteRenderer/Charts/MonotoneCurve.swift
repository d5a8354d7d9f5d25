/// A point of a chart, in SVG user units.
struct ChartPoint: Equatable {
    var x: Double
    var y: Double
}

/// One cubic Bézier piece of a curve, from `start` to `end`.
struct CurveSegment: Equatable {
    var start: ChartPoint
    var control1: ChartPoint
    var control2: ChartPoint
    var end: ChartPoint

    /// `M x y C …`, ready for a `<path d>`.
    var pathData: String {
        "M\(SVG.number(start.x)) \(SVG.number(start.y)) C\(SVG.number(control1.x)) \(SVG.number(control1.y)) "
            + "\(SVG.number(control2.x)) \(SVG.number(control2.y)) \(SVG.number(end.x)) \(SVG.number(end.y))"
    }
}

/// Monotone cubic interpolation (Fritsch–Carlson): a smooth curve through the points that never
/// overshoots them. Between two points it stays between their values, so a curve drawn on a
/// score scale never leaves the scale.
enum MonotoneCurve {
    /// The Bézier segments through `points`, whose x must strictly increase. One point gives none.
    static func segments(through points: [ChartPoint]) -> [CurveSegment] {
        let count = points.count
        guard count > 1 else { return [] }
        let slopes = (0..<(count - 1)).map { index in
            (points[index + 1].y - points[index].y) / (points[index + 1].x - points[index].x)
        }
        var tangents = [Double](repeating: 0, count: count)
        tangents[0] = slopes[0]
        tangents[count - 1] = slopes[count - 2]
        for index in 1..<(count - 1) where slopes[index - 1] * slopes[index] > 0 {
            tangents[index] = (slopes[index - 1] + slopes[index]) / 2
        }
        for index in 0..<(count - 1) {
            guard slopes[index] != 0 else {
                tangents[index] = 0
                tangents[index + 1] = 0
                continue
            }
            let alpha = tangents[index] / slopes[index], beta = tangents[index + 1] / slopes[index]
            let length = alpha * alpha + beta * beta
            if length > 9 {
                let tau = 3 / length.squareRoot()
                tangents[index] = tau * alpha * slopes[index]
                tangents[index + 1] = tau * beta * slopes[index]
            }
        }
        return (0..<(count - 1)).map { index in
            let start = points[index], end = points[index + 1]
            let third = (end.x - start.x) / 3
            return CurveSegment(
                start: start,
                control1: ChartPoint(x: start.x + third, y: start.y + tangents[index] * third),
                control2: ChartPoint(x: end.x - third, y: end.y - tangents[index + 1] * third),
                end: end)
        }
    }

    /// The unbroken runs of a series with gaps: each run is the consecutive points between two gaps.
    static func runs<Point>(_ points: [Point?]) -> [[(index: Int, point: Point)]] {
        var runs: [[(index: Int, point: Point)]] = []
        var current: [(index: Int, point: Point)] = []
        for (index, point) in points.enumerated() {
            if let point {
                current.append((index, point))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

extension CurveSegment {
    /// The point of the segment at `t`, from 0 (its start) to 1 (its end).
    func point(at t: Double) -> ChartPoint {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return ChartPoint(x: a * start.x + b * control1.x + c * control2.x + d * end.x,
                          y: a * start.y + b * control1.y + c * control2.y + d * end.y)
    }
}
