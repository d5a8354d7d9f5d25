import Yams

/// Values that YAML cut at a comma inside `{ … }`: in `{ text: Questions (poids, traitements) }`
/// the text ends at the comma and `traitements)` becomes a key without a value. Such a key is
/// written without a `:`, which a key meant to have no value (`{ owner: }`) has. (Only mappings
/// written `{ … }`: in a block mapping a comma is part of the text.)
struct CutValue {
    /// The keys YAML made of the rest of the value, one per comma.
    var rests: [Node]
    /// The entry before it, whose value was cut, if any.
    var cut: (key: Node, value: Node)?
    /// The value as written, from the source: `Questions (poids, traitements)`.
    var written: String?

    /// Every cut value under `root`, in document order; `yaml` is the text it was parsed from.
    static func all(in root: Node, yaml: String) -> [CutValue] {
        var lines: [[Unicode.Scalar]]?
        var found: [CutValue] = []
        func visit(_ node: Node) {
            switch node {
            case .mapping(let mapping):
                var previous: (key: Node, value: Node)?
                var previousIsRest = false
                for (key, value) in mapping {
                    // Where a key written without its ':' ends: the end of a cut value.
                    var restEnd: (line: Int, column: Int)?
                    if value.isNull, case .scalar(let scalar) = key, scalar.style == .plain {
                        let source = lines ?? yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
                        lines = source
                        restEnd = isFlow(node, in: source) ? end(of: key, in: source).flatMap { hasColon(after: $0, in: source) ? nil : $0 } : nil
                    }
                    if let restEnd, let source = lines {
                        let cut = previousIsRest ? found.popLast() : nil
                        var cutValue = cut ?? CutValue(rests: [], cut: previous, written: nil)
                        // One more comma in the same value extends its cut.
                        cutValue.rests.append(key)
                        cutValue.written = cutValue.cut.flatMap { written(from: $0.value, to: restEnd, in: source) }
                        found.append(cutValue)
                    }
                    visit(key)
                    visit(value)
                    previous = (key, value)
                    previousIsRest = restEnd != nil
                }
            case .sequence(let sequence):
                sequence.forEach(visit)
            case .scalar, .alias:
                break
            }
        }
        visit(root)
        return found
    }

    /// Where a single-line plain scalar ends in the source (line and column from 0), when the
    /// source at its mark holds its text.
    private static func end(of node: Node, in lines: [[Unicode.Scalar]]) -> (line: Int, column: Int)? {
        guard let mark = node.mark, let text = node.scalar?.string, mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1], start = mark.column - 1, scalars = Array(text.unicodeScalars)
        guard start >= 0, start + scalars.count <= line.count, Array(line[start..<(start + scalars.count)]) == scalars else { return nil }
        return (mark.line - 1, start + scalars.count)
    }

    /// Whether a mapping is written `{ … }`: the parser does not keep the style, but its mark is at the brace.
    private static func isFlow(_ mapping: Node, in lines: [[Unicode.Scalar]]) -> Bool {
        guard let mark = mapping.mark, mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return false }
        let line = lines[mark.line - 1]
        return mark.column <= line.count && line[mark.column - 1] == "{"
    }

    private static func hasColon(after end: (line: Int, column: Int), in lines: [[Unicode.Scalar]]) -> Bool {
        lines[end.line][end.column...].first { $0 != " " && $0 != "\t" } == ":"
    }

    /// The source from a scalar's start to `end`, on one line.
    private static func written(from node: Node, to end: (line: Int, column: Int), in lines: [[Unicode.Scalar]]) -> String? {
        guard case .scalar = node, let mark = node.mark, mark.line - 1 == end.line, mark.column - 1 < end.column else { return nil }
        return String(String.UnicodeScalarView(lines[end.line][(mark.column - 1)..<end.column]))
    }
}
