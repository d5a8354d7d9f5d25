import Templating

/// The interface's words (navigation, lane names, labels, sentences) in one language, as a page
/// shows them; see `InterfaceWords`.
public struct UIStrings: Sendable {
    public let language: String
    private let table: [String: String]
    /// Every string as an object of templates (`{{t.lane_actions}}`).
    let templateValue: TemplateValue

    init(language: String, table: [String: String]) {
        self.language = language
        self.table = table
        templateValue = .object(TemplateObject(table.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }

    public subscript(key: String) -> String { table[key] ?? key }

    /// The sentence `key` with its values put in their places: `sentence("finding_lowest_point",
    /// ["stage": "Purchase", "score": "−1.5"])` gives `Lowest point: Purchase, −1.5.`
    public func sentence(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        self[key].replacing(/\{([a-z_]+)\}/) { match in
            values.first { $0.key == match.1 }?.value ?? String(match.0)
        }
    }

    /// Every string, by key.
    public var all: [String: String] { table }
}
