import JourneyAnalysis
import JourneyModel

/// Opportunities on an impact/effort matrix: effort left to right, impact bottom to top.
///
/// The quadrant lines follow `Quadrant`: impact counts as high from `medium` up, effort only at
/// `high`, so the quick-win area is the largest. Each opportunity is a numbered dot; the number
/// is its rank in the priority table next to the chart.
struct ImpactEffortMatrix {
    struct Item {
        var rank: Int
        var text: String
        var impact: Level
        var effort: Level
        var quadrant: Quadrant
    }

    var id: String
    var items: [Item]
    var strings: UIStrings
    var finding: String

    static let size = 460.0
    static let margin = 64.0
    static var cell: Double { (size - 2 * margin) / 3 }

    func svg(style: String? = nil) -> String {
        var out = SVG.open(id: id, width: Self.size, height: Self.size, className: "chart matrix",
                           title: strings["impact_effort_matrix"], description: finding, style: style)
        out += quadrants()
        out += axes()
        let byCell = Dictionary(grouping: items) { "\($0.impact.rawValue)-\($0.effort.rawValue)" }
        for key in byCell.keys.sorted() {
            out += dots(byCell[key]!)
        }
        return out + "</svg>"
    }

    private func left(_ effort: Level) -> Double { Self.margin + Double(effort.weight - 1) * Self.cell }
    private func top(_ impact: Level) -> Double { Self.margin + Double(3 - impact.weight) * Self.cell }

    private func quadrants() -> String {
        let m = Self.margin, c = Self.cell
        let areas: [(Quadrant, Double, Double, Double, Double)] = [
            (.quickWin, m, m, 2 * c, 2 * c), (.bigBet, m + 2 * c, m, c, 2 * c),
            (.fillIn, m, m + 2 * c, 2 * c, c), (.moneyPit, m + 2 * c, m + 2 * c, c, c),
        ]
        var out = "<g class=\"quadrants\">"
        for (quadrant, x, y, width, height) in areas {
            out += "<rect class=\"quadrant \(quadrant.rawValue)\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" "
                + "width=\"\(SVG.number(width))\" height=\"\(SVG.number(height))\"/>"
                + "<text x=\"\(SVG.number(x + 6))\" y=\"\(SVG.number(y + 16))\">\(HTMLText.escape(strings["quadrant_\(quadrant.rawValue)"]))</text>"
        }
        return out + "</g>"
    }

    private func axes() -> String {
        let m = Self.margin, end = Self.size - m
        var out = "<g class=\"axis\">"
        for level in Level.allCases {
            out += "<text class=\"tick\" x=\"\(SVG.number(left(level) + Self.cell / 2))\" y=\"\(SVG.number(end + 14))\">\(HTMLText.escape(strings["level_\(level.rawValue)"]))</text>"
            out += "<text class=\"tick\" x=\"\(SVG.number(m - 4))\" y=\"\(SVG.number(top(level) + Self.cell / 2 + 4))\" text-anchor=\"end\">\(HTMLText.escape(strings["severity_\(level.rawValue)"]))</text>"
        }
        out += "<text class=\"axis-title\" x=\"\(SVG.number(Self.size / 2))\" y=\"\(SVG.number(Self.size - 4))\">\(HTMLText.escape(strings["effort_axis"]))</text>"
        out += "<text class=\"axis-title\" x=\"12\" y=\"\(SVG.number(Self.size / 2))\" transform=\"rotate(-90 12 \(SVG.number(Self.size / 2)))\">\(HTMLText.escape(strings["impact_axis"]))</text>"
        return out + "</g>"
    }

    /// The items of one cell, in a grid centred in the cell below its quadrant label, the dots
    /// shrinking when there are many, so they never spill into another cell.
    private func dots(_ cellItems: [Item]) -> String {
        let usableWidth = Self.cell - 8, usableHeight = Self.cell - 24
        var spacing = 22.0
        var perRow = max(1, Int(usableWidth / spacing))
        var rows = (cellItems.count + perRow - 1) / perRow
        while Double(rows) * spacing > usableHeight, spacing > 8 {
            spacing -= 1
            perRow = max(1, Int(usableWidth / spacing))
            rows = (cellItems.count + perRow - 1) / perRow
        }
        let radius = min(10, spacing / 2 - 1)
        var out = ""
        for (offset, item) in cellItems.enumerated() {
            let row = offset / perRow, column = offset % perRow
            let count = min(perRow, cellItems.count - row * perRow)
            let x = left(item.effort) + Self.cell / 2 + (Double(column) - Double(count - 1) / 2) * spacing
            let y = top(item.impact) + 20 + usableHeight / 2 + (Double(row) - Double(rows - 1) / 2) * spacing
            let label = "#\(item.rank) \(item.text) — \(strings["impact"]) \(strings["severity_\(item.impact.rawValue)"]), "
                + "\(strings["effort"]) \(strings["severity_\(item.effort.rawValue)"]) (\(strings["quadrant_\(item.quadrant.rawValue)"]))"
            out += "<g class=\"item \(item.quadrant.rawValue)\"><title>\(HTMLText.escape(label))</title>"
                + "<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"\(SVG.number(radius))\"/>"
                + "<text x=\"\(SVG.number(x))\" y=\"\(SVG.number(y + 4))\"\(radius < 9 ? " class=\"small\"" : "")>\(item.rank)</text></g>"
        }
        return out
    }
}
