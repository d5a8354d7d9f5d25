import JourneyModel
@testable import SiteRenderer
import Testing

/// Property tests of the curve: generated inputs, checked against what must always hold.
@Suite("Monotone curve properties")
struct MonotoneCurveTests {
    /// Scores on a −2…2 scale at stage centres, as the emotion curve draws them (y grows downwards).
    static func randomCurves(count: Int) -> [[ChartPoint]] {
        var generator = SeededRandom(seed: 42)
        func double(in range: ClosedRange<Double>) -> Double {
            range.lowerBound + Double(generator.next() % 10_001) / 10_000 * (range.upperBound - range.lowerBound)
        }
        return (0..<count).map { _ in
            let stages = 2 + Int(generator.next() % 11)
            return (0..<stages).map { index in
                let score = (double(in: -2...2) * 2).rounded() / 2
                return ChartPoint(x: (Double(index) + 0.5) * 160, y: 40 + (2 - score) / 4 * 190)
            }
        }
    }

    @Test(arguments: randomCurves(count: 300))
    func neverLeavesTheBandOfItsTwoPoints(points: [ChartPoint]) {
        let segments = MonotoneCurve.segments(through: points)
        #expect(segments.count == points.count - 1)
        for segment in segments {
            // x strictly increases through the segment's control points…
            #expect(segment.start.x < segment.control1.x && segment.control1.x < segment.control2.x && segment.control2.x < segment.end.x)
            // …and the control points stay within the band of the two scores, so the Bézier does too
            // (a cubic Bézier lies in the convex hull of its control points).
            let low = min(segment.start.y, segment.end.y) - 1e-9, high = max(segment.start.y, segment.end.y) + 1e-9
            for y in [segment.control1.y, segment.control2.y] { #expect(y >= low && y <= high) }
            // Sampled, the curve stays inside the scale band (40…230) too.
            for step in 0...20 {
                let t = Double(step) / 20
                let u = 1 - t
                let start: Double = u * u * u * segment.start.y
                let first: Double = 3 * u * u * t * segment.control1.y
                let second: Double = 3 * u * t * t * segment.control2.y
                let y = start + first + second + t * t * t * segment.end.y
                #expect(y >= 40 - 1e-9 && y <= 230 + 1e-9)
            }
        }
    }

    @Test func sameInputSameBytes() {
        for points in Self.randomCurves(count: 20) {
            #expect(MonotoneCurve.segments(through: points).map(\.pathData) == MonotoneCurve.segments(through: points).map(\.pathData))
        }
    }

    @Test func flatStretchesStayFlat() {
        let segments = MonotoneCurve.segments(through: [ChartPoint(x: 0, y: 10), ChartPoint(x: 10, y: 10), ChartPoint(x: 20, y: 30)])
        #expect(segments[0].control1.y == 10 && segments[0].control2.y == 10)
    }

    @Test func runsSplitAtGaps() {
        let runs = MonotoneCurve.runs([1, nil, 2, 3, nil, nil, 4])
        #expect(runs.map { $0.map(\.index) } == [[0], [2, 3], [6]])
    }
}
