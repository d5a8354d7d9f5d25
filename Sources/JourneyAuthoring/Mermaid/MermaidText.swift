import CMark

/// Texts of a diagram as Mermaid shows them.
///
/// Mermaid draws each `<br>`, `<br/>` or `<br />` (in any case) in a section or task name as a
/// line break, and in an actor's name as a space; it decodes an entity code as the browser
/// decodes `&#…;` and `&…;`: `#59;` is `;` (decimal), `#quot;` is `"` (HTML's names).
enum MermaidText {
    /// The text of `units`: entity codes decoded, each `<br>` and line feed made `lineBreak`, runs
    /// of spaces and tabs made one space as a drawing shows them, the white space around each line
    /// trimmed and empty lines left out.
    static func text(_ units: ArraySlice<MermaidUnit>, lineBreak: String) -> String {
        var lines: [String] = []
        var line = ""
        var index = units.startIndex
        while index < units.endIndex {
            if let end = lineBreakEnd(in: units, at: index) {
                lines.append(line)
                line = ""
                index = end
                continue
            }
            let unit = units[index]
            if unit.scalar == "\n" {
                lines.append(line)
                line = ""
            } else if unit.entity == nil, [" ", "\t", "\u{0B}", "\u{0C}"].contains(unit.scalar) {
                if !line.hasSuffix(" ") { line += " " }
            } else {
                line += unit.entity.map(decode) ?? String(unit.scalar)
            }
            index += 1
        }
        return (lines + [line]).map(\.trimmingJavaScriptSpaces).filter { !$0.isEmpty }.joined(separator: lineBreak)
    }

    /// A text that was not lexed (the front matter's title) on one line: each `<br>`, line
    /// break or tab a space.
    static func line(_ text: String) -> String {
        let units = text.unicodeScalars.map { MermaidUnit(scalar: $0, offset: 0) }
        return self.text(units[...], lineBreak: " ")
    }

    /// The units as written in the file, entity codes included: what Mermaid reads as a score.
    static func raw(_ units: ArraySlice<MermaidUnit>) -> String {
        units.map { $0.entity.map { "#\($0);" } ?? String($0.scalar) }.joined().trimmingJavaScriptSpaces
    }

    /// What an entity code stands for: the character of a decimal number (U+FFFD for none),
    /// the text of an HTML name, or `&name;` as a browser shows a name HTML does not have.
    static func decode(_ code: String) -> String {
        guard !code.allSatisfy(\.isASCIIDigit) else {
            let scalar = UInt32(code).flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
            return String(scalar ?? "\u{FFFD}")
        }
        return namedReference(code) ?? "&\(code);"
    }

    /// The text of HTML's named character reference `&name;`, from libcmark, which knows all of
    /// HTML's; nil for a name it does not know.
    private static func namedReference(_ name: String) -> String? {
        let source = "&\(name);"
        guard let document = cmark_parse_document(source, source.utf8.count, CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_node_free(document) }
        // A known name is one text node; an unknown one stays text in pieces, or becomes emphasis.
        guard let node = cmark_node_first_child(cmark_node_first_child(document)), cmark_node_next(node) == nil,
              cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return nil }
        let text = String(cString: literal)
        return text == source ? nil : text
    }

    /// Where the `<br>` at `index` ends (`<br\s*\/?>`, in any case); nil when none starts there.
    static func lineBreakEnd(in units: ArraySlice<MermaidUnit>, at index: Int) -> Int? {
        guard units.has("<br", at: index, ignoringCase: true) else { return nil }
        var end = units.skippingSpaces(from: index + 3)
        if units.has("/", at: end) { end += 1 }
        return units.has(">", at: end) ? end + 1 : nil
    }
}

extension Character {
    /// `0` to `9`.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension StringProtocol {
    /// The text without JavaScript's white space (`\s`) around it, as `trim()` leaves it.
    var trimmingJavaScriptSpaces: String {
        let scalars = unicodeScalars.drop(while: \.isJavaScriptSpace)
        return String(String.UnicodeScalarView(scalars.reversed().drop(while: \.isJavaScriptSpace).reversed()))
    }
}
