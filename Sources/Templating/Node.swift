/// A compiled template: what to write, with every name split and every partial resolved.
enum Node: Sendable {
    /// The start of a line of the template: where an indented expansion writes its indentation.
    case lineStart
    /// Literal text, kept in the library's text arena.
    case text(TextRange)
    /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}`.
    case variable(Expression, escaped: Bool)
    /// `{{#x}}…{{/x}}`.
    case section(Expression, [Node])
    /// `{{^x}}…{{/x}}`.
    case inverted(Expression, [Node])
    /// `{{>name}}`: the template at this index of the library.
    case partial(Int, Indentation)
    /// `{{>*x}}`: the template named by the value of `x`.
    case dynamicPartial(Path, Indentation)
    /// `{{<name}}…{{/name}}`: the template at this index, with blocks overridden.
    case parent(Int, Overrides, Indentation)
    /// `{{<*x}}…{{/x}}`: the template named by the value of `x`, with blocks overridden.
    case dynamicParent(Path, Overrides, Indentation)
    /// `{{$name}}default{{/name}}`: an override of the block, or the default.
    case block(String, [Node], BlockIndentation)
}

/// Where a run of literal text is in the library's text arena (one buffer for all templates,
/// so writing text takes no reference counting).
struct TextRange: Sendable {
    var start: Int32
    var count: Int32
    /// Whether the text has a line end, so indentation may have to go inside it.
    var hasNewline: Bool
}

/// How a partial or parent is indented.
enum Indentation: Sendable {
    /// The tag shares its line with other text: the expansion is written as it is.
    case inline
    /// The tag stands alone on its line: each line of the expansion starts with these bytes
    /// (and the indentation of the expansion around it).
    case standalone([UInt8])
}

/// How a block's expansion is indented: `bytes` start each of its lines but the first, and the
/// first too when `firstLine` (the block's opening tag stood alone on its line, so what it
/// expands to starts a line).
struct BlockIndentation: Sendable {
    var bytes: [UInt8]
    var firstLine: Bool
}

/// The blocks a parent tag passes to its template, by name.
struct Overrides: Sendable {
    var names: [String] = []
    var contents: [[Node]] = []

    func content(for name: String) -> [Node]? {
        names.firstIndex(of: name).map { contents[$0] }
    }
}

/// One template of a library, compiled.
struct CompiledTemplate: Sendable {
    var name: String
    var nodes: [Node]
    var references: [TemplateReference]
}
