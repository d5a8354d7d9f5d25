import JourneyModel

/// What changed in one journey between two sides: stages, scores, pain points, opportunities,
/// key figures and survey answers. Only what changed is listed.
public struct JourneyDiff: Sendable, Hashable {
    public var journey: NamedItem
    /// The title, when it changed.
    public var title: Change<String>?
    public var stages: [StageChange]
    public var scores: [ScoreChange]
    public var painPoints: [PainPointChange]
    public var opportunities: [OpportunityChange]
    public var figures: [FigureChange]
    /// How many survey answers are about the journey, when that changed.
    public var surveyAnswers: Change<Int>?
    /// The mean curve of each side, stage by stage, for drawing them side by side.
    public var curves: Change<[CurvePoint]>

    /// Whether nothing changed.
    public var isEmpty: Bool {
        title == nil && stages.isEmpty && scores.isEmpty && painPoints.isEmpty && opportunities.isEmpty
            && figures.isEmpty && surveyAnswers == nil
    }

    /// The comparison of the same journey at two sides; `personaNames` names personas by slug.
    public init(base: JourneyAnalysis, head: JourneyAnalysis, personaNames: [String: String]) {
        let before = base.journey, after = head.journey
        journey = NamedItem(slug: after.slug, name: after.title)
        title = Change.of(before.title, after.title)
        let matching = StageMatching(base: before.stages, head: after.stages)
        stages = matching.changes
        let pairs = matching.pairs.map { pair in
            (base: pair.base.map { before.stages[$0] }, head: pair.head.map { after.stages[$0] },
             name: pair.head.map { after.stages[$0].name } ?? pair.base.map { before.stages[$0].name } ?? "")
        }
        scores = Self.scores(matching.pairs, base: base, head: head, personaNames: personaNames)
        painPoints = pairs.flatMap { Self.painPoints(base: $0.base?.painPoints ?? [], head: $0.head?.painPoints ?? [], stage: $0.name) }
        opportunities = pairs.flatMap {
            Self.opportunities(base: $0.base?.opportunities ?? [], head: $0.head?.opportunities ?? [], stage: $0.name)
        }
        figures = KeyFigure.allCases.compactMap { figure in
            Change.of(figure.value(in: base), figure.value(in: head)).map { FigureChange(figure: figure, value: $0) }
        }
        surveyAnswers = Change.of(Self.answers(base), Self.answers(head))
        curves = Change(before: Self.curve(base), after: Self.curve(head))
    }

    /// The scores of the stages both sides have, per persona, that changed value or source.
    private static func scores(_ pairs: [(base: Int?, head: Int?)], base: JourneyAnalysis, head: JourneyAnalysis,
                               personaNames: [String: String]) -> [ScoreChange] {
        let personas = head.curves.map(\.persona) + base.curves.map(\.persona).filter { persona in !head.curves.contains { $0.persona == persona } }
        return pairs.flatMap { pair -> [ScoreChange] in
            guard let before = pair.base, let after = pair.head else { return [] }
            return personas.compactMap { persona in
                let old = base.curves.first { $0.persona == persona }?.scores[before].map(ScoreReading.init)
                let new = head.curves.first { $0.persona == persona }?.scores[after].map(ScoreReading.init)
                guard let reading = Change.of(old, new) else { return nil }
                return ScoreChange(stage: head.journey.stages[after].name,
                                   persona: persona.map { NamedItem(slug: $0, name: personaNames[$0] ?? $0) }, reading: reading)
            }
        }
    }

    /// Pain points matched by their text, each at most once.
    static func painPoints(base: [PainPoint], head: [PainPoint], stage: String) -> [PainPointChange] {
        matchedByText(base, head, text: \.text).compactMap { old, new in
            switch (old, new) {
            case (nil, let new?): PainPointChange(stage: stage, text: new.text, kind: .added(new.severity))
            case (let old?, nil): PainPointChange(stage: stage, text: old.text, kind: .removed(old.severity))
            case (let old?, let new?):
                Change.of(old.severity, new.severity).map { PainPointChange(stage: stage, text: new.text, kind: .severity($0)) }
            case (nil, nil): nil
            }
        }
    }

    /// Opportunities matched by their text, each at most once.
    static func opportunities(base: [Opportunity], head: [Opportunity], stage: String) -> [OpportunityChange] {
        matchedByText(base, head, text: \.text).compactMap { old, new in
            switch (old, new) {
            case (nil, let new?): return OpportunityChange(stage: stage, text: new.text, kind: .added(new))
            case (let old?, nil): return OpportunityChange(stage: stage, text: old.text, kind: .removed(old))
            case (let old?, let new?):
                let fields = OpportunityChange.Field.allCases.compactMap { field in
                    Change.of(field.value(in: old), field.value(in: new)).map { OpportunityChange.FieldChange(field: field, value: $0) }
                }
                return fields.isEmpty ? nil : OpportunityChange(stage: stage, text: new.text, kind: .changed(fields))
            case (nil, nil): return nil
            }
        }
    }

    /// The items of both lists paired by their text: head's in order (with their match at the
    /// base, if any), then the base's that no head item took.
    private static func matchedByText<Item>(_ base: [Item], _ head: [Item], text: (Item) -> String) -> [(Item?, Item?)] {
        var free = Array(base.indices)
        let paired = head.map { item -> (Item?, Item) in
            guard let slot = free.firstIndex(where: { text(base[$0]) == text(item) }) else { return (nil, item) }
            return (base[free.remove(at: slot)], item)
        }
        return paired.map { ($0.0, $0.1) } + free.map { (base[$0], nil) }
    }

    /// How many survey answers are about the journey.
    private static func answers(_ analysis: JourneyAnalysis) -> Int {
        analysis.surveys.reduce(0) { $0 + ($1?.overall.count ?? 0) }
    }

    private static func curve(_ analysis: JourneyAnalysis) -> [CurvePoint] {
        zip(analysis.journey.stages, analysis.stageScores).map { CurvePoint(stage: $0.name, score: $1) }
    }
}
