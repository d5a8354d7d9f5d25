import JourneyAnalysis
import JourneyModel

/// A diff as plain text for a terminal: the summary, the site-wide changes, then each changed
/// journey with its changes indented under titles.
public enum DiffText {
    /// The report comparing `base` with `head` (how the sides are named).
    public static func render(_ diff: ExperienceDiff, base: String, head: String) -> String {
        let phrases = DiffPhrases(escape: { $0 })
        let sections = DiffSections(phrases: phrases)
        var lines = ["\(base) → \(head): \(phrases.summary(diff))"]
        let site = sections.site(diff)
        if !site.isEmpty { lines += [""] + site }
        for journey in diff.journeys {
            lines += ["", "\(journey.journey.name) (\(journey.journey.slug))"]
            for section in sections.journey(journey, scale: diff.scale) {
                lines += ["  \(section.title)"] + section.lines.map { "    " + $0 }
            }
        }
        let found = [("New errors", diff.newErrors), ("New warnings", diff.newWarnings)].filter { !$0.1.isEmpty }
        for (title, diagnostics) in found {
            lines += ["", "\(title):"] + diagnostics.map { "  " + $0.description.replacingOccurrences(of: "\n", with: "\n  ") }
        }
        return lines.joined(separator: "\n")
    }
}
