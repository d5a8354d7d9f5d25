import JourneyModel
import Yams

/// Reads typed values out of one YAML mapping and notes every problem with its position.
///
/// Each accessor returns nil (or an empty list) when a value is absent or unusable, so a loader
/// can read every field, collect every problem, and decide at the end whether the note is usable.
struct FieldReader {
    let mapping: Node.Mapping
    let mark: Mark?
    let file: NoteFile
    /// Each text key's value, made once: a note's fields are looked up by the dozen.
    private let values: [String: Node]

    init(mapping: Node.Mapping, mark: Mark?, file: NoteFile) {
        self.mapping = mapping
        self.mark = mark
        self.file = file
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            // The parser refuses duplicate keys; the first is kept in any case.
            if let text = key.scalar?.string, values[text] == nil { values[text] = value }
        }
        self.values = values
    }

    /// Where the mapping starts; missing keys are reported here.
    var location: SourceLocation { file.location(mark) }

    /// The value of a key; nil when absent or null.
    func node(_ key: String) -> Node? {
        guard let node = entry(key), !node.isNull else { return nil }
        return node
    }

    /// The value of a key as written, null included; nil when absent.
    ///
    /// Keys are compared by their text: Yams' own subscript resolves tags with regular
    /// expressions that every thread shares, and matching one from two threads at once crashes
    /// on Linux (notes are read in parallel).
    func entry(_ key: String) -> Node? {
        values[key]
    }

    /// The position of a key's value, or of the mapping when the key is absent.
    func location(of key: String) -> SourceLocation {
        node(key).map { file.location($0.mark) } ?? location
    }

    /// Notes the keys this mapping does not know: a misspelt known key (`pain_point`) is an
    /// error, since what it holds would vanish from the site; a key like no other is a warning.
    /// (Duplicate keys never get here: the YAML parser refuses them.)
    func checkKeys(_ known: [String], in what: String) {
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, !known.contains(key), !file.cutValueKeys.contains(file.location(keyNode.mark)) else { continue }
            if let meant = Suggestion.nearest(to: key, among: known) {
                file.error(at: file.location(keyNode.mark), "unknown key '\(key)' in \(what): what it holds would be left out",
                           hint: "did you mean '\(meant)'?")
            } else {
                file.warning(at: file.location(keyNode.mark), "unknown key '\(key)' in \(what) is ignored",
                             hint: "known keys: \(known.joined(separator: ", "))")
            }
        }
    }

    /// A text value. Numbers and booleans are taken as their text.
    func text(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        return text(of: node, key: key)
    }

    /// A text value that must be present and not empty.
    func requiredText(_ key: String, in what: String) -> String? {
        guard let value = text(key) else {
            if node(key) == nil {
                file.error(at: location, "\(what) has no '\(key)'", hint: "add '\(key): …' to the front matter")
            }
            return nil
        }
        if value.trimmed().isEmpty {
            file.error(at: location(of: key), "'\(key)' is empty", hint: "write a value after '\(key):'")
            return nil
        }
        return value
    }

    /// A list of texts; a single text is read as a list of one.
    func texts(_ key: String) -> [String] {
        locatedTexts(key).map(\.text)
    }

    /// A list of texts with the position of each, for checks that point at one item.
    func locatedTexts(_ key: String) -> [(text: String, location: SourceLocation)] {
        guard let node = node(key) else { return [] }
        switch node {
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard !item.isNull, let value = text(of: item, key: key) else { return nil }
                return (value, file.location(item.mark))
            }
        case .scalar:
            return text(of: node, key: key).map { [($0, file.location(node.mark))] } ?? []
        default:
            file.error(at: file.location(node.mark), "'\(key)' must be a list of texts, not \(node.kindDescription)",
                       hint: "write '\(key): [first, second]'")
            return []
        }
    }

    /// A number; quoted numbers are accepted, and numbers written as people write them (see `WrittenNumber`).
    func number(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        return number(of: node, key: key)
    }

    /// A whole number.
    func integer(_ key: String) -> Int? {
        guard let node = node(key), let value = number(of: node, key: key, whole: true) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            file.error(at: location(of: key), "'\(key)' must be a whole number, not \(Format.plain(value))",
                       hint: "write digits without a decimal point, e.g. '\(key): 1200'")
            return nil
        }
        return Int(value)
    }

    /// A score, checked against the site's emotion scale.
    func score(_ key: String, scale: EmotionScale) -> Double? {
        guard let node = node(key) else { return nil }
        return score(of: node, key: key, scale: scale)
    }

    /// A score read from any node, checked against the scale.
    func score(of node: Node, key: String, scale: EmotionScale) -> Double? {
        guard let value = number(of: node, key: key) else { return nil }
        guard scale.contains(value) else {
            file.error(at: file.location(node.mark),
                       "'\(key)' is \(Format.plain(value)), outside the emotion scale \(scale.min)…\(scale.max)",
                       hint: "use a score from \(scale.min) to \(scale.max), as set by 'scale' in site.yml")
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard case .scalar = node, let value = node.bool else {
            file.error(at: file.location(node.mark), "'\(key)' must be true or false",
                       hint: "write '\(key): true' or '\(key): false', without quotes")
            return nil
        }
        return value
    }

    /// One of a fixed set of words, with a suggestion when it is close to one.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let node = node(key), let raw = text(of: node, key: key) else { return nil }
        return choice(raw, of: type, key: key, at: file.location(node.mark))
    }

    /// Reads `raw` as one of `Choice`'s words (or, in a French note, their French words),
    /// noting an error when it is none of them.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ raw: String, of type: Choice.Type, key: String, at location: SourceLocation
    ) -> Choice? where Choice.RawValue == String {
        let normalized = raw.trimmed().lowercased()
        if let value = Choice(rawValue: normalized) { return value }
        let french = file.language == "fr"
        if french, let value = FrenchWords.value(of: normalized, as: type) { return value }
        let words = Choice.allCases.map(\.rawValue)
        let frenchWords = french ? FrenchWords.hintWords(for: type) : []
        let listed = words.joined(separator: ", ") + (frenchWords.isEmpty ? "" : " (\(frenchWords.joined(separator: ", ")))")
        let candidates = words + (french ? FrenchWords.words(for: type).map(\.word) : [])
        file.error(at: location, "'\(key)' is '\(raw)', which is not one of: \(listed)",
                   hint: Suggestion.didYouMean(normalized, among: candidates)
                       ?? "write one of them, e.g. '\(key): \(french ? frenchWords.first ?? words[0] : words[0])'")
        return nil
    }

    /// A nested mapping.
    func mapping(_ key: String) -> FieldReader? {
        guard let node = node(key) else { return nil }
        return FieldReader.mapping(node, key: key, file: file)
    }

    /// The items of a list; a single mapping or text is read as a list of one.
    func list(_ key: String) -> [Node] {
        guard let node = node(key) else { return [] }
        if case .sequence(let sequence) = node { return sequence.filter { !$0.isNull } }
        return [node]
    }

    /// A reader for `node` when it is a mapping; an error otherwise.
    static func mapping(_ node: Node, key: String, file: NoteFile) -> FieldReader? {
        guard let mapping = node.mapping else {
            file.error(at: file.location(node.mark), "'\(key)' must be a mapping, not \(node.kindDescription)",
                       hint: "write '\(key): { key: value, … }' or one 'key: value' per indented line")
            return nil
        }
        return FieldReader(mapping: mapping, mark: node.mark, file: file)
    }

    func text(of node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            file.error(at: file.location(node.mark), "'\(key)' must be a text, not \(node.kindDescription)",
                       hint: "quote the value if it contains ':' or starts with '[' or '{'")
            return nil
        }
        return scalar.string
    }

    /// The number `node` holds; `whole` when the key takes whole numbers, for the examples of messages.
    func number(of node: Node, key: String, whole: Bool = false) -> Double? {
        let example = whole ? "'\(key): 1200'" : "'\(key): 1' or '\(key): -1.5'"
        guard case .scalar(let scalar) = node else {
            file.error(at: file.location(node.mark), "'\(key)' must be a number, not \(node.kindDescription)",
                       hint: "write one number, e.g. \(example)")
            return nil
        }
        let raw = scalar.string.trimmed()
        switch WrittenNumber(raw, language: file.language) {
        case .number(let value, let decimalComma):
            if decimalComma, file.language != "fr" {
                file.warning(at: file.location(node.mark), "'\(key)' is '\(raw)', read as \(Format.plain(value))",
                             hint: "write '\(key): \(Format.plain(value))' with a decimal point, as English text does")
            }
            return value
        case .ambiguous:
            let separator: Character = file.language == "fr" ? "." : ","
            let thousands = raw.filter { $0 != separator }, decimal = raw.replacingOccurrences(of: String(separator), with: file.language == "fr" ? "," : ".")
            file.error(at: file.location(node.mark), "'\(key)' is '\(raw)', which may be \(thousands) or \(decimal)",
                       hint: "write '\(key): \(thousands)' without a separator, or '\(key): \(decimal)'")
            return nil
        case .notANumber:
            file.error(at: file.location(node.mark), "'\(key)' must be a number, not '\(scalar.string)'",
                       hint: "write digits, e.g. \(example)")
            return nil
        }
    }
}
