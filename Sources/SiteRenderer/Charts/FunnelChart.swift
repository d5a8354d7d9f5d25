import JourneyModel
import JourneyAnalysis

/// Funnel bars: the customers reaching each stage, with the conversion from the stage before.
///
/// Stage names wrap onto more lines, and their row grows, rather than run into the chart's edge.
struct FunnelChart {
    struct Bar {
        var stage: String
        var visitors: Int
        var conversion: Double?
        var isBiggestLoss: Bool
    }

    var id: String
    var bars: [Bar]
    var strings: UIStrings
    var format: NumberFormat
    var finding: String

    static let width = 480.0
    static let rowHeight = 34.0
    /// The widest a stage name grows before it wraps.
    static let nameWidth = 160.0
    /// The narrowest the bars' room gets, the chart growing wider instead.
    static let barRoom = 200.0

    func svg(style: String? = nil) -> String {
        let names = bars.map { LineBreaking.lines($0.stage, width: Self.nameWidth, style: .stage) }
        let values = bars.map { bar in format.integer(bar.visitors) + (bar.conversion.map { " · " + format.percent($0) } ?? "") }
        let labelWidth = (names.joined().map(LabelStyle.stage.width).max() ?? 0) + 16
        let valueWidth = (values.map(LabelStyle.visitors.width).max() ?? 0) + 12
        let room = max(Self.barRoom, Self.width - labelWidth - valueWidth)
        let heights = names.map { max(Self.rowHeight, Double($0.count) * LabelStyle.stage.lineHeight + 12) }
        let width = labelWidth + room + valueWidth, height = heights.reduce(8, +)
        var out = SVG.open(id: id, width: width, height: height, className: "chart funnel",
                           title: strings["funnel"], description: finding, style: style)
        let most = Double(bars.map(\.visitors).max() ?? 1)
        var top = 4.0
        for (index, bar) in bars.enumerated() {
            let length = most > 0 ? max(2, Double(bar.visitors) / most * room) : 2, middle = top + heights[index] / 2
            let baseline = middle + 4, firstLine = baseline - Double(names[index].count - 1) * LabelStyle.stage.lineHeight / 2
            out += "<g class=\"bar\(bar.isBiggestLoss ? " biggest-loss" : "")\">"
            out += ChartLabel(lines: names[index], style: .stage, at: LabelSpot(x: labelWidth - 8, y: firstLine, anchor: .end)).svg
            out += "<rect x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(middle - Self.rowHeight / 2 + 4))\" "
                + "width=\"\(SVG.number(length))\" height=\"\(SVG.number(Self.rowHeight - 8))\"/>"
            out += ChartLabel(values[index], style: .visitors, at: LabelSpot(x: labelWidth + length + 6, y: baseline)).svg + "</g>"
            top += heights[index]
        }
        return out + "</svg>"
    }
}
