import Foundation
import JourneyModel
@testable import SiteRenderer
import Testing
import TestSupport

@Suite("Loading templates")
struct TemplateSetTests {
    /// Runs `body` with a site folder holding `files` over the built-in theme, the folder kept until it returns.
    private func overriding(_ files: [String: String], _ body: (TemporaryFolder, ThemeFiles) throws -> Void) rethrows {
        let folder = TemporaryFolder()
        for (path, text) in files { folder.write(path, text) }
        try withExtendedLifetime(folder) { try body(folder, ThemeFiles(folder: folder.url, display: "Templates")) }
    }

    @Test func theBuiltinThemeLoadsCleanlyAndHasEveryPage() {
        let (templates, diagnostics) = TemplateSet.load(.builtin)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(templates?.theme.paths.contains("assets/style.css") == true)
        for page in TemplateSet.pageTemplates {
            #expect(templates?.library.has(page) == true, "no \(page).mustache")
        }
    }

    @Test func aSiteFileReplacesTheBuiltinOneAndTheRestStays() throws {
        try overriding(["partials/footer.mustache": "<footer>Ours</footer>\n"]) { folder, theme in
            #expect(theme.files["partials/footer.mustache"] == .folder(folder.url.appendingPathComponent("partials/footer.mustache")))
            #expect(theme.display("partials/footer.mustache") == "Templates/partials/footer.mustache")
            #expect(theme.display("journey.mustache") == "<built-in>/journey.mustache")
            let templates = try #require(TemplateSet.load(theme).0)
            #expect(templates.library.has("journey"))
            #expect(templates.renderText("partials/footer", context: .object([:])) == "<footer>Ours</footer>\n")
        }
    }

    @Test func aSyntaxErrorNamesTheTemplateLineAndColumn() throws {
        try overriding(["stage.mustache": "<h1>{{title}}</h1>\n{{#stages}}\n<p>{{name}}</p>\n{{/stagez}}\n"]) { _, theme in
            let (templates, diagnostics) = TemplateSet.load(theme)
            #expect(templates == nil)
            let error = try #require(diagnostics.first)
            #expect(error.location.file == "Templates/stage.mustache")
            #expect(error.location.line == 4)
            #expect(error.message.contains("stagez"))
        }
    }

    @Test func aBrokenPartialIsReportedOnceNotWhereItIsUsed() {
        overriding(["partials/header.mustache": "<header>\n{{#site}}\n"]) { _, theme in
            let (_, diagnostics) = TemplateSet.load(theme)
            #expect(diagnostics.map(\.location.file) == ["Templates/partials/header.mustache"])
        }
    }

    @Test func aMissingPartialIsAnErrorAtItsTag() {
        overriding(["journey.mustache": "<main>\n  {{> partials/lanes }}\n</main>\n"]) { _, theme in
            let (_, diagnostics) = TemplateSet.load(theme)
            #expect(diagnostics.map(\.description).contains { $0.hasPrefix("Templates/journey.mustache:2:3: error: the template uses 'partials/lanes'") })
        }
    }
}
