/// A chart's legend laid out: entries of a swatch and words, in rows from the top of the chart,
/// a new row when an entry does not fit or its words take two lines.
struct ChartLegend<Swatch> {
    /// An entry laid out: its swatch from `left`, its words from `label`'s spot.
    struct Entry {
        var swatch: Swatch
        var left: Double
        var label: ChartLabel
    }

    static var swatchWidth: Double { 22 }
    static var rowHeight: Double { 18 }

    let entries: [Entry]
    /// From the top of the chart to the bottom of the last row.
    let height: Double

    /// The `items` laid out in a chart `width` wide.
    init(_ items: [(Swatch, String)], width: Double) {
        var entries: [Entry] = [], left = 8.0, baseline = 18.0, rowBottom = baseline
        let room = width - 16 - Self.swatchWidth - 6
        for (swatch, text) in items {
            let lines = LineBreaking.lines(text, width: room, style: .legendEntry)
            let entryWidth = Self.swatchWidth + 6 + (lines.map(LabelStyle.legendEntry.width).max() ?? 0)
            if left > 8, left + entryWidth > width - 8 || lines.count > 1 {
                left = 8
                baseline = rowBottom + Self.rowHeight
            }
            let label = ChartLabel(lines: lines, style: .legendEntry, at: LabelSpot(x: left + Self.swatchWidth + 6, y: baseline))
            entries.append(Entry(swatch: swatch, left: left, label: label))
            rowBottom = max(rowBottom, baseline + Double(lines.count - 1) * LabelStyle.legendEntry.lineHeight)
            left += entryWidth + 14
        }
        self.entries = entries
        height = entries.isEmpty ? 0 : rowBottom + 10
    }

    /// The box each swatch takes, for labels to keep off.
    var swatchAreas: [ChartRect] {
        entries.map { ChartRect(left: $0.left, top: $0.label.spot.y - 10, right: $0.left + Self.swatchWidth, bottom: $0.label.spot.y + 2) }
    }

    /// The legend's `<g>`: each entry's group attributes and swatch drawn by `draw`, given the
    /// swatch, its left edge and the height of its middle, then its words.
    func svg(_ draw: (Swatch, _ left: Double, _ middle: Double) -> (group: String, swatch: String)) -> String {
        "<g class=\"legend\">" + entries.map { entry in
            let (group, swatch) = draw(entry.swatch, entry.left, entry.label.spot.y - 4)
            return "<g\(group)>\(swatch)\(entry.label.svg)</g>"
        }.joined() + "</g>"
    }
}
