import JourneyModel

/// The errors and warnings of `MermaidReader`: where Mermaid stops with a parse error, an error
/// at the same place with what to write instead; where it reads something other than what the
/// author likely meant, a warning.
extension MermaidReader {
    /// A task name that no `: score` follows: Mermaid's parse error, at the token that follows.
    mutating func taskWithoutData(_ tokens: [MermaidToken], at index: Int) -> Int {
        let token = tokens[index]
        let name = text(token.range)
        let word = name.prefix { !$0.isWhitespace }.lowercased()
        let next = token.range.upperBound
        if source.units[next].scalar == "#" {
            return fail(tokens, at: index, "Mermaid reads '#' as the start of a comment, so the task '\(name)' has no score", offset: source.units[next].offset,
                        hint: "write #35; for a '#' in a name")
        }
        if tokens[index + 1].kind == .invalid { return invalid(tokens, at: index + 1) }
        if tokens[index + 1].kind == .colon {
            return fail(tokens, at: index, "the task '\(name)' has no score after ':'", offset: source.units[next].offset + 1,
                        hint: "write '\(name): 3: Me', with a score from 1 (worst) to 5 (best)")
        }
        if ["title", "section"].contains(name.lowercased()) {
            return fail(tokens, at: index, "'\(name)' has nothing after it", hint: "write the \(word == "title" ? "journey's title" : "section's name") after '\(name) '")
        }
        if word.hasPrefix("acctitle") || word.hasPrefix("accdescr") {
            let keyword = name.prefix(8)
            return fail(tokens, at: index, "cannot read '\(name)': '\(keyword)' needs \(word.hasPrefix("acctitle") ? "':'" : "':' or '{'") after it",
                        hint: "write 'accTitle: …', 'accDescr: …' or 'accDescr { … }'")
        }
        return fail(tokens, at: index, "cannot read '\(name)': it is neither a keyword nor a task",
                    hint: "the keywords are title, section, accTitle and accDescr; a task is written 'Name: score: actor, actor', with a score from 1 to 5")
    }

    /// `: score` with no task name before it: after a section's name, which ends at `:`, or alone.
    mutating func taskWithoutName(_ tokens: [MermaidToken], at index: Int) -> Int {
        let previous = tokens[index - 1]
        guard previous.kind == .section, line(of: previous) == line(of: tokens[index]) else {
            return fail(tokens, at: index, "the task has no name before ':'", hint: "write 'Name: score: actor, actor'")
        }
        return fail(tokens, at: index, "Mermaid ends the section's name at ':' and cannot read the rest of the line",
                    hint: "write #58; for a ':' in a section's name; a task's name that starts with '\(text(previous.range).prefix(7))' "
                        + "must write its first letter as an entity code, e.g. '\(escapingFirstLetter(at: previous.range.lowerBound))'")
    }

    /// `;`, which only Mermaid's accessibility texts and entity codes may hold.
    mutating func invalid(_ tokens: [MermaidToken], at index: Int) -> Int {
        fail(tokens, at: index, "Mermaid does not accept ';' in a journey, but in accTitle and accDescr",
             hint: "write #59; for a ';' in a name, and each task on a line of its own")
    }

    /// The name that starts at `start`, up to `:` or the end of the line, its first letter written
    /// as an entity code: `#74;ourney home`.
    func escapingFirstLetter(at start: Int) -> String {
        let end = source.units[start...].firstIndex { $0.scalar == ":" || $0.scalar == "\n" } ?? source.units.count
        return "#\(source.units[start].scalar.value);" + text(start + 1..<end)
    }

    /// Reports the error at the token at `index` (or at `offset`), and returns the index of the first token of the next line.
    mutating func fail(_ tokens: [MermaidToken], at index: Int, _ message: String, offset: Int? = nil, hint: String) -> Int {
        error(at: offset ?? source.units[tokens[index].range.lowerBound].offset, message, hint: hint)
        let line = line(of: tokens[index])
        return tokens[index...].firstIndex { $0.kind == .end || self.line(of: $0) > line } ?? tokens.count
    }

    /// A warning when a `title`, `section`, `accTitle:` or `accDescr:` line holds only its
    /// keyword: the spaces Mermaid allows after it take the line end, and the next line becomes its text.
    mutating func warnOfNextLine(_ token: MermaidToken, _ what: String) {
        let keyword = token.range.lowerBound..<token.value.lowerBound
        guard source.units[keyword].contains(where: { $0.scalar == "\n" }) else { return }
        diagnostics.append(.warning(at: location(token), "Mermaid takes the next line, '\(text(token.value))', as the \(what)",
                                    hint: "write the \(what) on the '\(text(keyword))' line"))
    }

    /// A warning when a title reads like a task, `Title search: 5: Me`: Mermaid takes any line
    /// that starts with the word 'title' for the title.
    mutating func warnOfTaskAsTitle(_ token: MermaidToken) {
        let fields = text(token.value).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count > 1, Double(fields[1].trimmingJavaScriptSpaces) != nil else { return }
        diagnostics.append(.warning(at: location(token), "Mermaid reads '\(text(token.range))' as the title, not as a task",
                                    hint: "for a task, write the first letter of its name as an entity code, e.g. '\(escapingFirstLetter(at: token.range.lowerBound))'"))
    }

    /// A warning when `%%` inside a line is kept as text: it starts a comment only at the start
    /// of a line.
    mutating func warnOfPercents(in range: Range<Int>) {
        guard let percents = range.first(where: { source.units.has("%%", at: $0) }) else { return }
        let end = source.units[percents...].firstIndex { $0.scalar == "\n" } ?? source.units.count
        diagnostics.append(.warning(at: location(source.units[percents].offset),
                                    "Mermaid keeps '\(text(percents..<min(end, range.upperBound)))' as text: '%%' starts a comment only at the start of a line",
                                    hint: "put the comment on a line of its own"))
    }

    /// A warning when a `#` comment cut the text that `token` ends.
    mutating func warnOfComment(after token: MermaidToken) {
        let next = token.range.upperBound
        guard source.units[next].scalar == "#" else { return }
        let end = source.units[next...].firstIndex { $0.scalar == "\n" } ?? source.units.count
        diagnostics.append(.warning(at: location(source.units[next].offset), "Mermaid reads '\(text(next..<end))' as a comment, left out",
                                    hint: "write #35; for a '#' that belongs to the text"))
    }

    /// The error when the first token is not `journey`: no diagram, or another kind.
    mutating func notAJourney(_ token: MermaidToken) {
        guard token.kind != .end else {
            return diagnostics.append(.error(at: SourceLocation(file: file, line: source.lines.lines.count, column: 1), "the file holds no diagram",
                                             hint: "a user journey starts with a 'journey' line"))
        }
        let offset = source.units[token.range.lowerBound].offset
        let line = source.lines.lines[source.lines.line(of: offset) - 1].trimmingJavaScriptSpaces
        let frontMatter = line == "---" ? "; a front matter block must start on the first line, its '---' lines unindented" : ""
        error(at: offset, "the diagram is not a user journey: its first line is '\(line)', not 'journey'",
              hint: "only Mermaid 'journey' diagrams can be imported" + frontMatter)
    }

    /// An error for each line that holds a NUL, which would end up in the notes.
    mutating func reportNULs() {
        for (index, line) in source.lines.lines.enumerated() {
            guard let nul = line.unicodeScalars.firstIndex(of: "\0") else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: nul) + 1
            diagnostics.append(.error(at: SourceLocation(file: file, line: index + 1, column: column), "the line holds a NUL character",
                                      hint: "remove it: the file may be binary, or saved as UTF-16"))
        }
    }

    /// An error at the scalar at `offset` of the file's text.
    mutating func error(at offset: Int, _ message: String, hint: String) {
        diagnostics.append(.error(at: location(offset), message, hint: hint))
    }
}
