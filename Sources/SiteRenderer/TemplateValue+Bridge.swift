import Templating

extension TemplateValue {
    /// The value tree of page values assembled as dictionaries, arrays, strings, numbers and
    /// flags; anything else is null. Each value is looked at once, when the page is made, not at
    /// every lookup as a renderer over `Any` does.
    init(bridging value: Any) {
        switch value {
        case let text as String: self = .string(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .number(Double(number))
        case let number as Double: self = .number(number)
        case let values as [String: Any]: self = .object(TemplateObject(values.map { ($0.key, TemplateValue(bridging: $0.value)) }))
        case let values as [Any]: self = .list(values.map(TemplateValue.init(bridging:)))
        case let value as TemplateValue: self = value
        default: self = .null
        }
    }
}
