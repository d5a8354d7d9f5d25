import JourneyAnalysis

/// A journey's survey waves: which one the curve uses, and each stage's change from wave to wave,
/// of its score and of its NPS, CSAT and CES.
struct WavesView: Encodable {
    /// Which wave's answers the curve uses, in words.
    let note: String
    /// The changes of the scores, then those of NPS, CSAT and CES; a table only where there are changes.
    let tables: [Table]

    /// One table of changes: everyone's rows, and each persona's apart.
    struct Table: Encodable {
        let id: String
        /// The table's heading; nil for the scores, under the section's own.
        let title: String?
        /// Whether rows name their measure (NPS, CSAT, CES).
        let hasMeasure: Bool
        /// The heading of the column of figures: "Mean", "Before → after".
        let figuresHeading: String
        /// False: the rows are everyone's.
        let byPersona = false
        /// The changes of everyone's answers.
        let rows: [Row]
        /// The changes of each persona's answers; nil when no persona has any.
        let personas: PersonaTable?
        /// The tests used, and what a small sample is.
        let note: String
    }

    /// The changes of each persona's answers, in a table of their own.
    struct PersonaTable: Encodable {
        /// True: the rows name their persona.
        let byPersona = true
        let rows: [Row]
        /// "Changes by persona (42)".
        let summary: String
    }

    /// One change of a stage's mean score, NPS, CSAT or CES, for everyone or a persona, between consecutive waves.
    struct Row: Encodable {
        let stage: String
        /// `NPS`, `CSAT` or `CES`; nil for the score.
        let measure: String?
        /// The persona's name; nil for everyone's answers.
        let persona: String?
        /// `2026-T2 → 2026-T3`.
        let waves: String
        /// The figures before and after, with their n: `+0.3 (n = 40) → +0.6 (n = 38)`, no-break spaces around `=`.
        let means: String
        /// Coloured by direction, but for CES, whose scales differ on which end is good.
        let delta: ChangeText
        /// The difference's 95 % interval, `−0.1 … +0.7` (NPS and CSAT in points), or `—` without a test.
        let interval: String
        /// `p = 0.35`, `p < 0.001`, or `—`.
        let p: String
        /// "significant", "not significant", or why there is no test; and "(small sample)".
        let verdict: String
        let isSignificant: Bool
    }
}

extension PageContext {
    /// The journey's waves and their changes; nil when its answers have no wave.
    func waveValues(_ item: JourneyAnalysis) -> WavesView? {
        guard let waves = item.waves else { return nil }
        let note = waves.selected.map { strings.sentence("waves_curve_uses", ["wave": $0, "waves": waves.names.joined(separator: ", ")]) }
            ?? strings.sentence("waves_curve_uses_all", ["waves": waves.names.joined(separator: ", ")])
        let scores = waves.changes.enumerated().flatMap { index, changes in
            changes.map { change in
                row(stage: item.journey.stages[index].name, persona: change.persona, measure: nil, waves: (change.from, change.to),
                    figures: (format.score(change.before.mean), format.score(change.after.mean)), counts: (change.before.count, change.after.count),
                    delta: deltaValues(change.after.mean - change.before.mean), test: change.test, bound: signed,
                    isSmall: change.isSmall)
            }
        }
        let indicators = waves.indicatorChanges.enumerated().flatMap { index, changes in
            changes.map { change in
                let (figure, bound) = indicatorFigure(change.measure)
                return row(stage: item.journey.stages[index].name, persona: change.persona, measure: strings["metric_\(change.measure.rawValue)"],
                           waves: (change.from, change.to), figures: (figure(change.before), figure(change.after)),
                           counts: (change.beforeCount, change.afterCount), delta: indicatorDelta(change), test: change.test, bound: bound,
                           isSmall: change.isSmall)
            }
        }
        let tables = [
            table(id: "wave-scores", title: nil, figuresHeading: strings["mean"], scores, tests: "waves_tests_scores"),
            table(id: "wave-indicators", title: strings["waves_indicators"], figuresHeading: strings["waves_figures"], indicators,
                  tests: "waves_tests_indicators"),
        ]
        return WavesView(note: note, tables: tables.compactMap { $0 })
    }

    /// A table of `rows`, everyone's apart from each persona's; nil without rows.
    private func table(id: String, title: String?, figuresHeading: String, _ rows: [WavesView.Row], tests: String) -> WavesView.Table? {
        guard !rows.isEmpty else { return nil }
        let personaRows = rows.filter { $0.persona != nil }
        return WavesView.Table(
            id: id, title: title, hasMeasure: rows.contains { $0.measure != nil }, figuresHeading: figuresHeading,
            rows: rows.filter { $0.persona == nil },
            personas: personaRows.isEmpty ? nil : WavesView.PersonaTable(
                rows: personaRows, summary: strings.sentence("waves_by_persona", ["count": format.integer(personaRows.count)])),
            note: strings[tests] + " " + strings.sentence("waves_small_sample", ["count": String(SurveyWaves.smallSample)]))
    }

    /// One row of the table of changes.
    private func row(stage: String, persona: String?, measure: String?, waves: (String, String), figures: (String, String), counts: (Int, Int),
                     delta: ChangeText, test: DifferenceTest?, bound: (Double) -> String, isSmall: Bool) -> WavesView.Row {
        WavesView.Row(
            stage: stage, measure: measure, persona: persona.map { analysis.content.persona($0)?.name ?? $0 },
            waves: "\(waves.0) → \(waves.1)",
            means: "\(figures.0) (n\u{A0}=\u{A0}\(counts.0)) → \(figures.1) (n\u{A0}=\u{A0}\(counts.1))",
            delta: delta,
            interval: test.map { "\(bound($0.interval.lowerBound)) … \(bound($0.interval.upperBound))" } ?? "—",
            p: test.map { pValue($0.p) } ?? "—",
            verdict: verdict(test, isSmall: isSmall),
            isSignificant: test?.isSignificant ?? false)
    }

    /// How an indicator and the bounds of its change are written: NPS and CSAT changes in whole
    /// points (`+12`), CES like a difference of scores.
    private func indicatorFigure(_ measure: SurveyWaves.IndicatorChange.Measure) -> (figure: (Double) -> String, bound: (Double) -> String) {
        switch measure {
        case .nps: (points, { points($0) })
        case .csat: (format.percent, { points($0 * 100) })
        case .ces: ({ format.decimal($0, digits: 1) }, signed)
        }
    }

    /// An indicator's change as shown: NPS in points, CSAT in percentage points, CES to one decimal
    /// and uncoloured; one that rounds to zero says so, with its exact value.
    private func indicatorDelta(_ change: SurveyWaves.IndicatorChange) -> ChangeText {
        let difference = change.after - change.before
        let (exact, shown, digits, text): (Double, Double, Int, (Double) -> String) = switch change.measure {
        case .nps: (difference, difference.rounded(), 0, points)
        case .csat: (difference * 100, (difference * 100).rounded(), 0, { strings.sentence("percentage_points", ["value": points($0)]) })
        case .ces: (difference, NumberFormat.shown(difference), 1, format.score)
        }
        return changeText(exact, shown: shown, exact: format.exactChange(exact, shownDigits: digits), text: text, toned: change.measure != .ces)
    }

    /// A difference's bound to two decimals, with its sign: `+0.04`, `−0.70`.
    private func signed(_ value: Double) -> String {
        let text = fixed(abs(value), digits: 2)
        return (value < 0 && text != fixed(0, digits: 2) ? "\u{2212}" : "+") + text
    }

    /// `p = 0.35`, `p = 0.040`, `p < 0.001`.
    func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < " + fixed(0.001, digits: 3) : "p = " + fixed(p, digits: p < 0.01 ? 3 : 2)
    }

    /// `value` with exactly `digits` decimals, in the page's number format.
    private func fixed(_ value: Double, digits: Int) -> String {
        var text = format.decimal(value, digits: digits)
        let separator: Character = format.language == "fr" ? "," : "."
        if !text.contains(separator) { text.append(separator) }
        let decimals = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: separator)!)
        return text + String(repeating: "0", count: digits - decimals)
    }

    /// Whether the change is significant at 95 %, or why it cannot be tested; a small sample is said so.
    private func verdict(_ test: DifferenceTest?, isSmall: Bool) -> String {
        let small = isSmall ? " " + strings["waves_small"] : ""
        guard let test else { return strings["waves_no_test"] + small }
        return strings[test.isSignificant ? "waves_significant" : "waves_not_significant"] + small
    }
}
