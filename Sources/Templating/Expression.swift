/// What a tag names, as compiled: a path of keys, or a built-in function applied to one.
enum Expression: Sendable {
    case path(Path)
    case call(Function, Path)

    /// Parses a tag's name (`site.title`, `.`, `empty(personas)`), or tells what is wrong with it.
    static func parse(_ text: String) -> Result<Expression, Problem> {
        guard let open = text.firstIndex(of: "(") else {
            return Path.parse(text).map { .path($0) }
        }
        let name = String(text[..<open])
        let argument = text[text.index(after: open)...]
        guard argument.last == ")", argument.dropLast().allSatisfy({ $0 != "(" && $0 != ")" }) else {
            return .failure(Problem("the name '\(text)' has unbalanced parentheses",
                                    hint: "call a function on one name, like empty(items)"))
        }
        guard let function = Function(rawValue: name) else {
            return .failure(Problem("'\(name)' is not a function of this engine",
                                    hint: "the functions are \(Function.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        return Path.parse(String(argument.dropLast())).map { .call(function, $0) }
    }
}

/// A name split on `.` at compile time: `.` alone is the current context, `a.b.c` three keys.
enum Path: Sendable {
    case current
    case key(HashedKey)
    case keys([HashedKey])

    static func parse(_ text: String) -> Result<Path, Problem> {
        if text.isEmpty {
            return .failure(Problem("the tag has no name", hint: "write the name of a value between the braces"))
        }
        if text == "." { return .success(.current) }
        if text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            return .failure(Problem("the name '\(text)' contains a space",
                                    hint: "names cannot contain spaces; check for a missing '.' or a stray word"))
        }
        if text.contains(where: { $0 == "(" || $0 == ")" }) {
            return .failure(Problem("the name '\(text)' has unbalanced parentheses",
                                    hint: "call a function on one name, like empty(items)"))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.contains(where: \.isEmpty) {
            return .failure(Problem("the name '\(text)' has an empty part between dots",
                                    hint: "write names like a.b.c, or '.' for the current value"))
        }
        return .success(parts.count == 1 ? .key(HashedKey(text)) : .keys(parts.map { HashedKey(String($0)) }))
    }

    /// The keys, for ``TemplateReference``: `[]` for the current context.
    var components: [String] {
        switch self {
        case .current: []
        case .key(let key): [key.name]
        case .keys(let keys): keys.map(\.name)
        }
    }
}

/// The engine's only extensions to Mustache, kept from the swift-mustache templates journeymap
/// already has. Each takes one name and can be used in variables, sections and inverted sections:
///
/// - `empty(x)`: true when `x` is an empty list, an empty string, an empty object, null or false.
/// - `count(x)`: the number of elements of a list (or keys of an object, characters of a string).
/// - `first(x)`, `last(x)`: the first or last element of a list, null when it is empty.
/// - `reversed(x)`: a list in reverse order.
/// - `uppercased(x)`, `lowercased(x)`: a string (or HTML) in upper or lower case.
///
/// Any other `name(x)` is a load-time error.
enum Function: String, Sendable, CaseIterable {
    case empty, count, first, last, reversed, uppercased, lowercased

    func apply(_ value: TemplateValue) -> TemplateValue {
        switch (self, value) {
        case (.empty, .object(let object)): .bool(object.count == 0)
        case (.empty, .number): .bool(false)
        case (.empty, _): .bool(!value.isTruthy)
        case (.count, .list(let items)): .number(Double(items.count))
        case (.count, .object(let object)): .number(Double(object.count))
        case (.count, .string(let text)), (.count, .html(let text)): .number(Double(text.count))
        case (.first, .list(let items)): items.first ?? .null
        case (.last, .list(let items)): items.last ?? .null
        case (.reversed, .list(let items)): .list(items.reversed())
        case (.uppercased, .string(let text)): .string(text.uppercased())
        case (.uppercased, .html(let text)): .html(text.uppercased())
        case (.lowercased, .string(let text)): .string(text.lowercased())
        case (.lowercased, .html(let text)): .html(text.lowercased())
        case (.uppercased, _), (.lowercased, _): value
        case (.count, _), (.first, _), (.last, _), (.reversed, _): .null
        }
    }
}

/// A compile error found in a tag, before its position is known.
struct Problem: Error {
    var message: String
    var hint: String

    init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
