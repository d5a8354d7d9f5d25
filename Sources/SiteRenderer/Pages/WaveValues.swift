import JourneyAnalysis

/// A journey's survey waves: which one the curve uses, and each stage's change from wave to wave.
struct WavesView: Encodable {
    /// Which wave's answers the curve uses, in words.
    let note: String
    let rows: [Row]

    /// One change of a stage's mean, for everyone or a persona, between consecutive waves.
    struct Row: Encodable {
        let stage: String
        /// The persona's name; nil for everyone's answers.
        let persona: String?
        /// `2026-T2 → 2026-T3`.
        let waves: String
        /// The means before and after, with their n: `+0.3 (n = 40) → +0.6 (n = 38)`, no-break spaces around `=`.
        let means: String
        let delta: ChangeText
        /// The difference's 95 % interval, `−0.1 … +0.7`, or `—` without a test.
        let interval: String
        /// `p = 0.35`, `p < 0.001`, or `—`.
        let p: String
        /// "significant at 95 %", "not significant at 95 %", or why there is no test; and a small sample said so.
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
        let rows = waves.changes.enumerated().flatMap { index, changes in
            changes.map { change in
                WavesView.Row(
                    stage: item.journey.stages[index].name,
                    persona: change.persona.map { analysis.content.persona($0)?.name ?? $0 },
                    waves: "\(change.from) → \(change.to)",
                    means: "\(format.score(change.before.mean)) (n\u{A0}=\u{A0}\(change.before.count)) → \(format.score(change.after.mean)) (n\u{A0}=\u{A0}\(change.after.count))",
                    delta: deltaValues(change.after.mean - change.before.mean),
                    interval: change.test.map { "\(signed($0.interval.lowerBound)) … \(signed($0.interval.upperBound))" } ?? "—",
                    p: change.test.map { pValue($0.p) } ?? "—",
                    verdict: verdict(change),
                    isSignificant: change.test?.isSignificant ?? false)
            }
        }
        return WavesView(note: note, rows: rows)
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
    private func verdict(_ change: SurveyWaves.Change) -> String {
        let small = change.isSmall ? " " + strings.sentence("waves_small_sample", ["count": String(SurveyWaves.smallSample)]) : ""
        guard let test = change.test else { return strings["waves_no_test"] + small }
        return strings[test.isSignificant ? "waves_significant" : "waves_not_significant"] + small
    }
}
