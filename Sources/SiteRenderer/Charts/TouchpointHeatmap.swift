import JourneyModel

/// Channels as rows, stages as columns: each cell is the mean emotion of the channel's
/// touchpoints in the stage, or their count where none has a score. A stage's name wraps over
/// its column, hyphenated where a word is wider than the column, and the header row grows to fit.
struct TouchpointHeatmap {
    struct Cell {
        var count: Int
        var meanEmotion: Double?
        var names: [String]
    }

    var id: String
    var stages: [String]
    var channels: [String]
    /// `cells[row][column]`, nil where the channel has no touchpoint in the stage.
    var cells: [[Cell?]]
    var scale: EmotionScale
    var strings: UIStrings
    var format: NumberFormat
    var finding: String

    /// The narrowest the column of channels gets.
    static let labelWidth = 110.0
    static let cellWidth = 96.0
    static let rowHeight = 34.0

    func svg(style: String? = nil) -> String {
        let heads = stages.map { LineBreaking.lines($0, width: Self.cellWidth - 4, style: .stageHead) }
        let headerHeight = 30 + Double((heads.map(\.count).max() ?? 1) - 1) * LabelStyle.stageHead.lineHeight
        let labelWidth = max(Self.labelWidth, (channels.map(LabelStyle.channel.width).max() ?? 0) + 16)
        let width = labelWidth + Double(stages.count) * Self.cellWidth
        let height = headerHeight + Double(channels.count) * Self.rowHeight + 4
        var out = SVG.open(id: id, width: width, height: height, className: "chart heatmap",
                           title: strings["touchpoint_heatmap"], description: finding, style: style)
        for (column, lines) in heads.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * Self.cellWidth
            out += ChartLabel(lines: lines, style: .stageHead, at: LabelSpot(x: x, y: 20, anchor: .middle)).svg
        }
        for (row, channel) in channels.enumerated() {
            let top = headerHeight + Double(row) * Self.rowHeight
            out += ChartLabel(channel, style: .channel, at: LabelSpot(x: labelWidth - 8, y: top + 21, anchor: .end)).svg
            for (column, cell) in cells[row].enumerated() {
                guard let cell else { continue }
                let x = labelWidth + Double(column) * Self.cellWidth
                let value = cell.meanEmotion.map(format.score) ?? "×\(cell.count)"
                let title = "\(channel) — \(stages[column]): \(cell.names.joined(separator: ", ")) (\(value))"
                let label = ChartLabel(value, style: cell.meanEmotion == nil ? .cellCount : .cellValue,
                                       at: LabelSpot(x: x + Self.cellWidth / 2, y: top + 21, anchor: .middle))
                out += "<g class=\"cell \(heatClass(cell.meanEmotion))\"><title>\(HTMLText.escape(title))</title>"
                    + "<rect x=\"\(SVG.number(x + 2))\" y=\"\(SVG.number(top + 2))\" width=\"\(SVG.number(Self.cellWidth - 4))\" height=\"\(SVG.number(Self.rowHeight - 4))\" rx=\"4\"/>"
                    + label.svg + "</g>"
            }
        }
        return out + "</svg>"
    }

    /// `heat-0` (worst) … `heat-4` (best), or `heat-none` for a count without scores.
    private func heatClass(_ score: Double?) -> String {
        guard let score else { return "heat-none" }
        let share = (score - Double(scale.min)) / Double(scale.max - scale.min)
        return "heat-\(min(4, max(0, Int((share * 5).rounded(.down)))))"
    }
}
