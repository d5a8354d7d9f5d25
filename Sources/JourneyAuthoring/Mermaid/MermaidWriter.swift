/// Writes a Mermaid `journey` diagram's text, each name written so that Mermaid (and
/// `MermaidParser`) reads it back as it is.
public enum MermaidWriter {
    /// `journey`, the title, then each section and its tasks, `Name: score: actor, actor`.
    public static func text(of journey: MermaidJourney) -> String {
        var lines = ["journey"]
        if let title = journey.title { lines.append("    title \(escape(title, in: .title))") }
        for section in journey.sections {
            if let name = section.name { lines.append("    section \(escape(name, in: .section))") }
            for task in section.tasks {
                let actors = task.actors.isEmpty ? "" : ": " + task.actors.map { escape($0, in: .actor) }.joined(separator: ", ")
                lines.append("      \(escape(task.name, in: .task)): \(YAMLText.number(task.score))\(actors)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a text goes in a diagram, which decides what Mermaid would read in it as syntax.
    enum Place {
        case title, section, task, actor

        /// Whether a line break is kept, as `<br>`; Mermaid draws none in titles and actors.
        var keepsLineBreaks: Bool { self == .section || self == .task }
    }

    /// `text` as Mermaid reads it back: `#`, `;`, a `<` that starts `<br>`, `:` in names and `,`
    /// in actors written as entity codes (`#59;`); line breaks as `<br>` where Mermaid draws them
    /// and spaces elsewhere; and a task's name that Mermaid would take for a keyword (`Journey
    /// home`, `Title search`) with its first letter as an entity code.
    static func escape(_ text: String, in place: Place) -> String {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escape(line: $0, in: place) }
        let escaped = lines.joined(separator: place.keepsLineBreaks ? "<br>" : " ")
        guard place == .task, readsAsKeyword(escaped), let first = escaped.unicodeScalars.first else { return escaped }
        return "#\(first.value);" + String(escaped.unicodeScalars.dropFirst())
    }

    /// One line of `escape`'s text.
    private static func escape(line: Substring, in place: Place) -> String {
        let units = line.unicodeScalars.map { MermaidUnit(scalar: $0, offset: 0) }
        let reserved = "#;" + (place == .title ? "" : ":") + (place == .actor ? "," : "")
        return units.indices.map { index in
            let scalar = units[index].scalar
            let opensLineBreak = scalar == "<" && MermaidText.lineBreakEnd(in: units[...], at: index) != nil
            // `%%` at the start of a task's name, or after its first character, starts a comment.
            let opensComment = place == .task && index < 2 && units.has("%%", at: index)
            return reserved.unicodeScalars.contains(scalar) || opensLineBreak || opensComment ? "#\(scalar.value);" : String(scalar)
        }.joined()
    }

    /// Whether a task line that starts with `name` would be read by Mermaid's lexer as `journey`,
    /// `title …`, `section …` or `accDescr {` (`:` is always an entity code in a task's name).
    private static func readsAsKeyword(_ name: String) -> Bool {
        let units = name.unicodeScalars.map { MermaidUnit(scalar: $0, offset: 0) }
        let isSpace = { (index: Int) in index < units.count && units[index].scalar.isJavaScriptSpace }
        return units.has("journey", at: 0, ignoringCase: true)
            || (units.has("title", at: 0, ignoringCase: true) && isSpace(5))
            || (units.has("section", at: 0, ignoringCase: true) && isSpace(7))
            || (units.has("accDescr", at: 0, ignoringCase: true) && units.has("{", at: units.skippingSpaces(from: 8)))
    }
}
