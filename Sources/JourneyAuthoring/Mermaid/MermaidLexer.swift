/// A token of Mermaid's journey grammar, and the units it covers.
struct MermaidToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case journey, title, section, taskName, taskData, colon, newline, invalid, end
        /// `accTitle: …` and `accDescr: …`, to the end of the line.
        case accTitle, accDescr
        /// `accDescr { … }`, closed by `}` or left open to the end of the text.
        case accDescrBlock(closed: Bool)
    }

    var kind: Kind
    /// The units of the token.
    var range: Range<Int>
    /// The units of its text: after the keyword for `title`, `section` and the accessibility
    /// tokens, the whole token otherwise.
    var value: Range<Int>

    init(_ kind: Kind, _ range: Range<Int>, value: Range<Int>? = nil) {
        self.kind = kind
        self.range = range
        self.value = value ?? range
    }
}

/// Mermaid's journey lexer: the rules of `%lex` in journey.jison, tried in their order at each
/// position, the first that matches winning (jison's default), keywords in any case.
///
/// ```
/// \%%(?!\{)[^\n]*  [^\}]\%\%[^\n]*  skipped (comments)    [\n]+  NEWLINE
/// \s+  \#[^\n]*    skipped            "journey"  journey   "title"\s[^#\n;]+  title
/// accTitle\s*":"\s* then [^\n]*      accDescr\s*":"\s* then [^\n]*
/// accDescr\s*"{"\s* then [^\}]* to "}"                      "section"\s[^#:\n;]+  section
/// [^#:\n;]+  taskName                 ":"[^#\n;]+  taskData  ":"  ':'   .  INVALID
/// ```
struct MermaidLexer {
    let units: [MermaidUnit]

    /// The tokens, what the lexer skips left out, and `.end` last.
    func tokens() -> [MermaidToken] {
        var tokens: [MermaidToken] = []
        var index = 0
        while index < units.count {
            let (token, next) = token(at: index)
            if let token { tokens.append(token) }
            index = next
        }
        tokens.append(MermaidToken(.end, units.count..<units.count))
        return tokens
    }

    /// The token at `start`, nil for what is skipped, and where the next one starts.
    private func token(at start: Int) -> (MermaidToken?, Int) {
        let unit = units[start]
        if units.has("%%", at: start), !units.has("{", at: start + 2) { return (nil, lineEnd(from: start)) }
        if unit.scalar != "}", unit.entity == nil, units.has("%%", at: start + 1) { return (nil, lineEnd(from: start + 1)) }
        if unit.scalar == "\n" {
            let end = units[start...].firstIndex { $0.scalar != "\n" } ?? units.count
            return (MermaidToken(.newline, start..<end), end)
        }
        if unit.scalar.isJavaScriptSpace { return (nil, units.skippingSpaces(from: start)) }
        if unit.scalar == "#", unit.entity == nil { return (nil, lineEnd(from: start)) }
        if units.has("journey", at: start, ignoringCase: true) { return token(.journey, start..<start + 7) }
        if let title = keyword("title", at: start, then: "#\n;") { return token(.title, start..<title.upperBound, value: title) }
        if let accessibility = accessibility(at: start) { return (accessibility, accessibility.range.upperBound) }
        if let section = keyword("section", at: start, then: "#:\n;") { return token(.section, start..<section.upperBound, value: section) }
        if unit.scalar == ":" {
            let end = run(from: start + 1, excluding: "#\n;")
            return end > start + 1 ? token(.taskData, start..<end) : token(.colon, start..<start + 1)
        }
        let name = run(from: start, excluding: "#:\n;")
        return name > start ? token(.taskName, start..<name) : token(.invalid, start..<start + 1)
    }

    private func token(_ kind: MermaidToken.Kind, _ range: Range<Int>, value: Range<Int>? = nil) -> (MermaidToken?, Int) {
        (MermaidToken(kind, range, value: value), range.upperBound)
    }

    /// `keyword`, one space (`\s`, a line feed too), then characters but those of `excluded`:
    /// the range of these characters, the keyword's text.
    private func keyword(_ keyword: String, at start: Int, then excluded: String) -> Range<Int>? {
        let space = start + keyword.unicodeScalars.count
        guard units.has(keyword, at: start, ignoringCase: true), space < units.count, units[space].scalar.isJavaScriptSpace,
              units[space].entity == nil else { return nil }
        let end = run(from: space + 1, excluding: excluded)
        return end > space + 1 ? space + 1..<end : nil
    }

    /// `accTitle:`, `accDescr:` and the rest of the line, or `accDescr {` and what it holds up to `}`.
    private func accessibility(at start: Int) -> MermaidToken? {
        let isTitle = units.has("accTitle", at: start, ignoringCase: true)
        guard isTitle || units.has("accDescr", at: start, ignoringCase: true) else { return nil }
        let mark = units.skippingSpaces(from: start + 8)
        let text = units.skippingSpaces(from: mark + 1)
        if units.has(":", at: mark) {
            let end = lineEnd(from: text)
            return MermaidToken(isTitle ? .accTitle : .accDescr, start..<end, value: text..<end)
        }
        guard !isTitle, units.has("{", at: mark) else { return nil }
        guard let close = units[text...].firstIndex(where: { $0.scalar == "}" && $0.entity == nil }) else {
            return MermaidToken(.accDescrBlock(closed: false), start..<units.count, value: text..<units.count)
        }
        return MermaidToken(.accDescrBlock(closed: true), start..<close + 1, value: text..<close)
    }

    /// The index after the characters from `start` that are not in `excluded` (entity codes never are).
    private func run(from start: Int, excluding excluded: String) -> Int {
        units[min(start, units.count)...].firstIndex { $0.entity == nil && excluded.unicodeScalars.contains($0.scalar) } ?? units.count
    }

    /// The index of the line feed that ends the line of `start`, or the end.
    private func lineEnd(from start: Int) -> Int {
        run(from: start, excluding: "\n")
    }
}
