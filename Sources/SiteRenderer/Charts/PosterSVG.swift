/// A journey's whole map as one standalone SVG, to print on an A2 or A3 sheet in landscape or to
/// put on a slide: its title and facts, personas, scenario and expectations, then the stages as
/// columns, the emotion curve across them (drawn by `EmotionCurveChart`) and a row per lane.
/// Texts wrap to their column and rows grow to hold them, so nothing is cut or overlaps.
///
/// Printed 594 mm wide (A2 landscape), no text is under 7 pt: the poster is at most `maxWidth`
/// units wide, where the curve's smallest text (9 units) is 7 pt. With many stages the columns
/// narrow and the text wraps more.
struct PosterSVG {
    static let margin = 24.0
    static let laneHeadWidth = 150.0
    static let padding = 8.0
    /// The widest a stage's column gets, with few stages.
    static let maxColumnWidth = 400.0
    /// 9 units (the curve's `n=`) are 7 pt, 2.469 mm, on a 594 mm wide print: 594 × 9 / 2.469 = 2165.
    static let maxWidth = 2160.0
    /// A2 landscape's width in millimetres, the poster's printed width.
    static let printWidth = 594.0
    /// The narrowest a persona's card gets before the cards take another row.
    private static let cardWidth = 240.0
    /// The longest a line of the scenario or the expectations gets.
    private static let blockWidth = 960.0

    let content: PosterContent
    let columnWidth: Double
    let width: Double

    init(_ content: PosterContent) {
        let count = Double(max(content.stages.count, 1))
        let room = Self.maxWidth - 2 * Self.margin - Self.laneHeadWidth
        columnWidth = min(Self.maxColumnWidth, (room / count * 10).rounded(.down) / 10)
        width = 2 * Self.margin + Self.laneHeadWidth + count * columnWidth
        var content = content
        content.curve.columnWidth = columnWidth
        self.content = content
    }

    /// Where the stages' columns start.
    private var gridLeft: Double { Self.margin + Self.laneHeadWidth }
    private var gridWidth: Double { width - gridLeft - Self.margin }

    /// The standalone file's `<svg>` element, with `style` embedded.
    func svg(id: String, style: String) -> String {
        let curve = content.curve.drawing(standalone: true)
        var page = Page(width: width)
        var head = PosterColumn(left: Self.margin, top: Self.margin, width: width - 2 * Self.margin)
        head.write(content.siteTitle, style: .posterNote)
        head.write(content.title, style: .posterTitle, gap: 6)
        head.write(content.facts.joined(separator: " · "), style: .posterNote, gap: 6)
        page.svg += "<g class=\"head\">" + head.svg + "</g>"
        page.y = head.bottom + 16
        if !content.personas.isEmpty { page.row(content.personasTitle, className: "personas") { personaCards(top: $0) } }
        for block in content.blocks {
            page.row(block.title, className: "block") { top in
                var column = PosterColumn(left: gridLeft + Self.padding, top: top + Self.padding,
                                          width: min(gridWidth - 2 * Self.padding, Self.blockWidth))
                for item in block.items { column.write(item) }
                return (column.svg, column.bottom)
            }
        }
        let gridTop = page.y
        page.row(content.stageTitle, className: "stages") { stageHeads(top: $0) }
        page.row(content.emotionTitle, className: "emotion") { top in
            ("<g class=\"emotion-curve\" transform=\"translate(\(SVG.number(gridLeft)) \(SVG.number(top)))\">" + curve.marks + "</g>",
             top + curve.height - Self.padding)
        }
        for (index, lane) in content.lanes.enumerated() {
            let className = lane.isLine ? "blueprint-line" : index.isMultiple(of: 2) ? "lane shaded" : "lane"
            page.row(lane.title, className: className) { cells(lane.cells, top: $0) }
        }
        page.svg += columnRules(from: gridTop, to: page.y)
        let height = page.y + Self.margin
        let size = " width=\"\(SVG.number(Self.printWidth))mm\" height=\"\(SVG.number(height / width * Self.printWidth))mm\""
        return SVG.open(id: id, width: width, height: height, className: "chart poster", title: content.documentTitle,
                        description: content.curve.description(leftOut: curve.leftOut), style: style,
                        attributes: size + SVG.language(content.language, standalone: true))
            + "<rect class=\"paper\" width=\"\(SVG.number(width))\" height=\"\(SVG.number(height))\"/>" + page.svg + "</svg>"
    }

    /// The poster's rows, top-down.
    private struct Page {
        let width: Double
        var y = 0.0
        var svg = ""

        /// A row: its name in the lane column, what `cells` draws from the row's top (and where
        /// that ends) to its right, and a band under both.
        mutating func row(_ title: String, className: String, cells: (Double) -> (svg: String, bottom: Double)) {
            let top = y
            var head = PosterColumn(left: PosterSVG.margin + PosterSVG.padding, top: top + PosterSVG.padding,
                                    width: PosterSVG.laneHeadWidth - 2 * PosterSVG.padding)
            head.write(title, style: .posterHeading)
            let drawn = cells(top)
            let bottom = max(head.bottom, drawn.bottom) + PosterSVG.padding
            svg += "<g class=\"row \(className)\"><rect class=\"band\" x=\"\(SVG.number(PosterSVG.margin))\" y=\"\(SVG.number(top))\" "
                + "width=\"\(SVG.number(width - 2 * PosterSVG.margin))\" height=\"\(SVG.number(bottom - top))\"/>"
                + "<g class=\"lane-name\">\(head.svg)</g>\(drawn.svg)</g>"
            y = bottom
        }
    }

    /// The personas' cards, as many a row as fit: the line the curve draws for them, their name,
    /// role and quote.
    private func personaCards(top: Double) -> (svg: String, bottom: Double) {
        let gap = 16.0, room = gridWidth - 2 * Self.padding
        let perRow = min(content.personas.count, max(1, Int((room + gap) / (Self.cardWidth + gap))))
        let cardWidth = (room - Double(perRow - 1) * gap) / Double(perRow)
        var svg = "", rowTop = top + Self.padding, bottom = rowTop
        for (index, persona) in content.personas.enumerated() {
            if index > 0, index.isMultiple(of: perRow) { rowTop = bottom + 12 }
            let left = gridLeft + Self.padding + Double(index % perRow) * (cardWidth + gap)
            var card = PosterColumn(left: left, top: rowTop, width: cardWidth)
            card.write(persona.name, style: .posterStrong, indent: 30)
            if let series = persona.series {
                let lineY = SVG.number(rowTop + LabelStyle.posterStrong.ascent - 4)
                svg += "<g class=\"emotion-curve\"><g\(EmotionCurveChart.seriesAttributes(content.curve.series[series], index: series))>"
                    + "<path d=\"M\(SVG.number(left + 2)) \(lineY) L\(SVG.number(left + 24)) \(lineY)\"/></g></g>"
            }
            if let role = persona.role { card.write(role, style: .posterNote, indent: 30, gap: 1) }
            if let quote = persona.quote { card.write(PosterContent.Item(text: quote, kind: .quote)) }
            svg += "<g class=\"persona\">" + card.svg + "</g>"
            bottom = max(bottom, card.bottom)
        }
        return (svg, bottom)
    }

    /// Each stage's number, name and score in a band over its column.
    private func stageHeads(top: Double) -> (svg: String, bottom: Double) {
        let columns = content.stages.enumerated().map { index, stage in
            var column = PosterColumn(left: columnLeft(index) + Self.padding, top: top + Self.padding, width: columnWidth - 2 * Self.padding)
            column.write(stage.position, style: .posterNote)
            column.write(stage.name, style: .posterHeading, gap: 2)
            column.write(stage.score, style: .posterNote, gap: 3)
            return column
        }
        let bottom = columns.map(\.bottom).max() ?? top
        let bands = content.stages.indices.map { index in
            "<rect x=\"\(SVG.number(columnLeft(index) + 1))\" y=\"\(SVG.number(top + 2))\" width=\"\(SVG.number(columnWidth - 2))\" "
                + "height=\"\(SVG.number(bottom + Self.padding - top - 4))\"/>"
        }
        return ("<g class=\"stage-band\">" + bands.joined() + columns.map(\.svg).joined() + "</g>", bottom)
    }

    /// A lane's cells, each stage's items in its column.
    private func cells(_ cells: [[PosterContent.Item]], top: Double) -> (svg: String, bottom: Double) {
        var svg = "", bottom = top
        for (index, items) in cells.enumerated() where !items.isEmpty {
            var column = PosterColumn(left: columnLeft(index) + Self.padding, top: top + Self.padding, width: columnWidth - 2 * Self.padding)
            for item in items { column.write(item) }
            svg += column.svg
            bottom = max(bottom, column.bottom)
        }
        return (svg, bottom)
    }

    private func columnLeft(_ index: Int) -> Double { gridLeft + Double(index) * columnWidth }

    /// The lines between the stages' columns, down the map.
    private func columnRules(from top: Double, to bottom: Double) -> String {
        "<g class=\"rules\">" + (0...content.stages.count).map { index in
            let x = SVG.number(columnLeft(index))
            return "<line x1=\"\(x)\" y1=\"\(SVG.number(top))\" x2=\"\(x)\" y2=\"\(SVG.number(bottom))\"/>"
        }.joined() + "</g>"
    }
}
