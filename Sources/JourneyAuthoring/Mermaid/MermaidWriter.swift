/// Writes a Mermaid `journey` diagram's text.
public enum MermaidWriter {
    /// `journey`, the title, then each section and its tasks, `Name: score: actor, actor`.
    public static func text(of journey: MermaidJourney) -> String {
        var lines = ["journey"]
        if let title = journey.title { lines.append("    title \(title)") }
        for section in journey.sections {
            if let name = section.name { lines.append("    section \(name)") }
            for task in section.tasks {
                let actors = task.actors.isEmpty ? "" : ": " + task.actors.joined(separator: ", ")
                lines.append("      \(task.name): \(YAMLText.number(task.score))\(actors)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with the characters Mermaid reads as syntax (`reserved`, `#`, `;`, line breaks)
    /// replaced by spaces, and runs of spaces collapsed: what a title, section, task or actor
    /// can hold.
    static func clean(_ text: String, reserving reserved: Set<Character>) -> String {
        let spaced = text.map { reserved.contains($0) || "#;\n\r".contains($0) ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}
