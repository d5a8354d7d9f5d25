/// A piece of a template's source: literal text, or one tag.
struct Token {
    enum Kind: Equatable {
        case text, variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters
    }

    var kind: Kind
    /// The whole token in the source: the text, or the tag with its delimiters.
    let range: Range<Int>
    /// The tag's content after its sigil, without surrounding spaces.
    let name: Range<Int>

    // The whitespace layout, set by `Layout`.

    /// For text, the part that is written out: whitespace rules drop parts of it.
    var kept: Range<Int>
    /// Whether the tag stands alone on its line, which is then dropped from the output.
    var standalone = false
    /// For a standalone tag, the whitespace before it on its line: the indentation of a partial's lines.
    var indentation: Range<Int>?
    /// For a block, the indentation added to each line of what it expands to.
    var blockIndentation: Range<Int>?

    init(_ kind: Kind, range: Range<Int>, name: Range<Int>) {
        self.kind = kind
        self.range = range
        self.name = name
        self.kept = range
    }
}

/// Splits a template's source into text and tags, following set-delimiter tags.
///
/// Text is split after each newline, so that a line's tokens can be told apart for the
/// standalone rules.
enum Scanner {
    static func scan(_ bytes: [UInt8]) -> (tokens: [Token], problems: [(offset: Int, problem: Problem)]) {
        var tokens: [Token] = []
        var problems: [(offset: Int, problem: Problem)] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var textStart = 0, index = 0

        func appendText(_ range: Range<Int>) {
            var start = range.lowerBound
            for offset in range where bytes[offset] == UInt8(ascii: "\n") {
                tokens.append(Token(.text, range: start..<offset + 1, name: start..<start))
                start = offset + 1
            }
            if start < range.upperBound {
                tokens.append(Token(.text, range: start..<range.upperBound, name: start..<start))
            }
        }

        while index < bytes.count {
            guard bytes[index] == open[0], matches(open, bytes, at: index) else {
                index += 1
                continue
            }
            appendText(textStart..<index)
            var inner = index + open.count
            let triple = inner < bytes.count && bytes[inner] == UInt8(ascii: "{")
            let closer = triple ? [UInt8(ascii: "}")] + close : close
            if triple { inner += 1 }
            guard let end = find(closer, bytes, from: inner) else {
                let opener = String(decoding: open, as: UTF8.self) + (triple ? "{" : "")
                let closing = String(decoding: closer, as: UTF8.self)
                problems.append((index, Problem("the tag is opened with '\(opener)' but never closed with '\(closing)'",
                                                hint: "close the tag with '\(closing)'")))
                return (tokens, problems)
            }
            var content = trimmed(inner..<end, bytes)
            var kind = Token.Kind.unescaped
            if !triple {
                kind = content.isEmpty ? .variable : sigil(bytes[content.lowerBound])
                if kind != .variable { content = content.lowerBound + 1..<content.upperBound }
            }
            if kind == .delimiters {
                if let (newOpen, newClose) = delimiters(content, bytes) {
                    (open, close) = (newOpen, newClose)
                } else {
                    problems.append((index, Problem("the set-delimiter tag is malformed",
                                                    hint: "write it like {{=<% %>=}}: two delimiters without spaces or '=', between '=' signs")))
                }
            }
            tokens.append(Token(kind, range: index..<end + closer.count, name: trimmed(content, bytes)))
            index = end + closer.count
            textStart = index
        }
        appendText(textStart..<bytes.count)
        return (tokens, problems)
    }

    private static func sigil(_ byte: UInt8) -> Token.Kind {
        switch byte {
        case UInt8(ascii: "!"): .comment
        case UInt8(ascii: "#"): .section
        case UInt8(ascii: "^"): .inverted
        case UInt8(ascii: "/"): .close
        case UInt8(ascii: ">"): .partial
        case UInt8(ascii: "<"): .parent
        case UInt8(ascii: "$"): .block
        case UInt8(ascii: "&"): .unescaped
        case UInt8(ascii: "="): .delimiters
        default: .variable
        }
    }

    /// The two delimiters of a set-delimiter tag's content (`<% %>=`), if well formed.
    private static func delimiters(_ content: Range<Int>, _ bytes: [UInt8]) -> ([UInt8], [UInt8])? {
        guard let last = content.last, bytes[last] == UInt8(ascii: "=") else { return nil }
        let parts = bytes[content.dropLast()].split(whereSeparator: isSpace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else { return nil }
        return (Array(parts[0]), Array(parts[1]))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func find(_ pattern: [UInt8], _ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if matches(pattern, bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}
