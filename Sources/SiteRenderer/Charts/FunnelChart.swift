import JourneyModel
import JourneyAnalysis

/// Funnel bars: the customers reaching each stage, with the conversion from the stage before.
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
    static let labelWidth = 130.0
    static let rowHeight = 34.0

    var height: Double { Double(bars.count) * Self.rowHeight + 8 }

    func svg(style: String? = nil) -> String {
        var out = SVG.open(id: id, width: Self.width, height: height, className: "chart funnel",
                           title: strings["funnel"], description: finding, style: style)
        let most = Double(bars.map(\.visitors).max() ?? 1)
        let room = Self.width - Self.labelWidth - 70
        for (index, bar) in bars.enumerated() {
            let top = 4 + Double(index) * Self.rowHeight
            let length = most > 0 ? max(2, Double(bar.visitors) / most * room) : 2
            out += "<g class=\"bar\(bar.isBiggestLoss ? " biggest-loss" : "")\">"
            out += "<text class=\"stage\" x=\"\(SVG.number(Self.labelWidth - 8))\" y=\"\(SVG.number(top + 21))\">\(HTMLText.escape(bar.stage))</text>"
            out += "<rect x=\"\(SVG.number(Self.labelWidth))\" y=\"\(SVG.number(top + 4))\" width=\"\(SVG.number(length))\" height=\"\(SVG.number(Self.rowHeight - 8))\"/>"
            var label = format.integer(bar.visitors)
            if let conversion = bar.conversion { label += " · " + format.percent(conversion) }
            out += "<text class=\"value\" x=\"\(SVG.number(Self.labelWidth + length + 6))\" y=\"\(SVG.number(top + 21))\">\(HTMLText.escape(label))</text></g>"
        }
        return out + "</svg>"
    }
}
