import JourneyModel

/// A value at the base side and at the head side of a comparison.
public struct Change<Value: Sendable & Hashable>: Sendable, Hashable {
    public var before: Value
    public var after: Value

    public init(before: Value, after: Value) {
        self.before = before
        self.after = after
    }

    /// The change, or nil when both sides are equal.
    static func of(_ before: Value, _ after: Value) -> Change? {
        before == after ? nil : Change(before: before, after: after)
    }
}

/// Something named by a slug and a name: a persona, a journey, a stage.
public struct NamedItem: Sendable, Hashable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

/// A stage's score for a persona as one side computed it: the value and where it came from.
public struct ScoreReading: Sendable, Hashable {
    public var value: Double
    public var source: ScoreSource
    /// How many survey answers a survey score rests on.
    public var answers: Int?

    public init(value: Double, source: ScoreSource, answers: Int? = nil) {
        self.value = value
        self.source = source
        self.answers = answers
    }

    init(_ score: StageScore) {
        self.init(value: score.value, source: score.source, answers: score.answers?.count)
    }
}

/// What happened to a stage of a journey between the two sides.
public enum StageChange: Sendable, Hashable {
    /// A new stage, at `position` (from 1) of the head's stages.
    case added(NamedItem, position: Int)
    /// A stage that is gone, from `position` (from 1) of the base's stages.
    case removed(NamedItem, position: Int)
    /// The same stage (same slug, or same name) under another name or slug.
    case renamed(Change<NamedItem>)
    /// The same stage in another place among the stages both sides have.
    case moved(NamedItem, Change<Int>)
}

/// A stage's score for one persona that changed its value or its source.
public struct ScoreChange: Sendable, Hashable {
    /// The stage, named as the head names it.
    public var stage: String
    /// The persona (nil for a journey without personas).
    public var persona: NamedItem?
    /// Nil on a side where the stage has no score for the persona.
    public var reading: Change<ScoreReading?>

    /// After minus before, when both sides have a score.
    public var delta: Double? {
        guard let before = reading.before, let after = reading.after else { return nil }
        return after.value - before.value
    }
}

/// A pain point that appeared, went away, or changed severity.
public struct PainPointChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case added(Level)
        case removed(Level)
        case severity(Change<Level>)
    }

    public var stage: String
    public var text: String
    public var kind: Kind

    /// Whether this change brings a high pain point that was not there: a new one, or one made high.
    public var isNewHigh: Bool {
        switch kind {
        case .added(let level): level == .high
        case .severity(let change): change.after == .high
        case .removed: false
        }
    }
}

/// An opportunity that appeared, went away, or whose status, impact, effort or owner changed.
public struct OpportunityChange: Sendable, Hashable {
    /// A field of an opportunity the comparison follows.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case status, impact, effort, owner

        /// The field's value in `opportunity`, as the note writes it.
        public func value(in opportunity: Opportunity) -> String? {
            switch self {
            case .status: opportunity.status?.rawValue
            case .impact: opportunity.impact?.rawValue
            case .effort: opportunity.effort?.rawValue
            case .owner: opportunity.owner
            }
        }
    }

    /// One field's values at both sides; nil where the note does not set it.
    public struct FieldChange: Sendable, Hashable {
        public var field: Field
        public var value: Change<String?>
    }

    public enum Kind: Sendable, Hashable {
        case added(Opportunity)
        case removed(Opportunity)
        case changed([FieldChange])
    }

    public var stage: String
    public var text: String
    public var kind: Kind
}

/// A key figure of a journey, as its page shows them.
public enum KeyFigure: String, Sendable, Hashable, CaseIterable {
    case overall, peak, lowest, end, peakEnd, biggestDrop, shareAboveNeutral, researchedShare

    /// Whether the figure is a share (0…1) rather than a score.
    public var isShare: Bool { self == .shareAboveNeutral || self == .researchedShare }

    /// The figure in an analysis.
    func value(in analysis: JourneyAnalysis) -> Double? {
        switch self {
        case .overall: analysis.overallScore
        case .peak: analysis.summary.peak?.score
        case .lowest: analysis.summary.lowest?.score
        case .end: analysis.summary.end?.score
        case .peakEnd: analysis.summary.peakEnd
        case .biggestDrop: analysis.summary.biggestDrop?.amount
        case .shareAboveNeutral: analysis.summary.shareAboveNeutral
        case .researchedShare: analysis.evidence.researchedShare
        }
    }
}

/// A key figure whose value changed.
public struct FigureChange: Sendable, Hashable {
    public var figure: KeyFigure
    public var value: Change<Double?>

    /// After minus before, when both sides have the figure.
    public var delta: Double? {
        guard let before = value.before, let after = value.after else { return nil }
        return after - before
    }
}

/// A stage's mean score on one side's curve, for drawing the two curves side by side.
public struct CurvePoint: Sendable, Hashable {
    public var stage: String
    public var score: Double?

    public init(stage: String, score: Double?) {
        self.stage = stage
        self.score = score
    }
}
