import JourneyModel
import Yams

/// One content file being read: its path, where its YAML starts, and the problems found so far.
///
/// A reference type so that the small readers handed out for nested mappings all add to the
/// same list; each file is read by one thread only.
final class NoteFile {
    let path: String
    private let yamlFirstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, yamlFirstLine: Int = 1) {
        self.path = path
        self.yamlFirstLine = yamlFirstLine
    }

    /// The file position of a YAML mark.
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: yamlFirstLine, column: 1) }
        return SourceLocation(file: path, line: mark.line + yamlFirstLine - 1, column: mark.column)
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
    func parseMapping(_ yaml: String) -> FieldReader? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            noteYAMLError(error, yaml: yaml)
            return nil
        } catch {
            self.error(at: start, "cannot read the YAML front matter: \(error)")
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

    /// Where `key:` starts a line of `yaml` for the second time.
    private func secondOccurrence(of key: String, in yaml: String) -> SourceLocation? {
        var seen = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.drop { $0 == " " || $0 == "-" }
            guard content.hasPrefix(key), content.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") else { continue }
            if seen {
                return SourceLocation(file: path, line: index + yamlFirstLine, column: line.count - content.count + 1)
            }
            seen = true
        }
        return nil
    }

    private func noteYAMLError(_ error: YamlError, yaml: String) {
        let hint = "check the indentation, and quote values that contain ': ' or ' #' or start with '[', '{', '*', '&' or a quote"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text) at line \(location($0.mark).line))" } ?? ""
            self.error(at: location(mark), "YAML syntax error: \(problem)\(detail)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, _):
            for key in duplicates.sorted() {
                self.error(at: secondOccurrence(of: key, in: yaml) ?? start, "'\(key)' is given twice in the same mapping",
                           hint: "keep one of them")
            }
        case let .reader(problem, offset, _, _):
            self.error(at: start, "YAML cannot be read: \(problem)" + (offset.map { " at character \($0)" } ?? ""))
        default:
            self.error(at: start, "YAML cannot be read: \(error)", hint: hint)
        }
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
}
