import Foundation
import JourneyModel

/// Reads the text of a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html).
///
/// It reads `journey`, `title`, `section`, tasks (`Name: score: actor, actor`), `accTitle:`,
/// `accDescr:` and `accDescr { … }`, skips `%%` comments and a leading `---` front matter block,
/// and reports every line it cannot read with its line and column.
public enum MermaidParser {
    /// The diagram and the problems found, sorted by position; the diagram is usable only
    /// when there is no error.
    public static func parse(_ text: String, file: String) -> (MermaidJourney, [Diagnostic]) {
        var reader = LineReader(file: file)
        // CRLF and a lone CR end a line too, as in editors (and in the content loader).
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            reader.read(String(line), number: index + 1)
        }
        reader.finish(lineCount: lines.count)
        return (reader.journey, reader.diagnostics.sorted())
    }
}

/// The parser's state as it goes through the lines.
private struct LineReader {
    enum State {
        /// Before the `journey` line.
        case start
        /// Inside a `---` front matter block opened on `line`.
        case frontMatter(line: Int)
        case body
        /// Inside `accDescr { … }` opened on `line`, with the lines read so far.
        case description(line: Int, lines: [String])
        /// The first line was not `journey`; the rest is not read.
        case notAJourney
    }

    let file: String
    var journey = MermaidJourney()
    var diagnostics: [Diagnostic] = []
    var state = State.start

    mutating func read(_ line: String, number: Int) {
        // A NUL would end up in the notes, which then cannot be read.
        if let nul = line.unicodeScalars.firstIndex(of: "\0") {
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: nul) + 1
            diagnostics.append(.error(at: SourceLocation(file: file, line: number, column: column), "the line holds a NUL character",
                                      hint: "remove it: the file may be binary, or saved as UTF-16"))
            return
        }
        let content = line.trimmingCharacters(in: .whitespaces)
        let column = line.prefix { $0 == " " || $0 == "\t" }.count + 1
        let location = SourceLocation(file: file, line: number, column: column)
        switch state {
        case .notAJourney:
            return
        case .frontMatter:
            if content == "---" { state = .start }
        case .description(let opened, let lines):
            guard let end = content.firstIndex(of: "}") else {
                state = .description(line: opened, lines: lines + [content])
                return
            }
            journey.accessibleDescription = (lines + [String(content[..<end])]).joined(separator: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            state = .body
        case .start:
            if content.isEmpty || content.hasPrefix("%%") { return }
            if content == "---" {
                state = .frontMatter(line: number)
            } else if content == "journey" {
                state = .body
            } else {
                diagnostics.append(.error(at: location, "the diagram is not a user journey: its first line is '\(content)', not 'journey'",
                                          hint: "only Mermaid 'journey' diagrams can be imported"))
                state = .notAJourney
            }
        case .body:
            if content.isEmpty || content.hasPrefix("%%") { return }
            readStatement(content, at: location)
        }
    }

    /// Reports what is left open at the end of the file.
    mutating func finish(lineCount: Int) {
        switch state {
        case .start:
            diagnostics.append(.error(at: SourceLocation(file: file, line: lineCount, column: 1), "the file holds no diagram",
                                      hint: "a user journey starts with a 'journey' line"))
        case .frontMatter(let line):
            diagnostics.append(.error(at: SourceLocation(file: file, line: line, column: 1),
                                      "the front matter opened with '---' is never closed", hint: "end it with a '---' line"))
        case .description(let line, _):
            diagnostics.append(.error(at: SourceLocation(file: file, line: line, column: 1),
                                      "'accDescr {' is never closed", hint: "end the description with '}'"))
        case .body, .notAJourney:
            break
        }
    }

    /// A keyword line or a task.
    private mutating func readStatement(_ content: String, at location: SourceLocation) {
        let word = content.prefix { !$0.isWhitespace && $0 != ":" && $0 != "{" }
        let rest = content.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        switch word {
        case "title" where !rest.hasPrefix(":"):
            guard !rest.isEmpty else { return missing("title", "the journey's title", at: location) }
            if let previous = journey.title {
                diagnostics.append(.warning(at: location, "a second title replaces '\(previous)'", hint: "keep one 'title' line"))
            }
            journey.title = rest
        case "section" where !rest.hasPrefix(":"):
            guard !rest.isEmpty else { return missing("section", "the section's name", at: location) }
            journey.sections.append(MermaidSection(name: rest))
        case "accTitle" where rest.hasPrefix(":"):
            journey.accessibleTitle = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        case "accDescr" where rest.hasPrefix(":"):
            journey.accessibleDescription = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        case "accDescr" where rest.hasPrefix("{"):
            state = .description(line: location.line, lines: [])
            read(String(rest.dropFirst()), number: location.line)
        default:
            readTask(content, at: location)
        }
    }

    /// `Name: score` or `Name: score: actor, actor`.
    private mutating func readTask(_ content: String, at location: SourceLocation) {
        guard let colon = content.firstIndex(of: ":") else {
            diagnostics.append(.error(at: location, "cannot read '\(content)': it is neither a keyword nor a task",
                                      hint: "the keywords are title, section, accTitle and accDescr; "
                                          + "a task is written 'Name: score: actor, actor', with a score from 1 to 5"))
            return
        }
        let name = content[..<colon].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            diagnostics.append(.error(at: location, "the task has no name before ':'", hint: "write 'Name: score: actor, actor'"))
            return
        }
        let data = content[content.index(after: colon)...]
        let scoreField = data.prefix { $0 != ":" }
        let scoreText = scoreField.trimmingCharacters(in: .whitespaces)
        let scoreColumn = location.column + content.distance(from: content.startIndex, to: scoreField.startIndex)
            + scoreField.prefix { $0.isWhitespace }.count
        let scoreLocation = SourceLocation(file: file, line: location.line, column: scoreColumn)
        let hint = "Mermaid scores go from 1 (worst) to 5 (best): write '\(name): 3: Me'"
        guard !scoreText.isEmpty else {
            return diagnostics.append(.error(at: scoreLocation, "the task '\(name)' has no score", hint: hint))
        }
        guard let score = Double(scoreText), score.isFinite else {
            return diagnostics.append(.error(at: scoreLocation, "the score of '\(name)' is '\(scoreText)', not a number", hint: hint))
        }
        guard MermaidScore.range.contains(score) else {
            return diagnostics.append(.error(at: scoreLocation, "the score of '\(name)' is \(scoreText), outside Mermaid's 1…5", hint: hint))
        }
        let actors = data.dropFirst(scoreField.count + 1).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if journey.sections.isEmpty { journey.sections.append(MermaidSection(name: nil)) }
        journey.sections[journey.sections.count - 1].tasks.append(
            MermaidTask(name: name, score: score, actors: actors, location: location))
    }

    private mutating func missing(_ keyword: String, _ what: String, at location: SourceLocation) {
        diagnostics.append(.error(at: location, "'\(keyword)' has nothing after it", hint: "write \(what) after '\(keyword) '"))
    }
}
