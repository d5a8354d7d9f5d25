import Foundation
import JourneyModel
import Mustache

/// The Mustache templates and theme assets a site is rendered with (`Templates/` by default).
///
/// Templates are registered by their path without `.mustache` (`journey`, `partials/header`), so
/// they can include each other as partials and inherit from a layout with `{{<layout}}`.
public struct TemplateSet: Sendable {
    /// The page templates every template set must have.
    public static let pageTemplates = ["index", "journey", "stage", "persona", "report", "pain-points", "opportunities",
                                       "touchpoints", "tag", "404"]

    let library: MustacheLibrary
    /// Files under `assets/`, relative to it, sorted; copied to `theme/` in the site.
    public let assets: [String]
    public let root: URL

    /// Loads every `.mustache` file under `root`; parse errors and references to missing partials
    /// are reported with the template's file, line and column.
    public static func load(from root: URL, displayRoot: String) -> (TemplateSet?, [Diagnostic]) {
        HTMLContent.registered
        let files = FileTree.regularFiles(under: root)
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for relative in files where relative.hasSuffix(".mustache") && !relative.hasPrefix("assets/") {
            let name = String(relative.dropLast(".mustache".count))
            let display = join(displayRoot, relative)
            guard let data = try? Data(contentsOf: root.appendingPathComponent(relative)),
                  let text = String(data: data, encoding: .utf8) else {
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
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReference.scan(text) where templates[reference.name] == nil {
                diagnostics.append(.error(
                    at: SourceLocation(file: join(displayRoot, name + ".mustache"), line: reference.line, column: reference.column),
                    "the template uses '\(reference.name)', which is not a template of this set",
                    hint: "create \(reference.name).mustache in the templates folder, or fix the name"))
            }
        }
        for page in pageTemplates where templates[page] == nil && texts[page] == nil && !diagnostics.contains(where: { $0.location.file.hasSuffix("/\(page).mustache") }) {
            diagnostics.append(.error(at: SourceLocation(file: join(displayRoot, page + ".mustache")),
                                      "the templates folder has no \(page).mustache",
                                      hint: "every template set needs \(pageTemplates.joined(separator: ", ")); copy the missing one from the default Templates/"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let assets = files.filter { $0.hasPrefix("assets/") }.map { String($0.dropFirst("assets/".count)) }
        return (TemplateSet(library: MustacheLibrary(templates: templates), assets: assets, root: root), diagnostics)
    }

    /// The rules of `assets/charts.css`, embedded in standalone chart files; empty without one.
    public var chartStyle: String { asset("charts.css") }

    /// The theme's stylesheets, `style.css` then `charts.css`, for pages that must stand alone.
    public var inlineStyle: String { asset("style.css") + "\n" + chartStyle }

    private func asset(_ name: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent("assets/\(name)"), encoding: .utf8)) ?? ""
    }

    /// Renders the page template `name` with a context of dictionaries, arrays and strings.
    func render(_ name: String, context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func join(_ root: String, _ relative: String) -> String {
        root.isEmpty ? relative : (root.hasSuffix("/") ? root : root + "/") + relative
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
