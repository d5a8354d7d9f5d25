/// The text of a generated note: front matter whose keys each carry a comment that explains them.
///
/// Values are given already written as YAML (see `YAMLText`). An empty value reads as an absent
/// key, so a note can list every key for the author to fill in and still load without errors.
struct NoteText {
    private var lines = ["---"]

    /// The column comments start at, so they line up in an editor.
    private static let commentColumn = 34

    /// `key: value   # comment`; an empty `value` leaves the key for the author to fill in.
    mutating func field(_ key: String, _ value: String, _ comment: String) {
        append(value.isEmpty ? "\(key):" : "\(key): \(value)", comment: comment)
    }

    /// A list key: `key: []` when empty, otherwise one `- item` line per item (each already YAML).
    mutating func list(_ key: String, _ items: [String], _ comment: String) {
        guard !items.isEmpty else { return field(key, "[]", comment) }
        append("\(key):", comment: comment)
        lines += items.map { "  - \($0)" }
    }

    /// A key shown only as a comment, for keys whose empty value would be an error: `# key: example`.
    mutating func example(_ key: String, _ example: String, _ comment: String) {
        append("# \(key): \(example)", comment: comment)
    }

    /// A comment on a line of its own.
    mutating func comment(_ text: String) {
        lines.append("# \(text)")
    }

    /// The note: the front matter, its closing `---` and the Markdown body.
    func text(body: String = "") -> String {
        (lines + ["---", body]).joined(separator: "\n") + (body.isEmpty || body.hasSuffix("\n") ? "" : "\n")
    }

    private mutating func append(_ code: String, comment: String) {
        let padding = max(2, Self.commentColumn - code.count)
        lines.append(code + String(repeating: " ", count: padding) + "# " + comment)
    }
}
