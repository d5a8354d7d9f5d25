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
        let text = Array(self[key].utf8)
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 64)
        var index = 0
        while index < text.count {
            if text[index] == UInt8(ascii: "{"), let close = text[index...].firstIndex(of: UInt8(ascii: "}")),
               let value = values.first(where: { $0.key.utf8.elementsEqual(text[(index + 1)..<close]) })?.value {
                result += value.utf8
                index = close + 1
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
