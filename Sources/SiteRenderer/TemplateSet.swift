import JourneyModel
import Templating

/// The Mustache templates and theme assets a site is rendered with: the site's own templates
/// folder over the built-in theme (see `ThemeFiles`), compiled once by the `Templating` engine.
///
/// Templates are named by their path without `.mustache` (`journey`, `partials/header`), so
/// they can include each other as partials and inherit from a layout with `{{<layout}}`.
public struct TemplateSet: Sendable {
    /// The page templates every template set must have.
    public static let pageTemplates = ["index", "journey", "stage", "persona", "report", "poster", "pain-points", "opportunities",
                                       "touchpoints", "tag", "solutions", "solution", "404"]

    let library: TemplateLibrary
    /// The files the templates and assets come from.
    public let theme: ThemeFiles
    /// The interface's words, from the theme's `strings/*.yml`.
    public let words: InterfaceWords

    /// Compiles every `.mustache` file of `theme` and reads its words; syntax errors and
    /// references to missing partials are reported with the template's file, line and column.
    public static func load(_ theme: ThemeFiles) -> (TemplateSet?, [Diagnostic]) {
        let (words, wordProblems) = InterfaceWords.load(theme)
        var diagnostics = wordProblems
        var sources: [TemplateSource] = []
        for path in theme.paths where path.hasSuffix(".mustache") && !path.hasPrefix("assets/") {
            let display = theme.display(path)
            guard let bytes = theme.bytes(path), let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error(at: SourceLocation(file: display), "cannot read the template as UTF-8 text",
                                          hint: "save the file as UTF-8 in your editor"))
                continue
            }
            sources.append(TemplateSource(name: String(path.dropLast(".mustache".count)), text: text, displayPath: display))
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(sources: sources)
        } catch {
            return (nil, diagnostics + error.errors.map {
                .error(at: SourceLocation(file: $0.file, line: $0.line, column: $0.column), $0.message, hint: $0.hint)
            })
        }
        diagnostics += sources.flatMap { unknownNames(in: $0, of: library, words: words ?? .builtin) }
        guard let words, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, theme: theme, words: words), diagnostics)
    }

    /// The values `source` uses that no page gives (see docs/templates.md), and the interface
    /// words (`t.…`) that do not exist: each would render as nothing, so each is a typo.
    private static func unknownNames(in source: TemplateSource, of library: TemplateLibrary, words: InterfaceWords) -> [Diagnostic] {
        library.references(in: source.name).compactMap { reference in
            guard [.variable, .section, .invertedSection, .dynamicPartial, .dynamicParent].contains(reference.kind),
                  let first = reference.path.first else { return nil }
            let (unknown, known): (String, [String])
            if first == "t", reference.path.count > 1 {
                guard !words.keys.contains(reference.path[1]) else { return nil }
                (unknown, known) = (reference.path[1], words.keys)
            } else {
                guard !TemplateNames.all.contains(first) else { return nil }
                (unknown, known) = (first, TemplateNames.all.sorted())
            }
            return .error(at: SourceLocation(file: source.displayPath, line: reference.line, column: reference.column),
                          first == "t" ? "'t.\(unknown)' is not a word of the interface, so it would show nothing"
                              : "no page gives a value named '\(unknown)', so '\(reference.name)' would show nothing",
                          hint: Suggestion.didYouMean(unknown, among: known)
                              ?? "docs/templates.md lists the values each template receives")
        }
    }

    /// The rules of `assets/charts.css`, embedded in standalone chart files; empty without one.
    public var chartStyle: String { asset("charts.css") }

    /// The theme's stylesheets, `style.css` then `charts.css`, for pages that must stand alone.
    public var inlineStyle: String { asset("style.css") + "\n" + chartStyle }

    private func asset(_ name: String) -> String {
        theme.bytes("assets/\(name)").map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Renders the template `name` with `context`, as UTF-8 bytes: pages go to files as they are.
    func render(_ name: String, context: TemplateValue) -> [UInt8] {
        library.render(name, context)
    }

    /// Renders the template `name` with `context`, as text: for parts that other templates show.
    func renderText(_ name: String, context: TemplateValue) -> String {
        String(decoding: library.render(name, context), as: UTF8.self)
    }
}
