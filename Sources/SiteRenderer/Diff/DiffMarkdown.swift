import JourneyAnalysis
import JourneyModel

/// A diff as Markdown for a pull-request comment: the one-line summary first, then the
/// site-wide changes, then a collapsible block per changed journey.
public enum DiffMarkdown {
    public static func render(_ diff: ExperienceDiff, base: String, head: String) -> String {
        let phrases = DiffPhrases(escape: escape)
        let sections = DiffSections(phrases: phrases)
        var lines = ["**Customer experience:** \(phrases.summary(diff))", "", "Compared \(escape(base)) → \(escape(head))."]
        let site = sections.site(diff)
        if !site.isEmpty { lines += [""] + site.map { "- " + $0 } }
        for journey in diff.journeys {
            let overall = journey.figures.first { $0.figure == .overall }.map { ": " + DiffPhrases(escape: HTMLText.escape).figure($0) } ?? ""
            lines += ["", "<details><summary><b>\(HTMLText.escape(journey.journey.name))</b>\(overall)</summary>"]
            for section in sections.journey(journey, scale: diff.scale) {
                lines += ["", "**\(section.title)**", ""] + section.lines.map { "- " + $0 }
            }
            lines += ["", "</details>"]
        }
        for section in sections.problems(diff) {
            lines += ["", "**\(section.title)**", ""] + section.lines.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` shown as it is in Markdown: HTML's special characters as entities, Markdown's
    /// with a backslash (and `@`, so that a name in the content mentions nobody), line breaks as spaces.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "@":
                escaped += "\\" + String(character)
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
