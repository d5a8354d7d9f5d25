import JourneyAnalysis
import JourneyModel

/// The sentences the reports of a diff share (text, Markdown, JSON's summary, the "What changed"
/// page), in the language of `strings`, with every content value passed through `escape` (nothing
/// for text, Markdown escapes for Markdown). The command line's reports are in English.
struct DiffPhrases {
    let escape: (String) -> String
    let strings: UIStrings
    let number: NumberFormat

    init(escape: @escaping (String) -> String, strings: UIStrings = InterfaceWords.builtin.strings(language: "en")) {
        self.escape = escape
        self.strings = strings
        number = NumberFormat(language: strings.language)
    }

    /// `−0.5 (note)`, `+0.7 (survey, n = 3)`, `none`.
    func reading(_ reading: ScoreReading?) -> String {
        guard let reading else { return strings["diff_none"] }
        return "\(number.score(reading.value)) (\(source(reading)))"
    }

    /// Where a score came from, as a reviewer tells a new survey from an edited guess.
    func source(_ reading: ScoreReading) -> String {
        switch reading.source {
        case .explicit: strings["diff_source_note"]
        case .survey: strings.sentence("diff_source_survey", ["count": number.integer(reading.answers ?? 0)])
        case .steps: strings["diff_source_steps"]
        case .touchpoints: strings["diff_source_touchpoints"]
        }
    }

    /// `▲ +0.3`, `▼ −0.6`, as the site shows a change: one that rounds to zero is
    /// `= no change (+0.04)`, with its exact value; empty for none at all.
    func change(_ delta: Double?) -> String {
        guard let delta, delta != 0 else { return "" }
        let shown = NumberFormat.shown(delta)
        return shown == 0 ? "= " + strings.sentence("no_change_exact", ["change": number.exactChange(delta)])
            : (shown > 0 ? "▲ " : "▼ ") + number.score(delta)
    }

    /// `a → b ▼ −0.6`, the change left out when there is none.
    private func movement(_ before: String, _ after: String, _ delta: Double?) -> String {
        let change = change(delta)
        return "\(before) → \(after)" + (change.isEmpty ? "" : " \(change)")
    }

    func stage(_ change: StageChange) -> String {
        switch change {
        case .added(let stage, let position):
            strings.sentence("diff_stage_added", ["stage": escape(stage.name), "position": String(position)])
        case .removed(let stage, let position):
            strings.sentence("diff_stage_removed", ["stage": escape(stage.name), "position": String(position)])
        case .renamed(let names):
            names.before.name == names.after.name
                ? strings.sentence("diff_stage_renamed_file", ["stage": escape(names.after.name), "before": escape(names.before.slug),
                                                              "after": escape(names.after.slug)])
                : strings.sentence("diff_stage_renamed", ["before": escape(names.before.name), "after": escape(names.after.name)])
        case .moved(let stage, let places):
            strings.sentence("diff_stage_moved", ["stage": escape(stage.name), "before": String(places.before), "after": String(places.after)])
        }
    }

    /// `Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6`.
    func score(_ change: ScoreChange) -> String {
        "\(escape(change.stage))\(change.persona.map { ", " + escape($0.name) } ?? "")\(strings["diff_colon"]) "
            + movement(reading(change.reading.before), reading(change.reading.after), change.delta)
    }

    func painPoint(_ change: PainPointChange) -> String {
        let text = escape(change.text), stage = escape(change.stage)
        func severity(_ level: Level) -> String { strings["severity_\(level.rawValue)"] }
        return switch change.kind {
        case .added(let level): strings.sentence("diff_pain_added", ["stage": stage, "text": text, "severity": severity(level)])
        case .removed(let level): strings.sentence("diff_pain_removed", ["stage": stage, "text": text, "severity": severity(level)])
        case .severity(let levels):
            strings.sentence("diff_pain_severity", ["stage": stage, "text": text, "before": severity(levels.before), "after": severity(levels.after)])
        }
    }

    func opportunity(_ change: OpportunityChange) -> String {
        let text = escape(change.text), stage = escape(change.stage)
        switch change.kind {
        case .added(let opportunity): return strings.sentence("diff_opportunity_added", ["stage": stage, "text": text, "fields": fields(of: opportunity)])
        case .removed(let opportunity): return strings.sentence("diff_opportunity_removed", ["stage": stage, "text": text, "fields": fields(of: opportunity)])
        case .changed(let fields):
            let changes = fields.map { change in
                "\(strings["diff_field_\(change.field.rawValue)"]) \(value(change.value.before, of: change.field)) → \(value(change.value.after, of: change.field))"
            }
            return strings.sentence("diff_opportunity_changed", ["stage": stage, "text": text, "changes": changes.joined(separator: ", ")])
        }
    }

    /// ` (impact high, status planned)`: the fields the note sets; empty when it sets none.
    private func fields(of opportunity: Opportunity) -> String {
        let set = OpportunityChange.Field.allCases.compactMap { field in
            field.value(in: opportunity).map { "\(strings["diff_field_\(field.rawValue)"]) \(value($0, of: field))" }
        }
        return set.isEmpty ? "" : " (\(set.joined(separator: ", ")))"
    }

    /// A field's value in words: a level or a status in the page's language, an owner as written.
    private func value(_ value: String?, of field: OpportunityChange.Field) -> String {
        guard let value else { return strings["diff_none"] }
        return switch field {
        case .status: strings["status_\(value)"]
        case .impact, .effort: strings["level_\(value)"]
        case .owner: escape(value)
        }
    }

    /// `Overall score: +0.5 → +0.3 ▼ −0.2`, `Stages above neutral: 67% → 50%`.
    func figure(_ change: FigureChange) -> String {
        "\(name(change.figure))\(strings["diff_colon"]) " + movement(value(change.value.before, change.figure), value(change.value.after, change.figure),
                                                                    change.figure.isShare ? nil : change.delta)
    }

    func value(_ value: Double?, _ figure: KeyFigure) -> String {
        guard let value else { return strings["diff_none"] }
        return switch figure {
        case .shareAboveNeutral, .researchedShare: number.percent(value)
        case .biggestDrop: number.decimal(value, digits: 1)
        default: number.score(value)
        }
    }

    func name(_ figure: KeyFigure) -> String { strings["diff_figure_\(figure.rawValue)"] }

    /// `Survey answers: 0 → 3`.
    func answers(_ change: Change<Int>) -> String {
        strings.sentence("diff_survey_answers", ["before": number.integer(change.before), "after": number.integer(change.after)])
    }

    /// `Survey rows: 10 read, 1 rejected → 13 read, 1 rejected`.
    func surveyRows(_ change: Change<SurveyTally>) -> String {
        func tally(_ tally: SurveyTally) -> String {
            strings.sentence("diff_survey_tally", ["read": number.integer(tally.read), "rejected": number.integer(tally.rejected)])
        }
        return strings.sentence("diff_survey_rows", ["before": tally(change.before), "after": tally(change.after)])
    }

    /// `Cake order: errors at the head`.
    func notCompared(_ journey: ExperienceDiff.NotCompared) -> String {
        let sides = switch (journey.errorsAtBase, journey.errorsAtHead) {
        case (true, true): "diff_errors_both"
        case (true, false): "diff_errors_base"
        default: "diff_errors_head"
        }
        return "\(escape(journey.journey.name))\(strings["diff_colon"]) \(strings[sides])"
    }

    /// `Sofia Benali, Claire Martin`.
    func names(_ items: [NamedItem]) -> String { items.map { escape($0.name) }.joined(separator: ", ") }

    /// `1 journey changed`, `2 new errors`: the count with the words for one or for more.
    func count(_ count: Int, _ key: String, list: String = "") -> String {
        strings.sentence("\(key)_\(count == 1 ? "one" : "other")", ["count": number.integer(count), "list": list])
    }

    /// The one line that says what changed most: `2 journeys changed: Cake order (Purchase −0.6
    /// for Claire Martin), Daily bread; 1 new high pain point`.
    func summary(_ diff: ExperienceDiff) -> String {
        var parts: [String] = []
        if !diff.journeys.isEmpty {
            let list = diff.journeys.map { journey in
                guard let largest = journey.scores.filter({ $0.delta != nil }).max(by: { abs($0.delta!) < abs($1.delta!) }) else {
                    return escape(journey.journey.name)
                }
                let words: KeyValuePairs = ["journey": escape(journey.journey.name), "stage": escape(largest.stage),
                                            "change": number.score(largest.delta!), "persona": largest.persona.map { escape($0.name) } ?? ""]
                return strings.sentence(largest.persona == nil ? "diff_largest" : "diff_largest_persona", words)
            }.joined(separator: ", ")
            parts.append(count(diff.journeys.count, "diff_count_journeys_changed", list: list))
        }
        let pains = diff.journeys.flatMap(\.painPoints)
        let done = diff.journeys.flatMap(\.opportunities).filter { change in
            if case .changed(let fields) = change.kind { fields.contains { $0.field == .status && $0.value.after == OpportunityStatus.done.rawValue } } else { false }
        }
        let counts: [(Int, String)] = [
            (pains.filter(\.isNewHigh).count, "new_high_pains"), (done.count, "done"),
            (diff.journeysAdded.count, "journeys_added"), (diff.journeysRemoved.count, "journeys_removed"),
            (diff.personasAdded.count, "personas_added"), (diff.personasRemoved.count, "personas_removed"),
            (diff.notCompared.count, "not_compared"), (diff.newErrors.count, "new_errors"), (diff.newWarnings.count, "new_warnings"),
        ]
        parts += counts.filter { $0.0 > 0 }.map { count($0.0, "diff_count_\($0.1)") }
        if diff.surveyRows != nil && parts.isEmpty { parts.append(strings["diff_survey_rows_changed"]) }
        return parts.isEmpty ? strings["diff_no_change"] : parts.joined(separator: strings["diff_separator"])
    }
}
