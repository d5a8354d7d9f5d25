import JourneyAnalysis
import JourneyModel

/// The sentences the text and Markdown reports of a diff share, with every content value
/// passed through `escape` (nothing for text, Markdown escapes for Markdown).
struct DiffPhrases {
    let escape: (String) -> String
    let number = NumberFormat(language: "en")

    /// `−0.5 (note)`, `+0.7 (survey, n = 3)`, `none`.
    func reading(_ reading: ScoreReading?) -> String {
        guard let reading else { return "none" }
        return "\(number.score(reading.value)) (\(source(reading)))"
    }

    /// Where a score came from, as a reviewer tells a new survey from an edited guess.
    func source(_ reading: ScoreReading) -> String {
        switch reading.source {
        case .explicit: "note"
        case .survey: "survey, n = \(reading.answers ?? 0)"
        case .steps: "steps"
        case .touchpoints: "touchpoints"
        }
    }

    /// `▲ +0.3`, `▼ −0.6`, as the site shows a change: one that rounds to zero is
    /// `= no change (+0.04)`, with its exact value; empty for none at all.
    func change(_ delta: Double?) -> String {
        guard let delta, delta != 0 else { return "" }
        let shown = NumberFormat.shown(delta)
        return shown == 0 ? "= no change (\(number.exactChange(delta)))" : (shown > 0 ? "▲ " : "▼ ") + number.score(delta)
    }

    /// `a → b ▼ −0.6`, the change left out when there is none.
    private func movement(_ before: String, _ after: String, _ delta: Double?) -> String {
        let change = change(delta)
        return "\(before) → \(after)" + (change.isEmpty ? "" : " \(change)")
    }

    func stage(_ change: StageChange) -> String {
        switch change {
        case .added(let stage, let position): "added: \(escape(stage.name)) (stage \(position))"
        case .removed(let stage, let position): "removed: \(escape(stage.name)) (was stage \(position))"
        case .renamed(let names):
            names.before.name == names.after.name
                ? "renamed: \(escape(names.after.name)) (file \(escape(names.before.slug)) → \(escape(names.after.slug)))"
                : "renamed: \(escape(names.before.name)) → \(escape(names.after.name))"
        case .moved(let stage, let places): "moved: \(escape(stage.name)), from place \(places.before) to \(places.after)"
        }
    }

    /// `Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6`.
    func score(_ change: ScoreChange) -> String {
        "\(escape(change.stage))\(change.persona.map { ", " + escape($0.name) } ?? ""): "
            + movement(reading(change.reading.before), reading(change.reading.after), change.delta)
    }

    func painPoint(_ change: PainPointChange) -> String {
        let text = escape(change.text), stage = escape(change.stage)
        return switch change.kind {
        case .added(let level): "added at \(stage): \(text) (\(level.rawValue) severity)"
        case .removed(let level): "removed at \(stage): \(text) (\(level.rawValue) severity)"
        case .severity(let levels): "at \(stage): \(text): severity \(levels.before.rawValue) → \(levels.after.rawValue)"
        }
    }

    func opportunity(_ change: OpportunityChange) -> String {
        let text = escape(change.text), stage = escape(change.stage)
        switch change.kind {
        case .added(let opportunity): return "added at \(stage): \(text)\(fields(of: opportunity))"
        case .removed(let opportunity): return "removed at \(stage): \(text)\(fields(of: opportunity))"
        case .changed(let fields):
            let changes = fields.map { "\($0.field.rawValue) \(escape($0.value.before ?? "none")) → \(escape($0.value.after ?? "none"))" }
            return "at \(stage): \(text): " + changes.joined(separator: ", ")
        }
    }

    /// ` (impact high, status planned)`: the fields the note sets; empty when it sets none.
    private func fields(of opportunity: Opportunity) -> String {
        let set = OpportunityChange.Field.allCases.compactMap { field in field.value(in: opportunity).map { "\(field.rawValue) \(escape($0))" } }
        return set.isEmpty ? "" : " (\(set.joined(separator: ", ")))"
    }

    /// `Overall score: +0.5 → +0.3 ▼ −0.2`, `Stages above neutral: 67% → 50%`.
    func figure(_ change: FigureChange) -> String {
        "\(Self.name(change.figure)): " + movement(value(change.value.before, change.figure), value(change.value.after, change.figure),
                                                   change.figure.isShare ? nil : change.delta)
    }

    func value(_ value: Double?, _ figure: KeyFigure) -> String {
        guard let value else { return "none" }
        return switch figure {
        case .shareAboveNeutral, .researchedShare: number.percent(value)
        case .biggestDrop: number.decimal(value, digits: 1)
        default: number.score(value)
        }
    }

    static func name(_ figure: KeyFigure) -> String {
        switch figure {
        case .overall: "Overall score"
        case .peak: "Highest point"
        case .lowest: "Lowest point"
        case .end: "End"
        case .peakEnd: "Peak–end score"
        case .biggestDrop: "Biggest drop"
        case .shareAboveNeutral: "Stages above neutral"
        case .researchedShare: "Stages backed by research"
        }
    }

    /// `Survey answers: 0 → 3`.
    func answers(_ change: Change<Int>) -> String {
        "Survey answers: \(number.integer(change.before)) → \(number.integer(change.after))"
    }

    /// `Survey rows: 10 read, 1 rejected → 13 read, 1 rejected`.
    func surveyRows(_ change: Change<SurveyTally>) -> String {
        func tally(_ tally: SurveyTally) -> String { "\(number.integer(tally.read)) read, \(number.integer(tally.rejected)) rejected" }
        return "Survey rows: \(tally(change.before)) → \(tally(change.after))"
    }

    /// `Cake order: errors at the head`.
    func notCompared(_ journey: ExperienceDiff.NotCompared) -> String {
        let sides = [journey.errorsAtBase ? "the base" : nil, journey.errorsAtHead ? "the head" : nil].compactMap { $0 }
        return "\(escape(journey.journey.name)): errors at \(sides.joined(separator: " and "))"
    }

    /// `Sofia Benali, Claire Martin`.
    func names(_ items: [NamedItem]) -> String { items.map { escape($0.name) }.joined(separator: ", ") }

    /// The one line that says what changed most: `2 journeys changed: Cake order (Purchase −0.6
    /// for Claire Martin), Daily bread; 1 new high pain point`.
    func summary(_ diff: ExperienceDiff) -> String {
        var parts: [String] = []
        if !diff.journeys.isEmpty {
            parts.append("\(diff.journeys.count) journey\(diff.journeys.count == 1 ? "" : "s") changed: " + diff.journeys.map { journey in
                guard let largest = journey.scores.filter({ $0.delta != nil }).max(by: { abs($0.delta!) < abs($1.delta!) }) else {
                    return escape(journey.journey.name)
                }
                return "\(escape(journey.journey.name)) (\(escape(largest.stage)) \(number.score(largest.delta!))"
                    + "\(largest.persona.map { " for " + escape($0.name) } ?? ""))"
            }.joined(separator: ", "))
        }
        let pains = diff.journeys.flatMap(\.painPoints)
        let done = diff.journeys.flatMap(\.opportunities).filter { change in
            if case .changed(let fields) = change.kind { fields.contains { $0.field == .status && $0.value.after == OpportunityStatus.done.rawValue } } else { false }
        }
        let counts: [(Int, String, String)] = [
            (pains.filter(\.isNewHigh).count, "new high pain point", "new high pain points"),
            (done.count, "opportunity marked done", "opportunities marked done"),
            (diff.journeysAdded.count, "journey added", "journeys added"), (diff.journeysRemoved.count, "journey removed", "journeys removed"),
            (diff.personasAdded.count, "persona added", "personas added"), (diff.personasRemoved.count, "persona removed", "personas removed"),
            (diff.notCompared.count, "journey not compared (errors)", "journeys not compared (errors)"),
            (diff.newErrors.count, "new error", "new errors"), (diff.newWarnings.count, "new warning", "new warnings"),
        ]
        parts += counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        if diff.surveyRows != nil && parts.isEmpty { parts.append("survey rows changed") }
        return parts.isEmpty ? "No change to the customer experience." : parts.joined(separator: "; ")
    }
}
