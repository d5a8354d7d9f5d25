/// A value a template can show.
///
/// Truthiness, for `{{#name}}` and `{{^name}}`: `false`, `null`, an empty list and an empty
/// string (or empty HTML) are falsy; everything else is truthy, including the number 0 and an
/// empty object (the Mustache spec names only false and empty lists as falsy and has no test
/// for numbers or empty strings; journeymap passes booleans for flags).
public enum TemplateValue: Sendable {
    /// Text: `{{x}}` escapes it for HTML, `{{{x}}}` and `{{&x}}` write it as is.
    case string(String)
    /// Already-safe HTML (rendered Markdown, SVG): never escaped, in `{{x}}` too.
    case html(String)
    /// A number: integral values render without a fraction (`85`), others in the shortest form that reads back the same (`1.21`).
    case number(Double)
    /// A flag: renders as `true` or `false`.
    case bool(Bool)
    /// A list: a section renders once per element; renders nothing when interpolated.
    case list([TemplateValue])
    /// An object with named values: a section pushes it on the context stack; renders nothing when interpolated.
    case object(TemplateObject)
    /// No value: falsy, renders nothing.
    case null

    /// Whether a section over the value renders (`{{#x}}`), or an inverted section does not (`{{^x}}`).
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .list(let items): !items.isEmpty
        case .string(let text), .html(let text): !text.isEmpty
        case .number, .object: true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// A `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// A `.number`.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    /// A `.number`.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// A `.list`.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// An `.object` with the pairs in the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(TemplateObject(elements)) }
}

extension TemplateValue: ExpressibleByNilLiteral {
    /// `.null`.
    public init(nilLiteral: ()) { self = .null }
}
