import JourneyAnalysis
import JourneyModel

/// The survey answers about one stage.
struct SurveyView: Encodable {
    let count: Int
    let mean: ScoreView
    /// Whether there are fewer answers than `min_answers`.
    let isThin: Bool
    /// To two decimals, or `—`.
    let standardDeviation: String
    /// The 95 % confidence interval of the mean, `low … high`, or `—`.
    let interval: String
    /// A bar per level of the scale, the highest first.
    let distribution: [Level]
    let personas: [PersonaAnswers]
    let verbatims: [Verbatim]
    /// Which score the curve uses: the note's or the survey's.
    let note: String

    struct Level: Encodable {
        let level: String
        let label: String?
        let count: Int
        /// The bar's length, in percent of the longest.
        let width: Int
        let tone: String
    }

    struct PersonaAnswers: Encodable {
        let name: String
        let count: Int
        let mean: ScoreView
    }
}

/// A survey comment with its score and who wrote it.
struct Verbatim: Encodable {
    let text: String
    let score: ScoreView
    let persona: String?
}

/// The two most negative and two most positive comments about a stage.
struct VerbatimExtremes: Encodable {
    let negative: [Verbatim]
    let positive: [Verbatim]
}

/// A change as shown: `▲ +0.5`, `▼ −1`, `= 0`, with its tone.
struct ChangeText: Encodable {
    let text: String
    let tone: String
}

/// A stage's change since the last snapshot, with what the team shipped there.
/// An opportunity marked done: where it was shipped, and how its stage's score moved since the last snapshot.
struct ShippedView: Encodable {
    let text: String
    /// Its journey, on pages that list several journeys' opportunities.
    let journey: TitledLink?
    /// The journey's language, when it is not the page's.
    let lang: String?
    let stage: NamedLink
    let owner: String?
    let change: ChangeView?
}

struct ChangeView: Encodable {
    /// The snapshot's label.
    let since: String
    let delta: ChangeText
    let previous: String
    /// The stage's opportunities marked done.
    let done: [String]
}

/// A journey's overall score across snapshots and survey waves, with now as the last point.
struct TrendView: Encodable {
    /// The snapshot or wave the change is measured from; nil when none comes before now.
    let since: String?
    let finding: String
    let svg: HTML
    let rows: [Row]
    let delta: ChangeText?

    struct Row: Encodable {
        let label: String
        /// Snapshot, survey wave, or the map today, in words.
        let kind: String
        let score: ScoreView
        /// The 95 % interval, `−0.4 … +0.2`, or `—` when the answers give none.
        let interval: String
    }
}

/// A journey whose overall score moved since its last snapshot.
struct MoverView: Encodable {
    let title: String
    let url: String
    let since: String
    let delta: ChangeText
    /// Improved, declined or steady, in words.
    let direction: String
}

/// Survey evidence and snapshot trends as template values.
extension PageContext {
    /// The survey answers about one stage: figures, distribution, per persona, and which score the
    /// curve uses; nil without answers.
    func surveyValues(_ item: JourneyAnalysis, index: Int) -> SurveyView? {
        guard let survey = item.surveys[index] else { return nil }
        let answers = survey.overall
        let stage = item.journey.stages[index]
        let most = max(answers.distribution.max() ?? 1, 1)
        let explicit = stage.emotion != nil || !stage.emotions.isEmpty
        return SurveyView(
            count: answers.count, mean: scoreValues(answers.mean), isThin: survey.isThin,
            standardDeviation: answers.standardDeviation.map { format.decimal($0, digits: 2) } ?? "—",
            interval: intervalText(answers.interval),
            distribution: zip(site.scale.levels, answers.distribution).reversed().map { level, count in
                SurveyView.Level(level: format.score(Double(level)), label: site.scale.labels[level], count: count,
                                 width: Int((Double(count) / Double(most) * 100).rounded()), tone: tone(Double(level)))
            },
            personas: item.journey.personas.compactMap { slug in
                survey.byPersona[slug].map { statistics in
                    SurveyView.PersonaAnswers(name: analysis.content.persona(slug)?.name ?? slug, count: statistics.count,
                                              mean: scoreValues(statistics.mean))
                }
            },
            verbatims: survey.verbatims.map(verbatimValues),
            note: surveyNote(explicit: explicit, answers: answers, wave: item.waves?.selected))
    }

    /// Which score the curve uses, the note's or the survey's, and the wave of the answers when it uses one.
    private func surveyNote(explicit: Bool, answers: AnswerStatistics, wave: String?) -> String {
        let words: KeyValuePairs = ["score": format.score(answers.mean), "count": String(answers.count), "wave": wave ?? ""]
        switch (explicit, wave) {
        case (true, nil): return strings.sentence("curve_uses_explicit", words)
        case (true, _): return strings.sentence("curve_uses_explicit_wave", words)
        case (false, nil): return strings["curve_uses_survey"]
        case (false, _): return strings.sentence("curve_uses_survey_wave", words)
        }
    }

    /// A score's 95 % interval, `−0.4 … +0.2`, or `—` without one.
    private func intervalText(_ interval: ClosedRange<Double>?) -> String {
        interval.map { "\(format.score($0.lowerBound)) … \(format.score($0.upperBound))" } ?? "—"
    }

    /// The two most negative and two most positive comments about a stage.
    func verbatimExtremes(_ item: JourneyAnalysis, index: Int) -> VerbatimExtremes? {
        guard let survey = item.surveys[index], !survey.verbatims.isEmpty else { return nil }
        let (negative, positive) = survey.extremeVerbatims(2)
        return VerbatimExtremes(negative: negative.map(verbatimValues), positive: positive.map(verbatimValues))
    }

    private func verbatimValues(_ response: SurveyResponse) -> Verbatim {
        Verbatim(text: response.comment ?? "", score: scoreValues(response.score),
                 persona: response.persona.flatMap { analysis.content.persona($0)?.name })
    }

    /// The change of a stage since the last snapshot, with what the team shipped there.
    func changeValues(_ item: JourneyAnalysis, index: Int) -> ChangeView? {
        guard let trend = item.trend, let since = trend.since, let change = trend.changes.first(where: { $0.index == index }) else { return nil }
        return ChangeView(since: since, delta: deltaValues(change.delta), previous: format.score(change.previous),
                          done: change.done.map(\.text))
    }

    /// The journey's opportunities marked done, each with its stage's change since the last
    /// snapshot; `namingJourney` on a page of several journeys.
    func shippedValues(_ item: JourneyAnalysis, namingJourney: Bool) -> [ShippedView] {
        item.shipped.map { shipped in
            let stage = item.journey.stages[shipped.stageIndex]
            return ShippedView(text: shipped.opportunity.text,
                               journey: namingJourney ? TitledLink(title: item.journey.title, url: link(SitePaths.journey(item.journey.slug))) : nil,
                               lang: language(of: item.journey),
                               stage: NamedLink(name: stage.name, url: link(SitePaths.stage(stage.slug, of: item.journey.slug))),
                               owner: shipped.opportunity.owner, change: changeValues(item, index: shipped.stageIndex))
        }
    }

    /// `improved`, `declined` or `steady`: the word for a change as it is shown, to one decimal.
    static func direction(_ delta: Double) -> String {
        let rounded = NumberFormat.shown(delta)
        return rounded > 0 ? "improved" : rounded < 0 ? "declined" : "steady"
    }

    /// `▲ +0.5`, `▼ −1`, with a tone; a change that rounds to zero is `= no change (+0.04)`, with
    /// its exact value, so that it never contradicts a chart that shows it.
    func deltaValues(_ delta: Double) -> ChangeText {
        changeText(delta, shown: NumberFormat.shown(delta), exact: format.exactChange(delta), text: format.score)
    }

    /// A change as shown: `▲` or `▼` and `text(shown)`, coloured by direction unless `toned` is
    /// false; one whose shown value is zero is `= no change (exact)`, or `= no change` when it is none.
    func changeText(_ delta: Double, shown: Double, exact: String, text: (Double) -> String, toned: Bool = true) -> ChangeText {
        guard shown == 0 else {
            return ChangeText(text: "\(shown > 0 ? "▲" : "▼") \(text(shown))", tone: !toned ? "neutral" : shown > 0 ? "positive" : "negative")
        }
        return ChangeText(text: "= " + (delta == 0 ? strings["no_change"] : strings.sentence("no_change_exact", ["change": exact])), tone: "neutral")
    }

    /// "Change since 2026-Q2: −0.3.", or "No change since 2026-Q2 (+0.04)." when it rounds to zero.
    private func changeSince(_ since: String, _ delta: Double) -> String {
        NumberFormat.shown(delta) == 0
            ? strings.sentence("finding_no_change_since", ["label": since, "change": delta == 0 ? "0" : format.exactChange(delta)])
            : strings.sentence("finding_change_since", ["label": since, "score": format.score(delta)])
    }

    /// The journey's trend across snapshots and waves, with the current score as the last point.
    func trendValues(_ item: JourneyAnalysis) -> TrendView? {
        guard let trend = item.trend, let now = item.overallScore else { return nil }
        let points = trend.points.map { point in
            TrendChart.Point(kind: point.kind == .wave ? .wave : .snapshot, label: point.label, score: point.score, interval: point.interval)
        } + [TrendChart.Point(kind: .now, label: strings["now"], score: now, interval: item.overallInterval)]
        let finding = trend.since.flatMap { since in trend.overallDelta.map { changeSince(since, $0) } } ?? ""
        return TrendView(
            since: trend.since, finding: finding,
            svg: HTML(TrendChart(id: "trend-\(item.journey.slug)", points: points, scale: site.scale, strings: strings,
                                 format: format, finding: finding).svg()),
            rows: points.map { point in
                TrendView.Row(label: point.label, kind: trendKind(point.kind, wave: item.waves?.selected), score: scoreValues(point.score),
                              interval: intervalText(point.interval))
            },
            delta: trend.overallDelta.map(deltaValues))
    }

    /// Snapshot, survey wave, or the map today, and which wave's answers it uses.
    private func trendKind(_ kind: TrendChart.Point.Kind, wave: String?) -> String {
        guard kind == .now, let wave else { return strings["trend_kind_\(kind)"] }
        return strings.sentence("trend_kind_now_wave", ["wave": wave])
    }

    /// Journeys whose overall score moved since their last snapshot, the biggest moves first.
    func moverValues() -> [MoverView] {
        let moved = analysis.journeys.compactMap { item in
            item.trend.flatMap { trend in trend.overallDelta.flatMap { delta in trend.since.map { (item, delta, $0) } } }
        }
        return moved.enumerated().sorted { (abs($1.element.1), $0.offset) < (abs($0.element.1), $1.offset) }.map(\.element)
            .map { item, delta, since in
                MoverView(title: item.journey.title, url: link(SitePaths.journey(item.journey.slug)), since: since,
                          delta: deltaValues(delta), direction: strings[Self.direction(delta)])
            }
    }
}
