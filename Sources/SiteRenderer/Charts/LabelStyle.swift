/// A kind of text the charts draw: its CSS class, and the font charts.css gives that class,
/// kept here as well so that a label can be measured before it is drawn.
///
/// A test checks these sizes and weights against charts.css.
enum LabelStyle: String, CaseIterable, Sendable {
    /// A level of the emotion scale, on the curve and the trend.
    case level
    /// An entry of the emotion curve's legend.
    case legendEntry = "legend-entry"
    /// The number of survey answers behind a point of the curve, `n=12`.
    case answers
    /// A finding written on the curve: a lowest point, a biggest drop.
    case callout
    /// A score over a point of the trend.
    case value
    /// A moment of the trend: a snapshot, or now.
    case moment
    /// The name of a quadrant of the impact/effort matrix.
    case quadrantName = "quadrant-name"
    /// A level on an axis of the matrix.
    case tick
    /// The name of an axis of the matrix.
    case axisTitle = "axis-title"
    /// An opportunity's rank in its dot on the matrix.
    case rank
    /// A rank in a dot too small for `rank`.
    case smallRank = "rank-small"
    /// A stage in front of its funnel bar.
    case stage
    /// The customers of a funnel bar and the conversion from the bar before.
    case visitors
    /// A stage over its column of the touchpoint heatmap.
    case stageHead = "stage-head"
    /// A channel in front of its row of the heatmap.
    case channel
    /// A heatmap cell's mean emotion.
    case cellValue = "cell-value"
    /// A heatmap cell's count of touchpoints, where none has a score: `×2`.
    case cellCount = "cell-count"
    /// The journey's title on its poster.
    case posterTitle = "poster-title"
    /// A lane's name, a block's heading or a stage's name on the poster.
    case posterHeading = "poster-heading"
    /// A persona's name on the poster.
    case posterStrong = "poster-strong"
    /// An item of a lane on the poster: an action, a thought, a pain point.
    case posterText = "poster-text"
    /// What goes with an item on the poster (an opportunity's impact and effort, a touchpoint's channel), and its header's facts.
    case posterNote = "poster-note"

    /// The font size in CSS pixels.
    var fontSize: Double {
        switch self {
        case .answers: 9
        case .posterTitle: 28
        case .posterHeading: 12
        case .posterStrong, .posterText: 11
        case .posterNote: 10
        case .smallRank: 8
        case .legendEntry, .quadrantName, .axisTitle, .stage, .visitors, .channel: 12
        case .level, .callout, .value, .moment, .tick, .rank, .stageHead, .cellValue, .cellCount: 11
        }
    }

    /// Whether the font is bold (700).
    var isBold: Bool {
        switch self {
        case .callout, .value, .quadrantName, .axisTitle, .rank, .smallRank, .stageHead, .cellValue, .posterTitle, .posterHeading, .posterStrong: true
        case .level, .legendEntry, .answers, .moment, .tick, .stage, .visitors, .channel, .cellCount, .posterText, .posterNote: false
        }
    }

    /// The distance from one line's baseline to the next.
    var lineHeight: Double { (fontSize * 1.2).rounded() }
    /// How far the tallest letters (capitals with accents) reach above the baseline.
    var ascent: Double { fontSize * 0.8 }
    /// How far the descenders (g, p, y) reach below the baseline.
    var descent: Double { fontSize * 0.24 }

    /// The estimated width of `text` in this font: per character, a share of the font size that
    /// fits the theme's sans-serif (DejaVu Sans, the widest of its fonts, so a little generous).
    func width(of text: String) -> Double {
        width(ems: Self.ems(of: text))
    }

    /// The width of a text `ems` wide in this font.
    func width(ems: Double) -> Double { ems * fontSize * (isBold ? 1.12 : 1) }

    /// How many ems `text` takes, added letter by letter to `start`: a line measured word by
    /// word this way comes to the very same number as measured at once.
    static func ems(of text: String, after start: Double = 0) -> Double {
        var ems = start
        for scalar in text.unicodeScalars { ems += advance(scalar) }
        return ems
    }

    /// The width of each ASCII character in ems, made once: labels are measured by the thousand.
    private static let asciiAdvances: [Double] = (0..<128).map { advance(ofScalar: Unicode.Scalar(UInt8($0))) }

    /// The width of a character in ems (a combining mark takes none: it sits on the character before).
    private static func advance(_ scalar: Unicode.Scalar) -> Double {
        scalar.value < 128 ? asciiAdvances[Int(scalar.value)] : advance(ofScalar: scalar)
    }

    private static func advance(ofScalar scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "\u{00A0}", "\u{202F}", "i", "j", "l", "I", "J", ".", ",", ":", ";", "'", "’", "!", "|", "·", "/": return 0.32
        case "f", "t", "r", "(", ")", "[", "]", "-", "‹", "›", "«", "»": return 0.42
        case "m", "w", "M", "W", "%", "—", "…": return 1
        case "−", "+", "×", "=", "→", "#", "<", ">", "~", "&": return 0.84
        default:
            let properties = scalar.properties
            if [.nonspacingMark, .enclosingMark].contains(properties.generalCategory) { return 0 }
            if properties.numericType != nil { return 0.64 }
            if properties.isUppercase { return 0.74 }
            return scalar.value >= 0x2E80 ? 1 : 0.62
        }
    }
}
