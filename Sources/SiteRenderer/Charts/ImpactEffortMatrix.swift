import JourneyAnalysis
import JourneyModel

/// Opportunities on an impact/effort matrix: effort left to right, impact bottom to top.
///
/// Each cell of the 3 × 3 grid is coloured by its quadrant, as the site's `QuadrantRule` places it. Each opportunity is a numbered dot; the number
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
    /// Which quadrant each cell is in.
    var rule: QuadrantRule = .standard

    /// The chart's height, and its width where the impact levels are short.
    static let size = 460.0
    static let margin = 64.0
    static var cell: Double { (size - 2 * margin) / 3 }

    /// Where the quadrants start: the margin, or more when the impact levels need the room
    /// between the axis's name and the quadrants.
    private var plotLeft: Double {
        max(Self.margin, 22 + (Level.allCases.map { LabelStyle.tick.width(of: strings["severity_\($0.rawValue)"]) }.max() ?? 0))
    }

    private var width: Double { plotLeft + 3 * Self.cell + Self.margin }

    func svg(style: String? = nil) -> String {
        let names = quadrants(), axes = axes()
        var placement = LabelPlacement(width: width, height: Self.size)
        for label in names.map(\.label) + axes { placement.fix(label) }
        let byCell = Dictionary(grouping: items) { "\($0.impact.rawValue)-\($0.effort.rawValue)" }
        let dots = byCell.keys.sorted().flatMap { cellDots(byCell[$0]!) }
        for dot in dots { placement.mark(.circle(dot.center, radius: dot.radius), subject: "item-\(dot.item.rank)") }
        let ranks = dots.sorted { $0.item.rank < $1.item.rank }.reduce(into: [Int: LabelPlacement.Placed]()) { ranks, dot in
            let style: LabelStyle = dot.radius < 9 ? .smallRank : .rank
            let spot = LabelSpot(x: dot.center.x, y: dot.center.y + (style.ascent - style.descent) / 2, anchor: .middle)
            ranks[dot.item.rank] = placement.place(ChartLabel(String(dot.item.rank), style: style, at: spot), spots: [spot],
                                                   subject: "item-\(dot.item.rank)", meaning: "#\(dot.item.rank)")
        }
        var out = SVG.open(id: id, width: width, height: Self.size, className: "chart matrix", title: strings["impact_effort_matrix"],
                           description: strings.chartDescription(finding, leftOut: placement.leftOut), style: style)
        out += "<g class=\"quadrants\">" + names.map(\.svg).joined() + "</g>"
        out += "<g class=\"axis\">" + axes.map(\.svg).joined() + "</g>"
        for dot in dots {
            let item = dot.item
            let impact: String = strings["impact"] + " " + strings["severity_\(item.impact.rawValue)"]
            let effort: String = strings["effort"] + " " + strings["severity_\(item.effort.rawValue)"]
            let label = "#\(item.rank) \(item.text) — \(impact), \(effort) (\(strings["quadrant_\(item.quadrant.rawValue)"]))"
            out += "<g class=\"item \(item.quadrant.rawValue)\"><title>\(HTMLText.escape(label))</title>"
                + "<circle cx=\"\(SVG.number(dot.center.x))\" cy=\"\(SVG.number(dot.center.y))\" r=\"\(SVG.number(dot.radius))\"/>"
                + (ranks[item.rank]?.svg ?? "") + "</g>"
        }
        return out + "</svg>"
    }

    private func left(_ effort: Level) -> Double { plotLeft + Double(effort.weight - 1) * Self.cell }
    private func top(_ impact: Level) -> Double { Self.margin + Double(3 - impact.weight) * Self.cell }

    /// Each quadrant's area with its name in its top-left corner.
    private func quadrants() -> [(label: ChartLabel, svg: String)] {
        // A cell per impact and effort, coloured by its quadrant (see `QuadrantRule`); the
        // quadrant's name in its first cell, the one of highest impact and lowest effort.
        let c = Self.cell
        return Quadrant.allCases.compactMap { quadrant in
            let cells = rule.cells(of: quadrant)
            guard let first = cells.first else { return nil }
            let rects = cells.map { cell in
                "<rect class=\"quadrant \(quadrant.rawValue)\" x=\"\(SVG.number(left(cell.effort)))\" y=\"\(SVG.number(top(cell.impact)))\" "
                    + "width=\"\(SVG.number(c))\" height=\"\(SVG.number(c))\"/>"
            }.joined()
            let label = ChartLabel(strings["quadrant_\(quadrant.rawValue)"], style: .quadrantName,
                                   at: LabelSpot(x: left(first.effort) + 6, y: top(first.impact) + 16))
            return (label, rects + label.svg)
        }
    }

    /// The levels along both axes, and the axes' names.
    private func axes() -> [ChartLabel] {
        let end = Self.size - Self.margin
        return Level.allCases.flatMap { level in [
            ChartLabel(strings["level_\(level.rawValue)"], style: .tick, at: LabelSpot(x: left(level) + Self.cell / 2, y: end + 14, anchor: .middle)),
            ChartLabel(strings["level_\(level.rawValue)"], style: .tick, at: LabelSpot(x: plotLeft - 4, y: top(level) + Self.cell / 2 + 4, anchor: .end)),
        ] } + [
            ChartLabel(strings["effort_axis"], style: .axisTitle, at: LabelSpot(x: plotLeft + 1.5 * Self.cell, y: Self.size - 4, anchor: .middle)),
            ChartLabel(strings["impact_axis"], style: .axisTitle, at: LabelSpot(x: 12, y: Self.size / 2, anchor: .middle), isVertical: true),
        ]
    }

    /// An opportunity's dot.
    private struct Dot { var item: Item; var center: ChartPoint; var radius: Double }

    /// The items of one cell, in a grid centred in the cell below its quadrant label, the dots
    /// shrinking when there are many, so they never spill into another cell.
    private func cellDots(_ cellItems: [Item]) -> [Dot] {
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
        return cellItems.enumerated().map { offset, item in
            let row = offset / perRow, column = offset % perRow
            let count = min(perRow, cellItems.count - row * perRow)
            let x = left(item.effort) + Self.cell / 2 + (Double(column) - Double(count - 1) / 2) * spacing
            let y = top(item.impact) + 20 + usableHeight / 2 + (Double(row) - Double(rows - 1) / 2) * spacing
            return Dot(item: item, center: ChartPoint(x: x, y: y), radius: radius)
        }
    }
}
