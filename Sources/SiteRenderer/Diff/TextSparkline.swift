import JourneyAnalysis
import JourneyModel

/// A curve drawn in text, one block character a stage: `▇▃▁▇`, `·` where a stage has no score.
enum TextSparkline {
    private static let blocks = Array("▁▂▃▄▅▆▇█")

    static func of(_ points: [CurvePoint], scale: EmotionScale) -> String {
        let span = Double(max(scale.max - scale.min, 1))
        return String(points.map { point in
            guard let score = point.score else { return "·" }
            let level = ((score - Double(scale.min)) / span * Double(blocks.count - 1)).rounded()
            return blocks[Int(min(max(level, 0), Double(blocks.count - 1)))]
        })
    }
}
