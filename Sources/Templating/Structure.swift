/// How a template's tags nest: each opening tag's closing tag, and each token's innermost
/// enclosing opening tag; mismatches are reported.
struct Structure {
    /// For an opening tag, its closing tag's index; for a closing tag, its opening tag's; otherwise -1.
    private(set) var partner: [Int]
    /// The index of the innermost opening tag around each token, -1 at the top level.
    private(set) var enclosing: [Int]
    private(set) var problems: [(offset: Int, problem: Problem)] = []

    /// `complete` is false when scanning stopped early, so open tags at the end are not reported.
    init(_ tokens: [Token], _ source: SourceText, complete: Bool) {
        partner = Array(repeating: -1, count: tokens.count)
        enclosing = Array(repeating: -1, count: tokens.count)
        var open: [Int] = []
        func name(_ index: Int) -> String { source.string(tokens[index].name) }
        func describe(_ index: Int) -> String {
            let (line, column) = source.position(of: tokens[index].range.lowerBound)
            return "the \(Structure.noun(tokens[index].kind)) '\(name(index))' opened at line \(line), column \(column)"
        }

        for (index, token) in tokens.enumerated() {
            enclosing[index] = open.last ?? -1
            switch token.kind {
            case .section, .inverted, .parent, .block:
                open.append(index)
            case .close:
                let closing = name(index)
                guard let top = open.last else {
                    problems.append((token.range.lowerBound, Problem(
                        "'\(closing)' is closed here but was never opened",
                        hint: "remove this closing tag, or open the section before it with {{#\(closing)}}")))
                    continue
                }
                if name(top) == closing {
                    open.removeLast()
                    pair(top, index)
                } else if let match = open.lastIndex(where: { name($0) == closing }) {
                    problems.append((token.range.lowerBound, Problem(
                        "'\(closing)' is closed here, but \(describe(top)) is still open inside it",
                        hint: "close '\(name(top))' with {{/\(name(top))}} before this tag")))
                    pair(open[match], index)
                    open.removeSubrange(match...)
                } else {
                    problems.append((token.range.lowerBound, Problem(
                        "\(describe(top)) is closed with another name, '\(closing)'",
                        hint: "close it with {{/\(name(top))}}")))
                    open.removeLast()
                    pair(top, index)
                }
            default:
                break
            }
        }
        for index in open where complete {
            problems.append((tokens[index].range.lowerBound, Problem(
                "the \(Structure.noun(tokens[index].kind)) '\(name(index))' is opened here but never closed",
                hint: "add {{/\(name(index))}} where it ends")))
        }
    }

    private mutating func pair(_ opening: Int, _ closing: Int) {
        partner[opening] = closing
        partner[closing] = opening
    }

    static func noun(_ kind: Token.Kind) -> String {
        switch kind {
        case .parent: "parent"
        case .block: "block"
        case .inverted: "inverted section"
        default: "section"
        }
    }
}
