/// Text set top-down in a column of the poster: each text wrapped to the column's width with
/// `LineBreaking` and measured with its `LabelStyle`, so the column knows where it ends.
struct PosterColumn {
    /// The space between two items of a column.
    static let itemGap = 5.0
    /// How far an item's text starts right of its marker.
    static let markerWidth = 12.0

    let left: Double
    let width: Double
    /// The bottom of what is written so far.
    private(set) var bottom: Double
    private(set) var svg = ""

    init(left: Double, top: Double, width: Double) {
        self.left = left
        self.width = width
        bottom = top
    }

    /// `text` wrapped in `style`, from `indent` right of the column's left; nothing for an empty text.
    mutating func write(_ text: String, style: LabelStyle, indent: Double = 0, gap: Double = 0) {
        guard !text.isEmpty else { return }
        let lines = LineBreaking.lines(text, width: width - indent, style: style)
        place(ChartLabel(lines: lines, style: style, at: spot(indent, gap: gap, style: style)))
    }

    /// An item: its marker, its lead and text, and its note under them.
    mutating func write(_ item: PosterContent.Item) {
        let style = item.kind == .feeling ? LabelStyle.posterStrong : .posterText
        let indent = item.marker == .none ? 0 : Self.markerWidth
        let gap = svg.isEmpty ? 0 : Self.itemGap
        let start = spot(indent, gap: gap, style: style)
        svg += "<g class=\"item \(item.kind.rawValue)\">" + marker(item.marker, baseline: start.y)
        if let lead = item.lead {
            writeLed(item.text, lead: lead, leadClass: item.leadClass, at: start)
        } else {
            place(ChartLabel(lines: LineBreaking.lines(item.text, width: width - indent, style: style), style: style, at: start))
        }
        if let note = item.note { write(note, style: .posterNote, indent: indent, gap: 1) }
        svg += "</g>"
    }

    /// The spot of a text's first line, `gap` under what is written.
    private func spot(_ indent: Double, gap: Double, style: LabelStyle) -> LabelSpot {
        LabelSpot(x: left + indent, y: bottom + gap + style.ascent + 0.5)
    }

    private mutating func place(_ label: ChartLabel) {
        svg += label.svg
        bottom = max(bottom, label.box.bottom)
    }

    /// The lead in its colour, then the text on the same line and the lines after it: one
    /// wrapping of both, split where the lead ends.
    private mutating func writeLed(_ text: String, lead: String, leadClass: String, at start: LabelSpot) {
        let style = LabelStyle.posterText
        let lines = LineBreaking.lines(lead + " " + text, width: width - (start.x - left), style: style)
        guard lines[0] == lead || lines[0].hasPrefix(lead + " ") else {
            // A lead too wide for a line: written as the text's first words.
            place(ChartLabel(lines: lines, style: style, at: start))
            return
        }
        let leadLabel = ChartLabel(lead, style: style, at: start)
        svg += "<g class=\"lead \(leadClass)\">" + leadLabel.svg + "</g>"
        bottom = max(bottom, leadLabel.box.bottom)
        let rest = String(lines[0].dropFirst(lead.count + 1))
        if !rest.isEmpty {
            place(ChartLabel(rest, style: style, at: LabelSpot(x: start.x + style.width(of: lead + " "), y: start.y)))
        }
        if lines.count > 1 {
            place(ChartLabel(lines: Array(lines.dropFirst()), style: style, at: LabelSpot(x: start.x, y: start.y + style.lineHeight)))
        }
    }

    /// A bullet or a pain point's dot, centred on the first line's letters.
    private func marker(_ marker: PosterContent.Item.Marker, baseline: Double) -> String {
        let center = "cx=\"\(SVG.number(left + 4))\" cy=\"\(SVG.number(baseline - 4))\""
        switch marker {
        case .none: return ""
        case .bullet: return "<circle class=\"bullet\" \(center) r=\"2\"/>"
        case .severity(let severity):
            let radius = severity == .high ? 5 : severity == .medium ? 4.5 : 4
            return "<circle class=\"severity-\(severity.rawValue)\" \(center) r=\"\(SVG.number(radius))\"/>"
        }
    }
}
