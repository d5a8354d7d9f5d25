import Foundation
import JourneyModel
import Mustache

/// The Mustache templates and theme assets a site is rendered with: the site's own templates
/// folder over the built-in theme (see `ThemeFiles`).
///
/// Templates are registered by their path without `.mustache` (`journey`, `partials/header`), so
/// they can include each other as partials and inherit from a layout with `{{<layout}}`.
public struct TemplateSet: Sendable {
    /// The page templates every template set must have.
    public static let pageTemplates = ["index", "journey", "stage", "persona", "report", "pain-points", "opportunities",
                                       "touchpoints", "tag", "404"]

    let library: MustacheLibrary
    /// The files the templates and assets come from.
    public let theme: ThemeFiles

    /// Parses every `.mustache` file of `theme`; parse errors and references to missing partials
    /// are reported with the template's file, line and column.
    public static func load(_ theme: ThemeFiles) -> (TemplateSet?, [Diagnostic]) {
        HTMLContent.registered
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for relative in theme.paths where relative.hasSuffix(".mustache") && !relative.hasPrefix("assets/") {
            let name = String(relative.dropLast(".mustache".count))
            let display = theme.display(relative)
            guard let bytes = theme.bytes(relative), let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error(at: SourceLocation(file: display), "cannot read the template as UTF-8 text"))
                continue
            }
            do {
                templates[name] = try MustacheTemplate(string: HTMLContent.pragma + text)
                texts[name] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    at: SourceLocation(file: display, line: max(1, error.context.lineNumber - HTMLContent.pragmaLines), column: error.context.columnNumber),
                    "template syntax error: \(describe(error.error))",
                    hint: "near: \(error.context.line.trimmingCharacters(in: .whitespaces))"))
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: display), "template syntax error: \(error)"))
            }
        }
        // A template that failed to parse is reported once, at its error, not again where it is used.
        let names = Set(theme.paths.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReference.scan(text) where !names.contains(reference.name) {
                diagnostics.append(.error(
                    at: SourceLocation(file: theme.display(name + ".mustache"), line: reference.line, column: reference.column),
                    "the template uses '\(reference.name)', which is not a template of this set",
                    hint: "create \(reference.name).mustache in the templates folder, or fix the name"))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: MustacheLibrary(templates: templates), theme: theme), diagnostics)
    }

    /// The rules of `assets/charts.css`, embedded in standalone chart files; empty without one.
    public var chartStyle: String { asset("charts.css") }

    /// The theme's stylesheets, `style.css` then `charts.css`, for pages that must stand alone.
    public var inlineStyle: String { asset("style.css") + "\n" + chartStyle }

    private func asset(_ name: String) -> String {
        theme.bytes("assets/\(name)").map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Renders the page template `name` with a context of dictionaries, arrays and strings.
    func render(_ name: String, context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened but never closed"
        default: "\(error)"
        }
    }
}

/// A `{{> partial}}` or `{{< parent}}` tag found in a template's text.
struct PartialReference: Equatable {
    var name: String
    var line: Int
    var column: Int

    private static let siteHeaderTag = Array("{{{siteHeader}}}".utf8)

    /// The partial and parent names a template refers to, with their positions; the shared site
    /// header, `{{{siteHeader}}}`, counts as a reference to `partials/header` (see `SiteHeaders`).
    static func scan(_ text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        let bytes = Array(text.utf8)
        var line = 1, lineStart = 0, index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if bytes[index...].starts(with: siteHeaderTag) {
                references.append(PartialReference(name: SiteHeaders.template, line: line, column: index - lineStart + 1))
                index += siteHeaderTag.count
                continue
            } else if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"),
                      bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: "<") {
                var end = index + 3
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
                let name = String(decoding: bytes[(index + 3)..<min(end, bytes.count)], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(PartialReference(name: name, line: line, column: index - lineStart + 1))
                }
                index = end
                continue
            }
            index += 1
        }
        return references
    }
}
