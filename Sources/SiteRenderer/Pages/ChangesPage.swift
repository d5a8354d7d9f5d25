import JourneyAnalysis
import JourneyModel

/// The page "What changed since REV" (`changes.mustache`): what `diff --format markdown` details,
/// with the two curves of each changed journey on one chart.
struct ChangesValues: Encodable {
    let heading: String
    /// `Compared main (1a2b3c4) → working tree.`
    let compared: String
    let summary: String
    /// Personas and journeys added or removed, journeys not compared, survey rows.
    let siteChanges: [String]
    let journeys: [ChangedJourneyView]
    /// New errors, then new warnings.
    let problems: [ChangeSectionView]
}

/// One changed journey: its name and page, its curves before and after, and what changed.
struct ChangedJourneyView: Encodable {
    let name: String
    let slug: String
    let url: String
    let svg: HTML
    /// The stages the chart's columns stand for, in order, and how many.
    let stages: [String]
    let stageCount: Int
    let sections: [ChangeSectionView]
}

/// A kind of change and its lines.
struct ChangeSectionView: Encodable {
    let title: String
    let items: [String]
}

extension PageContext {
    func changesValues(_ changes: SiteChanges) -> ChangesValues {
        let diff = changes.diff
        let phrases = DiffPhrases(escape: { $0 }, strings: strings)
        let sections = DiffSections(phrases: phrases)
        let journeys = diff.journeys.map { journey in
            ChangedJourneyView(
                name: journey.journey.name, slug: journey.journey.slug, url: link(SitePaths.journey(journey.journey.slug)),
                svg: HTML(changeChart(journey, scale: diff.scale)),
                stages: journey.curves.after.map(\.stage), stageCount: journey.curves.after.count,
                sections: sections.journey(journey, scale: diff.scale).map { ChangeSectionView(title: $0.title, items: $0.lines) })
        }
        let problems = sections.problems(diff).map { ChangeSectionView(title: $0.title, items: $0.lines) }
        return ChangesValues(heading: strings.sentence("changes_title", ["revision": changes.revision]),
                             compared: strings.sentence("changes_compared", ["base": changes.base, "head": strings["changes_working_tree"]]),
                             summary: phrases.summary(diff), siteChanges: sections.site(diff), journeys: journeys, problems: problems)
    }

    /// The journey's mean curve before and after, on the stages it has after (a stage the
    /// base had under the same name is drawn at its place, dotted).
    private func changeChart(_ journey: JourneyDiff, scale: EmotionScale) -> String {
        let before = Dictionary(journey.curves.before.map { ($0.stage, $0.score) }) { first, _ in first }
        let after = journey.curves.after
        return EmotionCurveChart(
            id: "changes-\(journey.journey.slug)", columns: after.map { EmotionCurveChart.Column(name: $0.stage) },
            series: [EmotionCurveChart.Series(name: strings["changes_before"], values: after.map { before[$0.stage] ?? nil }),
                     EmotionCurveChart.Series(name: strings["changes_after"], values: after.map(\.score))],
            scale: scale, strings: strings, format: format,
            finding: strings.sentence("changes_chart", ["journey": journey.journey.name]), labelLanguage: contentLanguage
        ).svg()
    }
}
