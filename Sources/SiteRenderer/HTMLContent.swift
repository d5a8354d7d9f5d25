import JourneyModel
import Mustache

/// The escaping of `{{value}}` in every template: the same five entities as Mustache's own HTML
/// content type, made over UTF-8 bytes instead of characters, which is many times faster.
///
/// Mustache starts each template and partial with its built-in HTML escaping; a template turns
/// to another content type with a `CONTENT_TYPE` pragma, so `TemplateSet` puts ``pragma`` on a
/// line of its own before each template's text.
struct HTMLContent: MustacheContentType {
    static let name = "JOURNEYMAP_HTML"

    /// The line put before every template's text, and its lines' count, to take off the line
    /// numbers of template errors.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static let pragmaLines = 1

    /// Registers the content type with Mustache, once per process, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

/// Strings render as themselves. Without this, Mustache writes each value through
/// `String(describing:)` after four failed type checks, which was a fifth of a page's time.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

/// A string has no named values. In `{{#quote}}“{{quote}}”{{/quote}}` the section pushes the
/// string, and Mustache would otherwise look `quote` up in it by reflection (`Mirror`) before
/// finding it further down the stack.
extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
