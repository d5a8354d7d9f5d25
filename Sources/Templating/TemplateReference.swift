/// A name a template uses, with its position: what a contract check between templates and the
/// values given to them needs.
public struct TemplateReference: Sendable, Equatable {
    /// What kind of tag uses the name.
    public enum Kind: Sendable, Equatable {
        /// `{{x}}`, `{{{x}}}` or `{{&x}}`.
        case variable
        /// `{{#x}}`.
        case section
        /// `{{^x}}`.
        case invertedSection
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`.
        case parent
        /// `{{$name}}`.
        case block
        /// `{{>*x}}`: the partial's name is the value of `x`.
        case dynamicPartial
        /// `{{<*x}}`: the parent's name is the value of `x`.
        case dynamicParent
    }

    /// What kind of tag uses the name.
    public var kind: Kind
    /// The name as written in the tag, without sigil or spaces: `site.title`, `empty(personas)`, `partials/header`.
    public var name: String
    /// For values, the keys looked up (`["site", "title"]`, `[]` for `.`); for partials, parents and blocks, `[name]`.
    public var path: [String]
    /// The built-in function applied to the value, such as `empty` in `{{^empty(list)}}`.
    public var function: String?
    /// 1-based line of the tag.
    public var line: Int
    /// 1-based column of the tag.
    public var column: Int

    /// A reference as found at `line`:`column`.
    public init(kind: Kind, name: String, path: [String], function: String? = nil, line: Int, column: Int) {
        self.kind = kind
        self.name = name
        self.path = path
        self.function = function
        self.line = line
        self.column = column
    }
}
