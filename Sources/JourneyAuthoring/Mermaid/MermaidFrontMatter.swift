/// The `title` of a diagram's YAML front matter, the one key of it a journey uses.
///
/// Mermaid reads the block with js-yaml and keeps `title` when it is set; its other keys
/// (`config`, `displayMode`) only style the drawing. This reads the top-level `title` as YAML
/// writes a text: plain, in single or double quotes, or as a `|` or `>` block, over one or more
/// lines.
enum MermaidFrontMatter {
    /// The title, its lines joined by spaces; nil without one, or when it is empty or null.
    static func title(in yaml: String) -> String? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard let key = lines.firstIndex(where: { $0.hasPrefix("title:") }) else { return nil }
        let first = lines[key].dropFirst("title:".count).trimmingSpaces
        // A value goes on over the lines indented below its key.
        let more = lines[(key + 1)...].prefix { $0.isEmpty || $0.first == " " || $0.first == "\t" }.map(\.trimmingSpaces)
        let quoted = ([first] + more).joined(separator: " ").dropFirst()
        switch first.first {
        case "\""?: return doubleQuoted(quoted).nilIfEmpty
        case "'"?: return singleQuoted(quoted).nilIfEmpty
        case "|"?, ">"?: return more.filter { !$0.isEmpty }.joined(separator: " ").nilIfEmpty
        default:
            let plain = ([withoutComment(first)] + more.map(withoutComment)).filter { !$0.isEmpty }.joined(separator: " ")
            // js-yaml reads these as null, false or 0, and Mermaid keeps a title only when it is set.
            return Self.unset.contains(plain) || Double(plain) == 0 ? nil : plain
        }
    }

    /// Plain values that are no title: null, false or empty.
    private static let unset: Set<String> = ["", "~", "null", "Null", "NULL", "false", "False", "FALSE"]

    /// The text of a double-quoted scalar after its opening quote, its escapes read.
    private static func doubleQuoted(_ text: Substring) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next(), character != "\"" {
            guard character == "\\", let escaped = iterator.next() else {
                result.append(character)
                continue
            }
            switch escaped {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\u{FFFD}"
            case "u", "x", "U":
                let digits = String((0..<(escaped == "u" ? 4 : escaped == "x" ? 2 : 8)).compactMap { _ in iterator.next() })
                result += UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } ?? "\u{FFFD}"
            default: result.append(escaped)
            }
        }
        return result
    }

    /// The text of a single-quoted scalar after its opening quote: `''` is a quote.
    private static func singleQuoted(_ text: Substring) -> String {
        var result = ""
        var rest = text
        while let quote = rest.firstIndex(of: "'") {
            result += rest[..<quote]
            rest = rest[rest.index(after: quote)...]
            guard rest.first == "'" else { return result }
            result += "'"
            rest = rest.dropFirst()
        }
        return result + rest
    }

    /// A plain scalar's line without its ` # comment`.
    private static func withoutComment(_ line: String) -> String {
        guard line.first != "#" else { return "" }
        let comment = line.ranges(of: " #").first?.lowerBound ?? line.ranges(of: "\t#").first?.lowerBound
        return comment.map { String(line[..<$0]).trimmingSpaces } ?? line
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension String {
    /// Nil for the empty text.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
