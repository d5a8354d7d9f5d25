import JourneyModel

/// Reads the text of a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html)
/// as Mermaid does: the text prepared as mermaid-js prepares it (`MermaidSource`), cut into
/// tokens by its lexer's rules (`MermaidLexer`), and read by the grammar of journey.jison, its
/// keywords in any case:
///
/// ```
/// start: journey document EOF      document: (NEWLINE | statement)*
/// statement: title | accTitle value | accDescr value | accDescr { … } | section | taskName taskData
/// ```
///
/// Where Mermaid stops with a parse error, this reports an error at the same place, with what
/// to write instead, and goes on at the next line to report the others.
public enum MermaidParser {
    /// The diagram and the problems found, sorted by position; the diagram is usable only
    /// when there is no error.
    public static func parse(_ text: String, file: String) -> (MermaidJourney, [Diagnostic]) {
        let source = MermaidSource(text)
        var reader = MermaidReader(source: source, file: file)
        reader.read(MermaidLexer(units: source.units).tokens())
        return (reader.journey, reader.diagnostics.sorted())
    }
}

/// The grammar's actions on the tokens: what journeyDb.js records, and the diagnostics
/// (the errors and warnings themselves are in MermaidReader+Problems.swift).
struct MermaidReader {
    let source: MermaidSource
    let file: String
    var journey = MermaidJourney()
    var diagnostics: [Diagnostic] = []
    /// Whether the title so far is the front matter's.
    private var titleFromFrontMatter = false

    init(source: MermaidSource, file: String) {
        self.source = source
        self.file = file
    }

    mutating func read(_ tokens: [MermaidToken]) {
        reportNULs()
        guard !source.unclosedFrontMatter else {
            return error(at: 0, "the front matter opened with '---' is never closed", hint: "end it with a '---' line, before 'journey'")
        }
        let start = tokens.firstIndex { $0.kind != .newline } ?? tokens.count - 1
        let first = tokens[start]
        guard first.kind == .journey else { return notAJourney(first) }
        if text(first.range) != "journey" {
            diagnostics.append(.warning(at: location(first), "Mermaid recognizes a user journey only by 'journey' in lower case, not '\(text(first.range))'",
                                        hint: "write 'journey', or Mermaid will not draw the diagram"))
        }
        journey.title = source.frontMatterTitle.map(MermaidText.line)?.nilIfEmpty
        titleFromFrontMatter = journey.title != nil
        var index = start + 1
        while index < tokens.count {
            index = statement(tokens, at: index)
        }
    }

    /// Reads the statement at `index`; returns the index of the next token to read.
    private mutating func statement(_ tokens: [MermaidToken], at index: Int) -> Int {
        let token = tokens[index]
        switch token.kind {
        case .newline, .end:
            break
        case .title:
            setTitle(token)
        case .section:
            let name = MermaidText.text(source.units[token.value], lineBreak: "\n")
            guard !name.isEmpty else { return fail(tokens, at: index, "'section' has nothing after it", hint: "write the section's name after 'section '") }
            journey.sections.append(MermaidSection(name: name))
            warnOfNextLine(token, "section's name")
            warnOfPercents(in: token.value)
            warnOfComment(after: token)
        case .accTitle:
            journey.accessibleTitle = MermaidText.text(source.units[token.value], lineBreak: " ")
            warnOfNextLine(token, "accessible title")
        case .accDescr:
            journey.accessibleDescription = MermaidText.text(source.units[token.value], lineBreak: "\n")
            warnOfNextLine(token, "accessible description")
        case .accDescrBlock(closed: true):
            // An empty `accDescr { }` sets nothing in Mermaid: its lexer makes no value token.
            let description = MermaidText.text(source.units[token.value], lineBreak: "\n")
            if !description.isEmpty { journey.accessibleDescription = description }
        case .accDescrBlock(closed: false):
            diagnostics.append(.error(at: location(token), "'accDescr {' is never closed: Mermaid would take the rest of the file as the description",
                                      hint: "end the description with '}'"))
        case .taskName where tokens[index + 1].kind == .taskData:
            addTask(named: token, data: tokens[index + 1])
            return index + 2
        case .taskName:
            return taskWithoutData(tokens, at: index)
        case .taskData, .colon:
            return taskWithoutName(tokens, at: index)
        case .journey:
            return fail(tokens, at: index, "Mermaid reads '\(text(token.range))' here as its 'journey' keyword, which only starts a diagram",
                        hint: "remove a second 'journey' line; a name that starts with '\(text(token.range))' must write its first letter as an "
                            + "entity code, e.g. '\(escapingFirstLetter(at: token.range.lowerBound))'")
        case .invalid:
            return invalid(tokens, at: index)
        }
        return index + 1
    }

    private mutating func setTitle(_ token: MermaidToken) {
        let title = MermaidText.text(source.units[token.value], lineBreak: " ")
        if let previous = journey.title {
            diagnostics.append(titleFromFrontMatter
                ? .warning(at: location(token), "this title replaces the front matter's title '\(previous)', as in Mermaid",
                           hint: "keep one of them: Mermaid shows the 'title' line's")
                : .warning(at: location(token), "a second title replaces '\(previous)'", hint: "keep one 'title' line"))
        }
        journey.title = title.nilIfEmpty
        titleFromFrontMatter = false
        warnOfNextLine(token, "title")
        warnOfTaskAsTitle(token)
        warnOfComment(after: token)
    }

    /// `Name: score: actor, actor`, as journeyDb's `addTask` splits it: the score before the
    /// second `:`, the actors between it and a third, split at `,`.
    private mutating func addTask(named nameToken: MermaidToken, data: MermaidToken) {
        let name = MermaidText.text(source.units[nameToken.range], lineBreak: "\n")
        let fields = source.units[(data.range.lowerBound + 1)..<data.range.upperBound].split(omittingEmptySubsequences: false) { $0.scalar == ":" }
        let scoreText = MermaidText.raw(fields[0])
        let scoreOffset = fields[0].first { !$0.scalar.isJavaScriptSpace }?.offset ?? source.units[fields[0].endIndex].offset
        let hint = "write '\(name): 3: Me', with a score from 1 (worst) to 5 (best)"
        guard !name.isEmpty else { return diagnostics.append(.error(at: location(nameToken), "the task has no name before ':'", hint: hint)) }
        guard !scoreText.isEmpty else { return diagnostics.append(.error(at: location(scoreOffset), "the task '\(name)' has no score", hint: hint)) }
        guard let score = Double(scoreText), score.isFinite else {
            guard !["title", "section"].contains(name.lowercased()) else {
                return diagnostics.append(.error(at: location(data), "Mermaid writes '\(name)' without ':' after it", hint: "write '\(name) \(scoreText)'"))
            }
            return diagnostics.append(.error(at: location(scoreOffset), "the score of '\(name)' is '\(scoreText)', not a number", hint: hint))
        }
        let actors = fields.count > 1 ? fields[1].split { $0.scalar == "," }.map { MermaidText.text($0, lineBreak: " ") } : []
        if fields.count > 2 {
            let extra = fields[1].endIndex
            diagnostics.append(.warning(at: location(source.units[extra].offset), "Mermaid leaves out '\(text(extra..<data.range.upperBound))' after the actors",
                                        hint: "remove it, or write #58; for a ':' in an actor's name"))
        }
        if journey.sections.isEmpty { journey.sections.append(MermaidSection(name: nil)) }
        journey.sections[journey.sections.count - 1].tasks.append(
            MermaidTask(name: name, score: score, actors: actors.filter { !$0.isEmpty }, location: location(nameToken),
                        scoreLocation: location(scoreOffset)))
        warnOfPercents(in: nameToken.range.lowerBound..<data.range.upperBound)
        warnOfComment(after: data)
    }

    /// The units as written, trimmed: for messages.
    func text(_ range: Range<Int>) -> String {
        MermaidText.raw(source.units[range])
    }

    /// Where `token` starts.
    func location(_ token: MermaidToken) -> SourceLocation {
        location(source.units[token.range.lowerBound].offset)
    }

    /// Where the scalar at `offset` of the file's text is.
    func location(_ offset: Int) -> SourceLocation {
        source.lines.location(of: offset, in: file)
    }

    /// The number of the line `token` starts on (the last line for `.end`).
    func line(of token: MermaidToken) -> Int {
        source.lines.line(of: source.units[min(token.range.lowerBound, source.units.count - 1)].offset)
    }
}
