/// A template's text, the name other templates include it by, and the path errors show.
public struct TemplateSource: Sendable {
    /// The name partials and parents use: `journey`, `partials/header`.
    public var name: String
    /// The Mustache text.
    public var text: String
    /// The path shown in errors, such as `Templates/journey.mustache`.
    public var displayPath: String

    /// A source; `displayPath` defaults to `name.mustache`.
    public init(name: String, text: String, displayPath: String? = nil) {
        self.name = name
        self.text = text
        self.displayPath = displayPath ?? name + ".mustache"
    }
}

/// A set of Mustache templates compiled once, to render many times from ``TemplateValue`` trees.
///
/// Templates follow the Mustache spec (interpolation, sections, inverted sections, comments,
/// set delimiters, partials, dynamic names and inheritance with parents and blocks; not
/// lambdas), with the built-in functions `empty`, `count`, `first`, `last`, `reversed`,
/// `uppercased` and `lowercased` as the only extensions: `{{^empty(items)}}…{{/empty(items)}}`
/// (see `Function` for what each does).
///
/// Partials and parents are resolved to templates of the library when it loads, so a name
/// that is not one of its templates is an error there (unless ``Options/allowsMissingPartials``).
public struct TemplateLibrary: Sendable {
    /// How a library is loaded.
    public struct Options: Sendable {
        /// Whether a partial or parent that is not in the library renders as nothing, as the
        /// spec says, instead of being a load error.
        public var allowsMissingPartials: Bool

        /// Options; by default a missing partial is an error.
        public init(allowsMissingPartials: Bool = false) {
            self.allowsMissingPartials = allowsMissingPartials
        }
    }

    private let templates: [CompiledTemplate]
    private let names: [String: Int]
    /// The literal text of every template.
    private let text: [UInt8]

    /// Compiles every template, or throws all the errors found in all of them.
    public init(sources: [TemplateSource], options: Options = Options()) throws(TemplateErrors) {
        var names: [String: Int] = [:]
        var errors: [TemplateError] = []
        for (index, source) in sources.enumerated() {
            if names[source.name] != nil {
                errors.append(TemplateError(file: source.displayPath, line: 1, column: 1,
                                            message: "another template is already named '\(source.name)'",
                                            hint: "give each template its own name"))
            } else {
                names[source.name] = index
            }
        }
        var templates: [CompiledTemplate] = []
        var text: [UInt8] = []
        for source in sources {
            var compiler = Compiler(source, library: names, allowsMissingPartials: options.allowsMissingPartials)
            switch compiler.compile(arena: &text) {
            case .success(let template): templates.append(template)
            case .failure(let failure): errors += failure.errors
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        self.templates = templates
        self.names = names
        self.text = text
    }

    /// Whether the library has a template of that name.
    public func has(_ name: String) -> Bool {
        names[name] != nil
    }

    /// Appends the template `name` rendered with `context` to `buffer`; nothing for an unknown name.
    public func render(_ name: String, _ context: TemplateValue, into buffer: inout [UInt8]) {
        guard let index = names[name] else { return }
        text.withUnsafeBufferPointer { text in
            var renderer = Renderer(templates: templates, names: names, text: text, context: context)
            renderer.render(templates[index].nodes, into: &buffer)
        }
    }

    /// The template `name` rendered with `context`, as UTF-8 bytes; empty for an unknown name.
    public func render(_ name: String, _ context: TemplateValue) -> [UInt8] {
        var buffer: [UInt8] = []
        render(name, context, into: &buffer)
        return buffer
    }

    /// Every name the template `name` uses, in order, with its position; empty for an unknown name.
    public func references(in name: String) -> [TemplateReference] {
        names[name].map { templates[$0].references } ?? []
    }
}
