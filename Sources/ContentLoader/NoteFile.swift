import JourneyModel
import Yams

/// One content file being read: its path, where its YAML starts, and the problems found so far.
///
/// A reference type so that the small readers handed out for nested mappings all add to the
/// same list; each file is read by one thread only.
final class NoteFile {
    let path: String
    private let yamlFirstLine: Int
    /// The `ContentHash` of the bytes the file was read from; nil when it could not be read.
    let contentHash: UInt64?
    private(set) var diagnostics: [Diagnostic] = []
    /// The language the file is written in (`en`, `fr`), for reading numbers: `3,6` is 3.6 in French.
    var language = "en"

    init(path: String, yamlFirstLine: Int = 1, contentHash: UInt64? = nil) {
        self.path = path
        self.yamlFirstLine = yamlFirstLine
        self.contentHash = contentHash
    }

    /// Where each line of the YAML starts, as the YAML parser counts lines: it also ends them at
    /// U+0085, U+2028 and U+2029, which editors show inside a line. Empty when the YAML has none.
    private var parserLines: [(line: Int, column: Int)] = []

    /// The file position of a YAML mark.
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: yamlFirstLine, column: 1) }
        guard let last = parserLines.last else { return location(line: mark.line, column: mark.column) }
        guard mark.line <= parserLines.count else { return location(line: last.line + mark.line - parserLines.count, column: mark.column) }
        let start = parserLines[mark.line - 1]
        return location(line: start.line, column: start.column + mark.column - 1)
    }

    /// The start of each line of `yaml` as the YAML parser counts them, or none when it counts
    /// them as editors do.
    private static func parserLines(in yaml: String) -> [(line: Int, column: Int)] {
        guard yaml.containsByte(0xC2) || yaml.containsByte(0xE2) else { return [] }
        var starts = [(line: 1, column: 1)]
        var line = 1, column = 1, separators = 0
        for scalar in yaml.unicodeScalars {
            column += 1
            switch scalar {
            case "\n":
                line += 1
                column = 1
                starts.append((line, column))
            case "\u{85}", "\u{2028}", "\u{2029}":
                separators += 1
                starts.append((line, column))
            default:
                break
            }
        }
        return separators == 0 ? [] : starts
    }

    /// The file position of a line and column of the YAML text.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line + yamlFirstLine - 1, column: column)
    }

    /// The position of the start of the file.
    var start: SourceLocation { SourceLocation(file: path) }

    func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }

    func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location, message, hint: hint))
    }

    func add(_ diagnostic: Diagnostic?) {
        if let diagnostic { diagnostics.append(diagnostic) }
    }

    /// Parses the YAML of this file into a mapping reader; problems are noted, nil when unusable.
    ///
    /// Anchors, aliases and values nested too deeply are refused before the YAML parser runs
    /// (see `YAMLGuard`), and the parsed tree is checked for anchors once more.
    func parseMapping(_ yaml: String) -> FieldReader? {
        parserLines = Self.parserLines(in: yaml)
        if let finding = YAMLGuard.check(yaml) {
            noteRefused(finding.problem, at: location(line: finding.line, column: finding.column))
            return nil
        }
        let node: Node?
        do {
            // No tag resolution: the default resolver's regular expressions are shared by all
            // threads, which is not safe on Linux, and notes only need the text of a value.
            // The parser owns the anchors, which nodes hold weakly: keep it until the tree is checked.
            let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            node = try parser.singleRoot()
            if let anchored = withExtendedLifetime(parser, { node?.firstAnchored }) {
                noteRefused(.anchor, at: location(anchored.mark))
                return nil
            }
            if let node { noteCutValues(CutValue.all(in: node, yaml: yaml)) }
        } catch let error as YamlError {
            noteYAMLError(error, yaml: yaml)
            return nil
        } catch {
            self.error(at: start, "cannot read the YAML front matter: \(error)", hint: "check that the file is a text note")
            return nil
        }
        guard let node else {
            return FieldReader(mapping: Node.Mapping([]), mark: nil, file: self)
        }
        guard let mapping = node.mapping else {
            self.error(at: location(node.mark), "the front matter must be a mapping of keys to values, not \(node.kindDescription)",
                       hint: "write one 'key: value' pair per line")
            return nil
        }
        return FieldReader(mapping: mapping, mark: node.mark, file: self)
    }

    /// The keys YAML made of the rest of values cut at a comma, which are reported once, as the
    /// cut, and not again as unknown keys.
    private(set) var cutValueKeys: Set<SourceLocation> = []

    private func noteCutValues(_ cuts: [CutValue]) {
        for cut in cuts {
            cutValueKeys.formUnion(cut.rests.map { location($0.mark) })
            let rest = cut.rests.map { $0.scalar?.string ?? "" }
            guard let (key, value) = cut.cut, let name = key.string, let written = cut.written else {
                error(at: location(cut.rests[0].mark), "'\(rest[0])' has no value",
                      hint: "write '\(rest[0]): …', or quote a text that holds a comma")
                continue
            }
            if value.scalar.map({ Int($0.string) != nil }) == true, rest.count == 1, rest[0].allSatisfy(\.isNumber) {
                error(at: location(value.mark), "'\(name)' is '\(written)', which YAML reads as two values",
                      hint: "write '\(name): \(value.scalar!.string).\(rest[0])' with a decimal point")
                continue
            }
            let quoted = written.contains("\"") ? "'\(written.replacingOccurrences(of: "'", with: "''"))'" : "\"\(written)\""
            error(at: location(value.mark),
                  "'\(name)' is cut at \(rest.count == 1 ? "its comma" : "its commas"): inside { … } a comma ends a value, "
                      + "and \(rest.map { "'\($0)'" }.joined(separator: ", ")) became \(rest.count == 1 ? "a key" : "keys") without a value",
                  hint: "quote the text: \(name): \(quoted)")
        }
    }

    private func noteRefused(_ problem: YAMLGuard.Finding.Problem, at location: SourceLocation) {
        switch problem {
        case .anchor, .alias:
            error(at: location, "YAML anchors and aliases are not supported",
                  hint: "write the value out in full; quote a value that starts with '&' or '*'")
        case .tooDeep:
            error(at: location, "values are nested more than \(YAMLGuard.maximumDepth) levels deep",
                  hint: "notes need a few levels at most: check the brackets and the indentation")
        case .decimalComma(let text):
            let point = text.replacingOccurrences(of: ",", with: ".")
            error(at: location, "'\(text)' would be read as two values: inside [ … ] or { … }, a comma separates values",
                  hint: "write \(point) with a decimal point, or quote it: \"\(text)\"")
        }
    }

    /// Where `key` is written as a key the second time from `first`, the YAML position of its
    /// first occurrence: at the start of a line, after `- `, or after `{` or `,` in a flow mapping.
    private func secondOccurrence(of key: String, in yaml: String, from first: SourceLocation) -> SourceLocation? {
        var seen = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where index + yamlFirstLine >= first.line {
            var column = 1
            var previous: Character = " "
            var rest = line[...]
            while !rest.isEmpty {
                let isAfterSeparator = [" ", "-", "{", ","].contains(previous)
                if isAfterSeparator, rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":"),
                   index + yamlFirstLine > first.line || column >= first.column {
                    if seen { return location(line: index + 1, column: column) }
                    seen = true
                }
                previous = rest.removeFirst()
                column += 1
            }
        }
        return nil
    }

    private func noteYAMLError(_ error: YamlError, yaml: String) {
        let hint = "check the indentation, and quote values that contain ': ' or ' #' or start with '[', '{', '*', '&' or a quote"
        switch error {
        case let .scanner(_, _, mark, _) where tabIndent(on: mark.line, in: yaml) != nil:
            self.error(at: location(line: mark.line, column: tabIndent(on: mark.line, in: yaml)!), "a tab indents this line: YAML indents with spaces only",
                       hint: "replace the tab with spaces (most editors can be set to indent with spaces)")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text) at line \(location($0.mark).line))" } ?? ""
            self.error(at: location(mark), "YAML syntax error: \(problem)\(detail)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            // The context points at the first duplicated key, so the search starts from it.
            for key in duplicates.sorted() {
                self.error(at: secondOccurrence(of: key, in: yaml, from: location(context.mark)) ?? location(context.mark),
                           "'\(key)' is given twice in the same mapping", hint: "keep one of them")
            }
        case let .reader(problem, offset, value, _):
            let code = String(value, radix: 16, uppercase: true)
            self.error(at: offset.map { location(ofCharacter: $0, in: yaml) } ?? start, "YAML cannot be read: \(problem)",
                       hint: "remove the invisible character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), "
                           + "pasted from another program perhaps")
        default:
            self.error(at: start, "YAML cannot be read: \(error)", hint: hint)
        }
    }

    /// The column of the first tab in the indentation of the YAML's `line`, if there is one.
    private func tabIndent(on line: Int, in yaml: String) -> Int? {
        guard let text = yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1).first else { return nil }
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        return indent.firstIndex(of: "\t").map { indent.distance(from: indent.startIndex, to: $0) + 1 }
    }

    /// The file position of the `offset`-th character of `yaml`.
    private func location(ofCharacter offset: Int, in yaml: String) -> SourceLocation {
        let before = yaml.prefix(offset)
        let line = before.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        return location(line: line, column: before.reversed().prefix { $0 != "\n" }.count + 1)
    }
}

extension Node {
    /// "a list", "a mapping"…, for messages.
    var kindDescription: String {
        switch self {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Whether the node is YAML's null (`~`, `null` or nothing).
    var isNull: Bool { null != nil }

    /// The first node, in document order, that carries an anchor (an alias is its anchor's
    /// node); nodes below it are not visited, so a tree built from aliases is never walked.
    /// Anchors are held weakly by nodes: call this while the parser is alive.
    /// (Plain loops: a lazy `compactMap(…).first` would visit the found branch twice at every
    /// level, which is exponential in the depth.)
    var firstAnchored: Node? {
        if anchor != nil { return self }
        switch self {
        case .scalar, .alias:
            return nil
        case .sequence(let sequence):
            for child in sequence {
                if let anchored = child.firstAnchored { return anchored }
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let anchored = key.firstAnchored ?? value.firstAnchored { return anchored }
            }
        }
        return nil
    }
}
