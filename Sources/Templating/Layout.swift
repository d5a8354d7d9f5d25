/// The Mustache whitespace rules, applied to a template's tokens before they are compiled.
///
/// - A non-interpolation tag alone on its line (but for spaces and tabs) is standalone: the
///   whole line is dropped; for a partial, the whitespace before the tag indents each line of it.
/// - A parent whose opening tag starts its line and whose closing tag ends its line is
///   standalone the same way, even when both tags share one line.
/// - A block passed to a parent drops the line end after its opening tag and the whitespace
///   before its closing tag; when its opening tag ends a line, the block has an *intrinsic
///   indentation*, the whitespace starting the next line, which is removed from each of its lines.
/// - A block of a template (not passed to a parent) whose opening tag starts its line and
///   whose closing tag ends its line indents each line of what it expands to: by its intrinsic
///   indentation when its opening tag ends its line, else by the whitespace before that tag.
///
/// Intrinsic indentation is removed outermost block first, so nested blocks are indented
/// relative to the block around them (spec `~inheritance`, "Nested block reindentation").
struct Layout {
    private(set) var tokens: [Token]
    private let bytes: [UInt8]
    private let structure: Structure
    /// Each token's line, counting lines by their tokens: a line ends with a text token ending in a newline.
    private var lineOf: [Int] = []
    private var lines: [Range<Int>] = []

    init(_ tokens: [Token], _ bytes: [UInt8], _ structure: Structure) {
        self.tokens = tokens
        self.bytes = bytes
        self.structure = structure
        var start = 0
        for (index, token) in tokens.enumerated() {
            lineOf.append(lines.count)
            if token.kind == .text, bytes[token.range.upperBound - 1] == UInt8(ascii: "\n") {
                lines.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < tokens.count { lines.append(start..<tokens.count) }
        markStandaloneLines()
        markStandaloneParents()
        indentBlocks()
    }

    private mutating func markStandaloneLines() {
        for line in lines {
            let tags = line.filter { tokens[$0].kind != .text }
            guard tags.count == 1, let tag = tags.first, tokens[tag].kind != .variable, tokens[tag].kind != .unescaped,
                  line.allSatisfy({ tokens[$0].kind != .text || isBlank($0) }) else { continue }
            makeStandalone(tag, through: tag)
        }
    }

    private mutating func markStandaloneParents() {
        for index in tokens.indices where tokens[index].kind == .parent {
            let close = structure.partner[index]
            if clearBefore(index), clearAfter(close) {
                makeStandalone(index, through: close)
            }
        }
    }

    /// Drops the whitespace before `opening` on its line, and after `closing` through its line end.
    private mutating func makeStandalone(_ opening: Int, through closing: Int) {
        let first = lines[lineOf[opening]].lowerBound
        tokens[opening].standalone = true
        tokens[opening].indentation = first < opening ? tokens[first].kept : tokens[opening].range.lowerBound..<tokens[opening].range.lowerBound
        for index in first..<opening { drop(index) }
        for index in closing + 1..<lines[lineOf[closing]].upperBound { drop(index) }
    }

    private mutating func indentBlocks() {
        for index in tokens.indices where tokens[index].kind == .block {
            let close = structure.partner[index]
            let enclosing = structure.enclosing[index]
            let isArgument = enclosing >= 0 && tokens[enclosing].kind == .parent
            let endsLine = clearAfter(index)
            if isArgument {
                if endsLine {
                    for next in index + 1..<lines[lineOf[index]].upperBound { drop(next) }
                }
                if clearBefore(close) {
                    for previous in lines[lineOf[close]].lowerBound..<close { drop(previous) }
                }
                if endsLine { removeIntrinsicIndentation(of: index) }
            } else if clearBefore(index), clearAfter(close) {
                if endsLine {
                    tokens[index].blockIndentation = removeIntrinsicIndentation(of: index)
                } else {
                    let first = lines[lineOf[index]].lowerBound
                    tokens[index].blockIndentation = tokens[index].indentation ?? (first < index ? tokens[first].kept : nil)
                }
            }
        }
    }

    /// Removes the block's intrinsic indentation from the start of each of its lines, and returns it.
    @discardableResult
    private mutating func removeIntrinsicIndentation(of block: Int) -> Range<Int>? {
        let close = structure.partner[block]
        let nextLine = lineOf[block] + 1
        guard nextLine < lines.count else { return nil }
        let intrinsic = leadingWhitespace(ofLine: nextLine)
        guard !intrinsic.isEmpty else { return intrinsic }
        let prefix = bytes[intrinsic]
        for index in block + 1..<close {
            let token = tokens[index]
            if token.kind == .text, !token.kept.isEmpty, startsLine(token),
               bytes[token.kept].starts(with: prefix) {
                tokens[index].kept = token.kept.lowerBound + prefix.count..<token.kept.upperBound
            } else if let indentation = token.indentation, bytes[indentation].starts(with: prefix) {
                tokens[index].indentation = indentation.lowerBound + prefix.count..<indentation.upperBound
            }
        }
        return intrinsic
    }

    /// The whitespace starting a line as it now stands: its first text, or the indentation of the standalone tag on it.
    private func leadingWhitespace(ofLine line: Int) -> Range<Int> {
        for index in lines[line] {
            let token = tokens[index]
            if token.kind != .text { return token.indentation ?? token.range.lowerBound..<token.range.lowerBound }
            if !token.kept.isEmpty {
                var end = token.kept.lowerBound
                while end < token.kept.upperBound, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
                return token.kept.lowerBound..<end
            }
        }
        return 0..<0
    }

    private func startsLine(_ token: Token) -> Bool {
        token.range.lowerBound == 0 || bytes[token.range.lowerBound - 1] == UInt8(ascii: "\n")
    }

    /// Whether only blank text precedes the token on its line.
    private func clearBefore(_ index: Int) -> Bool {
        lines[lineOf[index]].prefix(while: { $0 < index }).allSatisfy { tokens[$0].kind == .text && isBlank($0) }
    }

    /// Whether only blank text, and the line end, follow the token on its line.
    private func clearAfter(_ index: Int) -> Bool {
        (index + 1..<lines[lineOf[index]].upperBound).allSatisfy { tokens[$0].kind == .text && isBlank($0) }
    }

    /// Whether a text token is only spaces and tabs, with maybe a line end.
    private func isBlank(_ index: Int) -> Bool {
        var slice = bytes[tokens[index].range]
        if slice.last == UInt8(ascii: "\n") { slice = slice.dropLast() }
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        return slice.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    private mutating func drop(_ index: Int) {
        if tokens[index].kind == .text {
            tokens[index].kept = tokens[index].range.upperBound..<tokens[index].range.upperBound
        }
    }
}
