import Foundation

/// Checks front matter for what journeymap refuses before the YAML parser reads it: anchors
/// and aliases, and values nested too deeply.
///
/// Anchors (`&name`) and aliases (`*name`) let a few lines stand for billions of values (the
/// "billion laughs"), and the YAML parser already compares such values in full when they are
/// used as keys, so they must be caught in the text. The guard follows the YAML scanner's
/// rules for where a token starts, so an `&` or `*` inside a quoted, block or multi-line plain
/// scalar is left alone. `NoteFile` checks the parsed tree once more in case it missed one.
struct YAMLGuard {
    /// What the guard refuses, and where (counted from 1 in the YAML text).
    struct Finding: Equatable {
        enum Problem: Equatable {
            case anchor, alias, tooDeep
            /// A number with a decimal comma inside `[ … ]` or `{ … }`, which YAML reads as two
            /// values: `1,5`.
            case decimalComma(String)
        }

        var problem: Problem
        var line: Int
        var column: Int
    }

    /// Content notes nest three or four levels; anything deeper than this is refused.
    static let maximumDepth = 64

    /// The first refused construct of `yaml`, or nil when there is none.
    static func check(_ yaml: String) -> Finding? {
        var scanner = YAMLGuard(bytes: Array(yaml.utf8))
        return scanner.run()
    }

    /// What a line break leaves open.
    private enum Open: Equatable {
        case singleQuoted, doubleQuoted
        /// A block scalar (`|` or `>`) under the collection at column `parent`; `indent` is set
        /// by its first non-blank line unless the header gives it.
        case blockScalar(parent: Int, indent: Int?)
        /// A plain scalar that may go on on lines indented more than `parent`.
        case plain(parent: Int)
    }

    private let bytes: [UInt8]
    /// Where the line being read starts. The YAML scanner ends lines at U+0085, U+2028 and
    /// U+2029 too, where editors do not: positions in messages count from `fileLineStart`.
    private var lineStart = 0
    private var fileLineStart = 0
    /// Where columns count from on this line: a byte-order mark there takes one column, as it
    /// does for the YAML scanner, and none at the start of the text, where the reader drops it.
    private var columnStart = 0
    private var line = 1
    private var flowDepth = 0
    /// The columns of the open block collections, innermost last.
    private var blockIndents: [Int] = []
    private var open: Open?

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func run() -> Finding? {
        var breaks = LineBreaks(bytes: bytes)
        while lineStart <= bytes.count {
            let (end, next) = breaks.next(after: lineStart)
            if let finding = scanLine(upTo: end) { return finding }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\n") {
                line += 1
                fileLineStart = next
            }
            lineStart = next
        }
        return nil
    }

    private mutating func scanLine(upTo end: Int) -> Finding? {
        // A byte-order mark at the start of a line is skipped like a space, as the YAML scanner does.
        let bom = bytes[lineStart..<end].starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        columnStart = lineStart + (bom == 0 ? 0 : lineStart == 0 ? 3 : 2)
        let first = bytes[(lineStart + bom)..<end].firstIndex { !Self.isBlank($0) } ?? end
        let indent = first - columnStart
        var position = first
        if isDocumentMarker(upTo: end) {
            // `---` or `...` at the start of a line ends whatever was open and starts afresh.
            open = nil
            flowDepth = 0
            blockIndents = []
            return scanTokens(from: lineStart + 3, upTo: end)
        }
        switch open {
        case nil:
            break
        case .singleQuoted, .doubleQuoted:
            position = skipQuoted(from: lineStart, upTo: end)
            if open != nil { return nil }
        case .blockScalar(let parent, let contentIndent):
            if first == end { return nil }
            if let contentIndent, indent >= contentIndent { return nil }
            if contentIndent == nil, indent > parent {
                open = .blockScalar(parent: parent, indent: indent)
                return nil
            }
            open = nil
        case .plain(let parent):
            if first == end { return nil }
            open = nil
            if bytes[first] != UInt8(ascii: "#") && (flowDepth > 0 || indent > parent) {
                position = skipPlain(from: first, upTo: end, parent: parent)
            }
        }
        if flowDepth == 0, position == first, first < end {
            while let last = blockIndents.last, last > indent { blockIndents.removeLast() }
        }
        return scanTokens(from: position, upTo: end)
    }

    /// Whether the line starts with `---` or `...` followed by a space or its end.
    private func isDocumentMarker(upTo end: Int) -> Bool {
        guard end - lineStart >= 3, bytes[lineStart] == UInt8(ascii: "-") || bytes[lineStart] == UInt8(ascii: ".") else { return false }
        return bytes[lineStart + 1] == bytes[lineStart] && bytes[lineStart + 2] == bytes[lineStart]
            && (end - lineStart == 3 || Self.isBlank(bytes[lineStart + 3]))
    }

    /// Reads the tokens of a line from `start`; stops at an anchor, an alias, a nesting too
    /// deep, a comment, or a scalar that goes on on the next line.
    private mutating func scanTokens(from start: Int, upTo end: Int) -> Finding? {
        var position = start
        // Where the node being read starts: at its tag when it has one (`!!str key: value`).
        var nodeColumn: Int?
        while true {
            while position < end, Self.isBlank(bytes[position]) { position += 1 }
            guard position < end else { return nil }
            let byte = bytes[position]
            let next = position + 1 < end ? bytes[position + 1] : nil
            let indicatorFollows = next.map(Self.isBlank) ?? true
            let column = position - columnStart
            defer { if byte != UInt8(ascii: "!") { nodeColumn = nil } }
            switch byte {
            case UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: "-") where indicatorFollows, UInt8(ascii: "?") where indicatorFollows || flowDepth > 0:
                if flowDepth == 0, let finding = openBlock(at: column) { return finding }
                position += 1
            case UInt8(ascii: ":") where indicatorFollows || flowDepth > 0, UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if blockIndents.count + flowDepth > Self.maximumDepth { return finding(.tooDeep, at: position) }
                position += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                position += 1
            case UInt8(ascii: "&") where next.map(Self.isAnchorCharacter) == true:
                return finding(.anchor, at: position)
            case UInt8(ascii: "*") where next.map(Self.isAnchorCharacter) == true:
                return finding(.alias, at: position)
            case UInt8(ascii: "!"):
                nodeColumn = nodeColumn ?? column
                while position < end, !Self.isBlank(bytes[position]) { position += 1 }
            case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
                let parent = blockIndents.last ?? -1
                let digit = bytes[(position + 1)..<end].prefix { !Self.isBlank($0) }
                    .first { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
                open = .blockScalar(parent: parent, indent: digit.map { max(parent, 0) + Int($0 - UInt8(ascii: "0")) })
                return nil
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                open = byte == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
                position = skipQuoted(from: position + 1, upTo: end)
                if open != nil { return nil }
                if let finding = noteKey(startingAt: nodeColumn ?? column, endingAt: position, upTo: end) { return finding }
            default:
                let scalarStart = position
                position = skipPlain(from: position, upTo: end, parent: blockIndents.last ?? -1)
                if open != nil { return nil }
                if let finding = decimalComma(from: scalarStart, endingAt: position, upTo: end) { return finding }
                if let finding = noteKey(startingAt: nodeColumn ?? column, endingAt: position, upTo: end) { return finding }
            }
        }
    }

    /// Skips a plain scalar; when it runs to the end of the line, it stays open.
    private mutating func skipPlain(from start: Int, upTo end: Int, parent: Int) -> Int {
        var position = start
        // Outside brackets only `: ` and ` #` end it: jump from one ':' or '#' to the next.
        var colon = find(UInt8(ascii: ":"), from: start, upTo: end), hash = find(UInt8(ascii: "#"), from: start, upTo: end)
        while flowDepth == 0, let stop = [colon, hash].compactMap({ $0 }).min() {
            if bytes[stop] == UInt8(ascii: ":") {
                if stop + 1 == end || Self.isBlank(bytes[stop + 1]) { return stop }
                colon = find(UInt8(ascii: ":"), from: stop + 1, upTo: end)
            } else {
                if stop > start && Self.isBlank(bytes[stop - 1]) { return stop - 1 }
                hash = find(UInt8(ascii: "#"), from: stop + 1, upTo: end)
            }
        }
        while flowDepth > 0, position < end {
            let byte = bytes[position]
            let next = position + 1 < end ? bytes[position + 1] : nil
            if byte == UInt8(ascii: ":"), next.map(Self.isBlank) ?? true { return position }
            if Self.isFlowIndicator(byte) { return position }
            if Self.isBlank(byte), next == UInt8(ascii: "#") { return position }
            position += 1
        }
        open = .plain(parent: parent)
        return end
    }

    private func find(_ byte: UInt8, from start: Int, upTo end: Int) -> Int? {
        Self.find(byte, in: bytes, from: start, upTo: end)
    }

    /// The index of the first `byte` in `start..<end` (with `memchr`, fast on long lines).
    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int, upTo end: Int) -> Int? {
        guard start < end else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            return memchr(base + start, Int32(byte), end - start).map { base.distance(to: $0) }
        }
    }

    /// The line breaks of the YAML scanner: LF, and U+0085, U+2028 and U+2029 (their UTF-8 starts
    /// with C2 or E2). The next of each lead byte is remembered, so a long line full of curly
    /// quotes (E2 80 9C) is still read once.
    private struct LineBreaks {
        let bytes: [UInt8]
        private var next: [UInt8: Int] = [:]

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// The end of the line that starts at `start`, and the start of the line after it
        /// (past the end when there is none).
        mutating func next(after start: Int) -> (end: Int, next: Int) {
            while true {
                for lead: UInt8 in [0x0A, 0xC2, 0xE2] where next[lead].map({ $0 < start }) ?? true {
                    next[lead] = YAMLGuard.find(lead, in: bytes, from: start, upTo: bytes.count) ?? bytes.count
                }
                let candidate = next.values.min() ?? bytes.count
                guard candidate < bytes.count else { return (bytes.count, bytes.count + 1) }
                let rest = bytes[(candidate + 1)...]
                switch bytes[candidate] {
                case 0x0A: return (candidate, candidate + 1)
                case 0xC2 where rest.first == 0x85: return (candidate, candidate + 2)
                case 0xE2 where rest.starts(with: [0x80, 0xA8]) || rest.starts(with: [0x80, 0xA9]): return (candidate, candidate + 3)
                default: next[bytes[candidate]] = YAMLGuard.find(bytes[candidate], in: bytes, from: candidate + 1, upTo: bytes.count) ?? bytes.count
                }
            }
        }
    }

    /// Skips the rest of a quoted scalar; it stays open when the line ends first.
    private mutating func skipQuoted(from start: Int, upTo end: Int) -> Int {
        let quote = open == .singleQuoted ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        var position = start
        while position < end {
            let byte = bytes[position]
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if byte == quote {
                if quote == UInt8(ascii: "'"), position + 1 < end, bytes[position + 1] == quote {
                    position += 2
                    continue
                }
                open = nil
                return position + 1
            }
            position += 1
        }
        return end
    }

    /// A whole number that a comma and a digit follow inside brackets: YAML splits `1,5` into
    /// 1 and 5, where the author meant one and a half.
    private func decimalComma(from start: Int, endingAt position: Int, upTo end: Int) -> Finding? {
        guard flowDepth > 0, position + 1 < end, bytes[position] == UInt8(ascii: ","), Self.isDigit(bytes[position + 1]) else { return nil }
        var digits = bytes[start..<position]
        if digits.first == UInt8(ascii: "-") || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy(Self.isDigit) else { return nil }
        let fraction = bytes[(position + 1)..<end].prefix(while: Self.isDigit)
        let text = String(decoding: bytes[start..<(position + 1)] + fraction, as: UTF8.self)
        return finding(.decimalComma(text), at: start)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// A scalar followed by `: ` in block context is a key: its column opens a mapping.
    private mutating func noteKey(startingAt column: Int, endingAt position: Int, upTo end: Int) -> Finding? {
        guard flowDepth == 0 else { return nil }
        let rest = bytes[position..<end].drop { $0 == UInt8(ascii: " ") }
        guard rest.first == UInt8(ascii: ":"), rest.dropFirst().first.map(Self.isBlank) ?? true else { return nil }
        return openBlock(at: column)
    }

    /// A block collection starts at `column` (a key or a `-` entry).
    private mutating func openBlock(at column: Int) -> Finding? {
        while let last = blockIndents.last, last > column { blockIndents.removeLast() }
        if blockIndents.last != column { blockIndents.append(column) }
        return blockIndents.count + flowDepth > Self.maximumDepth ? finding(.tooDeep, at: columnStart + column) : nil
    }

    private func finding(_ problem: Finding.Problem, at position: Int) -> Finding {
        let column = bytes[fileLineStart..<position].filter { $0 & 0xC0 != 0x80 }.count + 1
        return Finding(problem: problem, line: line, column: column)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// The characters of an anchor's name, as the YAML scanner reads them.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
