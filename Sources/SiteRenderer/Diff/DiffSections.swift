import JourneyAnalysis
import JourneyModel

/// A diff laid out as the text and Markdown reports show it: groups of lines under a title.
struct DiffSections {
    struct Section {
        var title: String
        var lines: [String]
    }

    let phrases: DiffPhrases

    /// The site-wide changes: personas and journeys added or removed, journeys not compared, survey rows.
    func site(_ diff: ExperienceDiff) -> [String] {
        let lists: [(String, [NamedItem])] = [("Personas added", diff.personasAdded), ("Personas removed", diff.personasRemoved),
                                              ("Journeys added", diff.journeysAdded), ("Journeys removed", diff.journeysRemoved)]
        return lists.filter { !$0.1.isEmpty }.map { "\($0.0): \(phrases.names($0.1))" }
            + diff.notCompared.map { "Not compared, " + phrases.notCompared($0) }
            + (diff.surveyRows.map { [phrases.surveyRows($0)] } ?? [])
    }

    /// The new errors, then the new warnings, those there are: `file:line:col: message (hint: …)`.
    func problems(_ diff: ExperienceDiff) -> [Section] {
        [("New errors", diff.newErrors), ("New warnings", diff.newWarnings)].filter { !$0.1.isEmpty }.map { title, found in
            Section(title: title, lines: found.map { diagnostic in
                "\(phrases.escape(diagnostic.location.description)): \(phrases.escape(diagnostic.message))"
                    + (diagnostic.hint.map { " (hint: \(phrases.escape($0)))" } ?? "")
            })
        }
    }

    /// What changed in one journey, a section a kind of change, empty ones left out.
    func journey(_ journey: JourneyDiff, scale: EmotionScale) -> [Section] {
        let stages = journey.curves.after.map { phrases.escape($0.stage) }.joined(separator: ", ")
        let curve = "Curve: \(TextSparkline.of(journey.curves.before, scale: scale)) → \(TextSparkline.of(journey.curves.after, scale: scale)) (\(stages))"
        let sections = [
            Section(title: "Journey", lines: (journey.title.map { ["Title: \(phrases.escape($0.before)) → \(phrases.escape($0.after))"] } ?? [])
                + [curve] + (journey.surveyAnswers.map { [phrases.answers($0)] } ?? [])),
            Section(title: "Stages", lines: journey.stages.map(phrases.stage)),
            Section(title: "Scores", lines: journey.scores.map(phrases.score)),
            Section(title: "Pain points", lines: journey.painPoints.map(phrases.painPoint)),
            Section(title: "Opportunities", lines: journey.opportunities.map(phrases.opportunity)),
            Section(title: "Key figures", lines: journey.figures.map(phrases.figure)),
        ]
        return sections.filter { !$0.lines.isEmpty }
    }
}
