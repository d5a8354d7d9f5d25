/// Turns a template's laid-out tokens into compiled nodes, putting their text in the arena.
struct Builder {
    let tokens: [Token]
    let bytes: [UInt8]
    let partner: [Int]
    /// Per token: the parsed name of a variable or section.
    let expressions: [Expression?]
    /// Per token: the library index of a partial or parent, nil when dynamic or missing.
    let targets: [Int?]
    /// Per token: the path naming a dynamic partial or parent.
    let dynamicNames: [Path?]
    /// The library's text, which this template's text is appended to.
    var arena: [UInt8]
    /// Per token: whether it starts a line of output, so takes a `.lineStart` before it.
    private let startsLine: [Bool]

    init(tokens: [Token], bytes: [UInt8], partner: [Int], expressions: [Expression?], targets: [Int?],
         dynamicNames: [Path?], arena: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
        self.partner = partner
        self.expressions = expressions
        self.targets = targets
        self.dynamicNames = dynamicNames
        self.arena = arena
        startsLine = Builder.lineStarts(tokens, bytes)
    }

    /// Which tokens start a line once whitespace rules are applied: those after a line end
    /// (or at the start), but for standalone tags, whose expansions indent themselves.
    private static func lineStarts(_ tokens: [Token], _ bytes: [UInt8]) -> [Bool] {
        var pending = true
        return tokens.map { token in
            if token.kind == .text {
                if token.kept.isEmpty {
                    if bytes[token.range.upperBound - 1] == UInt8(ascii: "\n") { pending = true }
                    return false
                }
                defer { pending = bytes[token.kept.upperBound - 1] == UInt8(ascii: "\n") }
                return pending
            }
            let starts = pending && !token.standalone
            switch token.kind {
            case .variable, .unescaped, .section, .inverted, .partial, .parent, .block:
                if !token.standalone { pending = false }
            default:
                break
            }
            return starts
        }
    }

    /// The nodes of the tokens in `range`; literal text between tags becomes one node. The
    /// content of a block takes no `.lineStart` first: where it is expanded decides that.
    mutating func nodes(_ range: Range<Int>, isBlock: Bool = false) -> [Node] {
        var nodes: [Node] = []
        var text = TextRange(start: Int32(arena.count), count: 0, hasNewline: false)
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .text {
                // A line starting inside a run of text is indented where the run is written.
                if startsLine[index] && text.count == 0 && !(isBlock && nodes.isEmpty) { nodes.append(.lineStart) }
                arena += bytes[token.kept]
                text.count += Int32(token.kept.count)
                text.hasNewline = text.hasNewline || bytes[token.kept].last == UInt8(ascii: "\n")
                index += 1
                continue
            }
            if text.count > 0 { nodes.append(.text(text)) }
            if startsLine[index] && !(isBlock && nodes.isEmpty) { nodes.append(.lineStart) }
            if let node = node(at: index) { nodes.append(node) }
            text = TextRange(start: Int32(arena.count), count: 0, hasNewline: false)
            index = max(index, partner[index]) + 1
        }
        if text.count > 0 { nodes.append(.text(text)) }
        return nodes
    }

    private mutating func node(at index: Int) -> Node? {
        let token = tokens[index]
        let content = index + 1..<max(index + 1, partner[index])
        switch token.kind {
        case .variable, .unescaped:
            return expressions[index].map { .variable($0, escaped: token.kind == .variable) }
        case .section:
            return expressions[index].map { .section($0, nodes(content)) }
        case .inverted:
            return expressions[index].map { .inverted($0, nodes(content)) }
        case .partial:
            if let path = dynamicNames[index] { return .dynamicPartial(path, indentation(token)) }
            return targets[index].map { .partial($0, indentation(token)) }
        case .parent:
            if let path = dynamicNames[index] { return .dynamicParent(path, overrides(content), indentation(token)) }
            return targets[index].map { .parent($0, overrides(content), indentation(token)) }
        case .block:
            let indentation = BlockIndentation(bytes: token.blockIndentation.map { Array(bytes[$0]) } ?? [],
                                               firstLine: token.standalone)
            return .block(String(decoding: bytes[token.name], as: UTF8.self), nodes(content, isBlock: true), indentation)
        case .text, .close, .comment, .delimiters:
            return nil
        }
    }

    private func indentation(_ token: Token) -> Indentation {
        guard token.standalone, let range = token.indentation else { return .inline }
        return .standalone(Array(bytes[range]))
    }

    /// The blocks directly inside a parent tag; anything else there is ignored.
    private mutating func overrides(_ range: Range<Int>) -> Overrides {
        var overrides = Overrides()
        var index = range.lowerBound
        while index < range.upperBound {
            let name = String(decoding: bytes[tokens[index].name], as: UTF8.self)
            if tokens[index].kind == .block, !overrides.names.contains(name) {
                overrides.names.append(name)
                overrides.contents.append(nodes(index + 1..<partner[index], isBlock: true))
            }
            index = max(index, partner[index]) + 1
        }
        return overrides
    }
}
