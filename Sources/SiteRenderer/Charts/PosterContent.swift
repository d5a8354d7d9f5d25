import JourneyModel

/// What a journey's poster shows, in the page's words already: its header, its personas, its
/// stages, its emotion curve and a row per lane of its map (see `PageContext.posterContent`).
struct PosterContent {
    /// A persona as the poster's header shows it, with the line the curve draws for them.
    struct Persona {
        var name: String
        var role: String?
        var quote: String?
        /// The index of their line among the curve's series, for its colour; nil when they have none.
        var series: Int?
    }

    /// A block of the header beside the map: the scenario, the expectations.
    struct Block {
        var title: String
        var items: [Item]
    }

    /// A stage's head over its column.
    struct Stage {
        /// Its number, and its time of day in a daily journey: `3 · 12:30`.
        var position: String
        var name: String
        /// Its score and the scale's word for it, or the "no score" text.
        var score: String
    }

    /// A row of the map under the curve: a lane's name and what each stage has in it.
    struct Lane {
        var title: String
        var cells: [[Item]]
        /// A service blueprint's line between two of its lanes (of interaction, of visibility…): its name alone.
        var isLine = false
    }

    /// One thing written in a cell: an action, a pain point, a metric.
    struct Item {
        enum Marker: Equatable {
            case none
            case bullet
            /// A pain point's dot, coloured and sized as under the curve.
            case severity(Level)
        }

        /// What the item's group is: `quote` and `thought` set it in italics.
        enum Kind: String {
            case plain, quote, thought, feeling
        }

        var text: String
        var marker = Marker.none
        var kind = Kind.plain
        /// Words before the text, coloured by `leadClass`: a pain point's severity, a score.
        var lead: String?
        var leadClass = ""
        /// What goes with the item, in smaller type under it: a channel, an impact and effort.
        var note: String?
    }

    /// What the file is, for its `<title>`: `Journey map — Ordering a cake`.
    var documentTitle: String
    var siteTitle: String
    var title: String
    /// The journey's state, stage count, overall score and owner.
    var facts: [String]
    var personasTitle: String
    var personas: [Persona]
    var blocks: [Block]
    var stageTitle: String
    var stages: [Stage]
    var emotionTitle: String
    var curve: EmotionCurveChart
    var lanes: [Lane]
    /// The language of the poster's words, for `xml:lang`.
    var language: String
}
