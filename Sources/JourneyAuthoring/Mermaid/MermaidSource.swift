/// A diagram's text made ready for Mermaid's lexer, in the steps mermaid-js takes before it
/// parses (`preprocessDiagram` in preprocess.ts, then `Diagram.fromText`): line ends made LF,
/// the front matter taken out, `%%{…}%%` directives and `%%` comment lines removed, leading
/// white space dropped, entity codes (`#59;`, `#quot;`) hidden from the lexer, and a line feed
/// added at the end. Each unit left keeps its place in the file, for diagnostics.
struct MermaidSource: Sendable {
    /// The file's lines, to place diagnostics.
    let lines: MermaidLines
    /// What the lexer reads.
    let units: [MermaidUnit]
    /// The front matter's `title`.
    let frontMatterTitle: String?
    /// Whether the text opens a front matter block with `---` and never closes it.
    let unclosedFrontMatter: Bool

    init(_ text: String) {
        let lines = MermaidLines(text)
        let scalars = lines.scalars
        let frontMatter = Self.frontMatter(in: scalars)
        self.lines = lines
        frontMatterTitle = frontMatter.flatMap { MermaidFrontMatter.title(in: String(String.UnicodeScalarView(scalars[$0.yaml]))) }
        unclosedFrontMatter = frontMatter == nil && scalars.starts(with: "---".unicodeScalars)
            && scalars.dropFirst(3).prefix(while: \.isJavaScriptSpace).contains("\n")
        let all = scalars.enumerated().map { MermaidUnit(scalar: $1, offset: $0) }
        let body = Self.withoutComments(Self.withoutDirectives(Array(all[(frontMatter?.end ?? 0)...])))
        units = Self.hidingEntities(Array(body.drop { $0.scalar.isJavaScriptSpace }))
            + [MermaidUnit(scalar: "\n", offset: scalars.count)]
    }

    /// The front matter block at the start of the text, as `frontMatterRegex` finds it
    /// (`^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+`): where its YAML is, and where the block ends.
    static func frontMatter(in text: [Unicode.Scalar]) -> (yaml: Range<Int>, end: Int)? {
        guard text.starts(with: "---".unicodeScalars) else { return nil }
        let newlines = text[3...].prefix(while: \.isJavaScriptSpace).indices.filter { text[$0] == "\n" }
        guard let last = newlines.last else { return nil }
        // `\s*` is greedy: the YAML starts after the last line feed of the opening spaces, unless
        // only an earlier one lets the block close, on that last line feed.
        let closings = (last + 1..<text.count).lazy.compactMap { close in closingEnd(in: text, at: close).map { (close: close, end: $0) } }
        if let closing = closings.first { return (last + 1..<closing.close, closing.end) }
        guard newlines.count > 1, let end = closingEnd(in: text, at: last) else { return nil }
        return (newlines[newlines.count - 2] + 1..<last, end)
    }

    /// Where the block ends when it closes at `close` (`[\n\r]-{3}\s*[\n\r]+`): after the last line
    /// feed of the spaces that follow `---`.
    private static func closingEnd(in text: [Unicode.Scalar], at close: Int) -> Int? {
        guard text[close] == "\n", text[(close + 1)...].starts(with: "---".unicodeScalars) else { return nil }
        return text[(close + 4)...].prefix(while: \.isJavaScriptSpace).lastIndex(of: "\n").map { $0 + 1 }
    }

    /// `units` without the `%%{…}%%` directives Mermaid removes (`directiveRegex`, with its quirks:
    /// a directive runs to `}%%`, or to the end of the text when it is never closed).
    static func withoutDirectives(_ units: [MermaidUnit]) -> [MermaidUnit] {
        var kept: [MermaidUnit] = []
        var index = 0
        while index < units.count {
            if let end = directiveEnd(in: units, at: index) {
                index = end
            } else {
                kept.append(units[index])
                index += 1
            }
        }
        return kept
    }

    /// Where the directive that starts at `start` ends; nil when none starts there.
    private static func directiveEnd(in units: [MermaidUnit], at start: Int) -> Int? {
        guard units.has("%%{", at: start) else { return nil }
        var index = units.skippingSpaces(from: start + 3)
        let word = units.wordEnd(from: index)
        guard word > index else { return nil }
        index = word
        let colon = units.skippingSpaces(from: index)
        if colon < units.count, units[colon].scalar == ":" { index = colon + 1 }
        index = units.skippingSpaces(from: index)
        let argument = units.wordEnd(from: index)
        if argument > index {
            index = argument
        } else {
            // `(?:(?!}%{2}).|\r?\n)*`: anything up to `}%%`; `.` stops at U+2028 and U+2029.
            while index < units.count, !units.has("}%%", at: index), !["\u{2028}", "\u{2029}"].contains(units[index].scalar) {
                index += 1
            }
        }
        index = units.skippingSpaces(from: index)
        return units.has("}%%", at: index) ? index + 3 : index
    }

    /// `units` without the comment lines Mermaid removes (`cleanupComments`,
    /// `^\s*%%(?!{)[^\n]+\n?`): `%%` and at least one character, with the blank lines before.
    static func withoutComments(_ units: [MermaidUnit]) -> [MermaidUnit] {
        var kept: [MermaidUnit] = []
        var index = 0
        while index < units.count {
            let startsLine = index == 0 || units[index - 1].scalar.isJavaScriptLineTerminator
            let text = startsLine ? units.skippingSpaces(from: index) : index
            guard startsLine, units.has("%%", at: text), text + 2 < units.count, !["{", "\n"].contains(units[text + 2].scalar) else {
                // Every line start among these spaces reaches the same `text`: none is a comment.
                let end = max(text, index + 1)
                kept += units[index..<end]
                index = end
                continue
            }
            let lineEnd = units[text...].firstIndex { $0.scalar == "\n" }
            index = lineEnd.map { $0 + 1 } ?? units.count
        }
        return kept
    }

    /// `units` with each entity code, `#` then letters, digits or `_` then `;`, made one unit
    /// the lexer cannot mistake for syntax, as Mermaid's `encodeEntities` does.
    static func hidingEntities(_ units: [MermaidUnit]) -> [MermaidUnit] {
        var result: [MermaidUnit] = []
        var index = 0
        while index < units.count {
            let end = units[index].scalar == "#" ? units.wordEnd(from: index + 1) : index
            if end > index + 1, end < units.count, units[end].scalar == ";" {
                let code = String(String.UnicodeScalarView(units[(index + 1)..<end].map(\.scalar)))
                result.append(MermaidUnit(scalar: MermaidUnit.entityMark, offset: units[index].offset, entity: code))
                index = end + 1
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }
}

/// One character of a diagram as Mermaid's lexer reads it, and its place in the file.
struct MermaidUnit: Sendable, Hashable {
    /// The character; `entityMark` for an entity code.
    var scalar: Unicode.Scalar
    /// Its offset in the file's text, in Unicode scalars, line ends read as LF.
    var offset: Int
    /// An entity code's number or name (`59` for `#59;`, `quot` for `#quot;`).
    var entity: String?

    /// What stands in for an entity code while the text is lexed: no part of Mermaid's syntax.
    static let entityMark: Unicode.Scalar = "\u{FFFC}"
}

extension RandomAccessCollection where Element == MermaidUnit, Index == Int {
    /// Whether the units at `index` are the characters of `text`, entity codes matching nothing.
    func has(_ text: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        var position = index
        for expected in text.unicodeScalars {
            guard position < endIndex, self[position].entity == nil else { return false }
            let scalar = self[position].scalar
            guard scalar == expected || (ignoringCase && scalar.isASCII && Character(scalar).lowercased() == Character(expected).lowercased())
            else { return false }
            position += 1
        }
        return true
    }

    /// The index after the spaces (JavaScript's `\s`) from `index`.
    func skippingSpaces(from index: Int) -> Int {
        self[Swift.min(index, endIndex)...].firstIndex { !$0.scalar.isJavaScriptSpace } ?? endIndex
    }

    /// The index after the ASCII letters, digits and `_` (JavaScript's `\w`) from `index`.
    func wordEnd(from index: Int) -> Int {
        self[Swift.min(index, endIndex)...].firstIndex { !$0.isJavaScriptWordCharacter } ?? endIndex
    }
}

extension MermaidUnit {
    /// JavaScript's `\w`: an ASCII letter, digit or `_`.
    var isJavaScriptWordCharacter: Bool {
        entity == nil && scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}

extension Unicode.Scalar {
    /// JavaScript's `\s`: white space and line terminators.
    var isJavaScriptSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// A line terminator for JavaScript's `^` and `$`: LF, CR, U+2028, U+2029.
    var isJavaScriptLineTerminator: Bool {
        [0x0A, 0x0D, 0x2028, 0x2029].contains(value)
    }
}
