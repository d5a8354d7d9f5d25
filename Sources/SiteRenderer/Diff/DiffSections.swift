import JourneyAnalysis
import JourneyModel

/// A diff laid out as the text and Markdown reports show it: groups of lines under a title.
struct DiffSections {
    struct Section {
        var title: String
        var lines: [String]
    }

    let phrases: DiffPhrases

    private var strings: UIStrings { phrases.strings }

    /// `Title: words`, with the language's colon.
    private func titled(_ key: String, _ text: String) -> String { "\(strings[key])\(strings["diff_colon"]) \(text)" }

    /// The site-wide changes: personas and journeys added or removed, journeys not compared, survey rows.
    func site(_ diff: ExperienceDiff) -> [String] {
        let lists: [(String, [NamedItem])] = [("diff_personas_added", diff.personasAdded), ("diff_personas_removed", diff.personasRemoved),
                                              ("diff_journeys_added", diff.journeysAdded), ("diff_journeys_removed", diff.journeysRemoved)]
        return lists.filter { !$0.1.isEmpty }.map { titled($0.0, phrases.names($0.1)) }
            + diff.notCompared.map { strings.sentence("diff_not_compared", ["journey": phrases.notCompared($0)]) }
            + (diff.surveyRows.map { [phrases.surveyRows($0)] } ?? [])
    }

    /// The new errors, then the new warnings, those there are: `file:line:col: message (hint: …)`.
    func problems(_ diff: ExperienceDiff) -> [Section] {
        [("diff_new_errors", diff.newErrors), ("diff_new_warnings", diff.newWarnings)].filter { !$0.1.isEmpty }.map { title, found in
            Section(title: strings[title], lines: found.map { diagnostic in
                "\(phrases.escape(diagnostic.location.description)): \(phrases.escape(diagnostic.message))"
                    + (diagnostic.hint.map { " (" + titled("diff_hint", phrases.escape($0)) + ")" } ?? "")
            })
        }
    }

    /// What changed in one journey, a section a kind of change, empty ones left out.
    func journey(_ journey: JourneyDiff, scale: EmotionScale) -> [Section] {
        let stages = journey.curves.after.map { phrases.escape($0.stage) }.joined(separator: ", ")
        let curve = titled("diff_curve", "\(TextSparkline.of(journey.curves.before, scale: scale)) → \(TextSparkline.of(journey.curves.after, scale: scale)) (\(stages))")
        let sections = [
            Section(title: strings["diff_section_journey"],
                    lines: (journey.title.map { [titled("diff_title", "\(phrases.escape($0.before)) → \(phrases.escape($0.after))")] } ?? [])
                        + [curve] + (journey.surveyAnswers.map { [phrases.answers($0)] } ?? [])),
            Section(title: strings["diff_section_stages"], lines: journey.stages.map(phrases.stage)),
            Section(title: strings["diff_section_scores"], lines: journey.scores.map(phrases.score)),
            Section(title: strings["diff_section_pain_points"], lines: journey.painPoints.map(phrases.painPoint)),
            Section(title: strings["diff_section_opportunities"], lines: journey.opportunities.map(phrases.opportunity)),
            Section(title: strings["diff_section_figures"], lines: journey.figures.map(phrases.figure)),
        ]
        return sections.filter { !$0.lines.isEmpty }
    }
}
