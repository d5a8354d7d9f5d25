import JourneyAnalysis
import JourneyModel

/// Survey evidence and snapshot trends as template values.
extension PageContext {
    /// The survey answers about one stage: figures, distribution, per persona, and which score the
    /// curve uses; nil without answers.
    func surveyValues(_ item: JourneyAnalysis, index: Int) -> [String: Any]? {
        guard let survey = item.surveys[index] else { return nil }
        let answers = survey.overall
        let stage = item.journey.stages[index]
        let most = max(answers.distribution.max() ?? 1, 1)
        var values: [String: Any] = [
            "count": answers.count, "mean": scoreValues(answers.mean), "isThin": survey.isThin,
            "standardDeviation": answers.standardDeviation.map { format.decimal($0, digits: 2) } ?? "—",
            "interval": answers.interval.map { "\(format.score($0.lowerBound)) … \(format.score($0.upperBound))" } ?? "—",
            "distribution": zip(site.scale.levels, answers.distribution).reversed().map { level, count -> [String: Any] in
                ["level": format.score(Double(level)), "label": site.scale.labels[level] ?? "", "count": count,
                 "width": Int((Double(count) / Double(most) * 100).rounded()), "tone": tone(Double(level))]
            },
            "personas": item.journey.personas.compactMap { slug -> [String: Any]? in
                guard let statistics = survey.byPersona[slug] else { return nil }
                return ["name": analysis.content.persona(slug)?.name ?? slug, "count": statistics.count, "mean": scoreValues(statistics.mean)]
            },
            "verbatims": survey.verbatims.map(verbatimValues),
        ]
        let explicit = stage.emotion != nil || !stage.emotions.isEmpty
        values["note"] = explicit ? "\(strings["curve_uses_explicit"]) \(format.score(answers.mean)) (n = \(answers.count))."
            : strings["curve_uses_survey"]
        return values
    }

    /// The two most negative and two most positive comments about a stage.
    func verbatimExtremes(_ item: JourneyAnalysis, index: Int) -> [String: Any]? {
        guard let survey = item.surveys[index], !survey.verbatims.isEmpty else { return nil }
        let (negative, positive) = survey.extremeVerbatims(2)
        return ["negative": negative.map(verbatimValues), "positive": positive.map(verbatimValues)]
    }

    private func verbatimValues(_ response: SurveyResponse) -> [String: Any] {
        ["text": response.comment ?? "", "score": scoreValues(response.score),
         "persona": response.persona.flatMap { analysis.content.persona($0)?.name } ?? ""]
    }

    /// The change of a stage since the last snapshot, with what the team shipped there.
    func changeValues(_ item: JourneyAnalysis, index: Int) -> [String: Any]? {
        guard let trend = item.trend, let change = trend.changes.first(where: { $0.index == index }) else { return nil }
        return ["since": trend.since, "delta": deltaValues(change.delta), "previous": format.score(change.previous),
                "done": change.done.map(\.text)]
    }

    /// `improved`, `declined` or `steady`: the word for a change as it is shown, to one decimal.
    static func direction(_ delta: Double) -> String {
        let rounded = (delta * 10).rounded() / 10
        return rounded > 0 ? "improved" : rounded < 0 ? "declined" : "steady"
    }

    /// `▲ +0.5`, `▼ −1`, `= 0`, with a tone.
    func deltaValues(_ delta: Double) -> [String: Any] {
        let rounded = (delta * 10).rounded() / 10
        let arrow = rounded > 0 ? "▲" : rounded < 0 ? "▼" : "="
        return ["text": "\(arrow) \(format.score(rounded))", "tone": rounded > 0 ? "positive" : rounded < 0 ? "negative" : "neutral"]
    }

    /// The journey's trend across snapshots, with the current score as the last point.
    func trendValues(_ item: JourneyAnalysis) -> [String: Any]? {
        guard let trend = item.trend, let now = item.overallScore else { return nil }
        let points = trend.points.map { TrendChart.Point(label: $0.label, score: $0.score) } + [TrendChart.Point(label: strings["now"], score: now)]
        let finding = trend.overallDelta.map { "\(strings["change_since"]) \(trend.since): \(format.score($0))." } ?? ""
        var values: [String: Any] = [
            "since": trend.since, "finding": finding,
            "svg": TrendChart(id: "trend-\(item.journey.slug)", points: points, scale: site.scale, strings: strings,
                              format: format, finding: finding).svg(),
            "rows": points.map { ["label": $0.label, "score": scoreValues($0.score)] },
        ]
        if let delta = trend.overallDelta { values["delta"] = deltaValues(delta) }
        return values
    }

    /// Journeys whose overall score moved since their last snapshot, the biggest moves first.
    func moverValues() -> [[String: Any]] {
        let moved = analysis.journeys.compactMap { item in item.trend?.overallDelta.map { (item, $0, item.trend!.since) } }
        return moved.enumerated().sorted { (abs($1.element.1), $0.offset) < (abs($0.element.1), $1.offset) }.map(\.element)
            .map { item, delta, since in
                ["title": item.journey.title, "url": link(SitePaths.journey(item.journey.slug)), "since": since,
                 "delta": deltaValues(delta), "direction": strings[Self.direction(delta)]]
            }
    }
}
