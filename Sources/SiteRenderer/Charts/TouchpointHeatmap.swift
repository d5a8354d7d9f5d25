import JourneyModel

/// Channels as rows, stages as columns: each cell is the mean emotion of the channel's
/// touchpoints in the stage, or their count where none has a score.
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

    static let labelWidth = 110.0
    static let cellWidth = 96.0
    static let rowHeight = 34.0
    static let headerHeight = 30.0

    func svg(style: String? = nil) -> String {
        let width = Self.labelWidth + Double(stages.count) * Self.cellWidth
        let height = Self.headerHeight + Double(channels.count) * Self.rowHeight + 4
        var out = SVG.open(id: id, width: width, height: height, className: "chart heatmap",
                           title: strings["touchpoint_heatmap"], description: finding, style: style)
        for (column, stage) in stages.enumerated() {
            let x = Self.labelWidth + (Double(column) + 0.5) * Self.cellWidth
            out += "<text class=\"stage\" x=\"\(SVG.number(x))\" y=\"20\">\(HTMLText.escape(Self.shorten(stage)))<title>\(HTMLText.escape(stage))</title></text>"
        }
        for (row, channel) in channels.enumerated() {
            let top = Self.headerHeight + Double(row) * Self.rowHeight
            out += "<text class=\"channel\" x=\"\(SVG.number(Self.labelWidth - 8))\" y=\"\(SVG.number(top + 21))\">\(HTMLText.escape(channel))</text>"
            for (column, cell) in cells[row].enumerated() {
                guard let cell else { continue }
                let x = Self.labelWidth + Double(column) * Self.cellWidth
                let value = cell.meanEmotion.map(format.score) ?? "×\(cell.count)"
                let title = "\(channel) — \(stages[column]): \(cell.names.joined(separator: ", ")) (\(value))"
                out += "<g class=\"cell \(heatClass(cell.meanEmotion))\"><title>\(HTMLText.escape(title))</title>"
                    + "<rect x=\"\(SVG.number(x + 2))\" y=\"\(SVG.number(top + 2))\" width=\"\(SVG.number(Self.cellWidth - 4))\" height=\"\(SVG.number(Self.rowHeight - 4))\" rx=\"4\"/>"
                    + "<text x=\"\(SVG.number(x + Self.cellWidth / 2))\" y=\"\(SVG.number(top + 21))\">\(HTMLText.escape(value))</text></g>"
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

    /// Stage names cut to fit a cell.
    static func shorten(_ name: String) -> String {
        name.count <= 13 ? name : String(name.prefix(12)) + "…"
    }
}
